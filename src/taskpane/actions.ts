/**
 * What the task pane can ask of its host. The Office.js host (in Excel) and the file host (standalone page in a
 * plain browser) each provide these; components receive them as props and never touch a workbook themselves,
 * as the official template's `TextInsertion` receives `insertText`.
 */
import type { WorkbookSummary } from "../inspectWorkbook";
import type { ScorecardPlan, SheetRole } from "../layout/plan";
import type { WorkbookGrids } from "../model/grid";
import type { SectionSummary } from "../model/drafts";
import type { Issue } from "../model/issue";
import type { RagStatus, Settings } from "../model/kpi";
import type { BuildStep } from "../pipeline";
import type { MappingProposal } from "./mapping/proposeMapping";

/** A KPI's drafted commentary as the pane offers it, beside what its Commentary cell holds now. */
export interface PaneDraft {
  readonly kpiId: string;
  /** As a sentence names it: `Sanction Detection Rate for Dwelling Burglary`. */
  readonly name: string;
  readonly priority: string;
  readonly text: string;
  /** The KPI's Commentary on the scorecard as built (the analyst's, the Notes sheet's or a filled draft); "" when empty. */
  readonly commentary: string;
}

export interface BuildSummary {
  /** As the scorecard is titled: `Q2 2013-14`, `Oct-Dec 2023`. */
  readonly periodLabel: string;
  readonly sheets: readonly { readonly name: string; readonly role: SheetRole }[];
  readonly kpiCount: number;
  readonly ragCounts: Readonly<Record<RagStatus | "none", number>>;
  readonly issues: readonly Issue[];
  /** The plan that was rendered, for the standalone page's preview. */
  readonly plan: ScorecardPlan;
  /** Each KPI's drafted commentary, in scorecard order. */
  readonly drafts: readonly PaneDraft[];
  /** The drafted summaries: the whole scorecard's and each priority's. */
  readonly summaries: { readonly scorecard: string; readonly sections: readonly SectionSummary[] };
}

/** Where "Use this text" wrote a draft. */
export interface AppliedCommentary {
  readonly sheet: string;
  /** `L12` */
  readonly cell: string;
}

export type BuildResponse =
  | { readonly status: "built"; readonly summary: BuildSummary }
  | { readonly status: "blocked"; readonly issues: readonly Issue[] };

export interface PaneActions {
  /**
   * Reads the workbook and says what it holds; called when the pane opens and after settings change. `mapping` is
   * the column mapping the analyst is editing (the one saved in the workbook when absent).
   */
  inspect(settings?: Partial<Settings>, mapping?: unknown): Promise<WorkbookSummary>;
  /**
   * Builds the period (one `inspect` listed), reporting each step and awaiting what `onStep` returns before going on
   * (so the pane can paint the step); rejects with a plain-language `Error` when the host fails. A `mapping` is used
   * for the build and saved in the workbook's store with it (`runBuild`'s `BuildRequest.mapping`).
   */
  build(
    request: { readonly period: string; readonly settings: Partial<Settings>; readonly mapping?: unknown },
    onStep: (step: BuildStep) => void | Promise<void>,
  ): Promise<BuildResponse>;
  /**
   * The mapping step: finds the workbook's tables and proposes a role for each column, applying `mapping` (the
   * analyst's edits; the one saved in the workbook when undefined), with the KPIs it gives and their figures for
   * `period` (the one the pane will build; the default one when absent). Pure once the grids are read:
   * `proposeMapping(grids, { mapping, settings, asOf, period })`. Optional: a host without it shows no mapping step.
   */
  detect?(mapping?: unknown, settings?: Partial<Settings>, period?: string): Promise<MappingProposal>;
  /**
   * "Use this text": writes a drafted text into a KPI's Commentary on the scorecard of `periodLabel` just built,
   * where a rebuild keeps it like typed commentary. In Excel, into the sheet in one sync; on the standalone page,
   * into the built workbook offered for download (it is built again with the text). Rejects with a plain message.
   */
  applyCommentary(request: { readonly periodLabel: string; readonly kpiId: string; readonly text: string }): Promise<AppliedCommentary>;
  /** Shows a written sheet. */
  activateSheet(sheet: string): Promise<void>;
  /** Selects the cell an issue points at. */
  selectCell(sheet: string, cell: string): Promise<void>;
}

/** A sheet (and optionally a cell on it) the standalone preview should show. */
export interface PreviewTarget {
  readonly sheet: string;
  readonly cell: string | null;
}

/** Extra actions of the standalone page (a plain browser, no Excel): choose a workbook, download the result. */
export interface StandaloneActions extends PaneActions {
  /** Loads the bundled sample; resolves with the workbook's file name. */
  loadSample(): Promise<string>;
  /** Loads an uploaded .xlsx; resolves with its file name, rejects with a plain message for anything else. */
  loadFile(file: File): Promise<string>;
  /** The built workbook, `null` before a build. */
  download(): { readonly fileName: string; readonly blob: Blob } | null;
  /**
   * There is no Excel to show a sheet in: `activateSheet`/`selectCell` tell the preview instead, through this.
   * Returns the unsubscribe function.
   */
  onNavigate(listener: (target: PreviewTarget) => void): () => void;
  /** The loaded workbook's own sheets as read, so the preview can show the cell an issue points at. */
  sourceGrids(): WorkbookGrids | null;
  /** Told when `applyCommentary` built the workbook again, with the new build. Returns the unsubscribe function. */
  onRebuilt(listener: (summary: BuildSummary) => void): () => void;
}
