/**
 * The Scorecard Builder pipeline. Start reading here.
 *
 *   host workbook --read--> grids --ingest--> model + issues --calc--> results --draft--> commentary drafts
 *                                                                               --layout--> plan --render--> host workbook
 *
 * `buildScorecard` is the pure middle: grids in, a plan out, no host and no clock. `runBuild` wraps it with a host
 * (Office.js in the add-in, an .xlsx package on the command line and the standalone page) that reads and renders.
 */
import { calculateScorecard, firstChartedMonth, getChartWindow, getPeriodMonths, ROLLING_LEAD_MONTHS } from "./calc";
import { chooseReportPeriod } from "./chooseReportPeriod";
import { ingestWorkbook } from "./ingest";
import type { ReadNeeds } from "./ingest/planReadWindow";
import { monthsNamedBelowHeader } from "./ingest/planReadWindow";
import { buildScorecardPlan, chooseCommentary, readPreservedCommentary } from "./layout";
import type { ChosenCommentary } from "./layout";
import type { ScorecardPlan } from "./layout/plan";
import { issue } from "./messages";
import type { IssueCode } from "./messages";
import type { WorkbookGrids } from "./model/grid";
import { findGrid } from "./model/grid";
import type { Issue } from "./model/issue";
import type { KpiModel, Settings } from "./model/kpi";
import type { CommentaryDrafts } from "./model/drafts";
import { monthIndex } from "./model/period";
import type { Month, Period } from "./model/period";
import type { ScorecardResults } from "./model/results";
import { draftCommentary } from "./narrative";
import type { Store } from "./store/readStore";
import type { SheetNameChoice } from "./store/chooseSheetNames";
import { chooseSheetNames } from "./store/chooseSheetNames";
import { readStore } from "./store/readStore";
import { updateStoreRows } from "./store/updateStoreRows";

export interface BuildRequest {
  /**
   * What to report: `Q2 2013-14`, `Oct-Dec 2023`, `12 months to Apr-15` (any form `parsePeriod` reads) or a parsed
   * period; by default the newest the data supports that can be compared with one before it, as the task pane offers.
   */
  readonly period?: string | Period;
  /** Today, as the host's clock sees it: a period can be reported only once it has ended. */
  readonly asOf: Month;
  /** Settings chosen in the task pane or on the command line; saved in the store. */
  readonly settings?: Partial<Settings>;
  /** A column mapping chosen in the task pane or given with `--mapping`; saved in the store. */
  readonly mapping?: unknown;
  /**
   * Commentary the analyst chose in the task pane ("Use this text"), by the scorecard's period label (`Q2 2013-14`,
   * `12 months to Apr-15`) and KPI id, where the host cannot write it into a built scorecard (the standalone page rebuilds instead); the
   * built period's wins like commentary typed into its last build.
   */
  readonly commentary?: ReadonlyMap<string, ReadonlyMap<string, string>>;
}

/** What to write and what to replace: everything a host needs to render, nothing it must work out itself. */
export interface RenderJob {
  readonly plan: ScorecardPlan;
  /**
   * Sheets an earlier build of this period wrote (as the store records them, and only names this tool makes for
   * this period): replaced, with the store; nothing else may be. A plan sheet's name is never an analyst's sheet's:
   * a host that finds one refuses rather than replace it.
   */
  readonly replaceSheets: readonly string[];
  /** The store sheet's new rows. */
  readonly store: readonly (readonly [string, string])[];
}

export type BuildOutcome =
  | {
      readonly status: "built";
      readonly model: KpiModel;
      readonly results: ScorecardResults;
      /** The drafted commentary and summaries, as the Suggested commentary column shows them. */
      readonly drafts: CommentaryDrafts;
      /** Each KPI's commentary as the scorecard's Commentary column holds it, and where it came from. */
      readonly commentary: ReadonlyMap<string, ChosenCommentary>;
      readonly job: RenderJob;
      readonly issues: readonly Issue[];
    }
  /** Nothing could be built (no KPIs, no period with data); `issues` says why, with cells. */
  | { readonly status: "blocked"; readonly model: KpiModel; readonly issues: readonly Issue[] };

/**
 * Errors that make every figure doubtful rather than one row: a sheet the host could only read in part. Other errors
 * (a bad cell, an unknown KPI id) leave that row out, are listed on the data issues sheet, and the build goes on.
 */
const BLOCKING: ReadonlySet<IssueCode> = new Set<IssueCode>(["SHEET_TOO_LARGE"]);

/** The build, pure: grids in, a render job out. */
export function buildScorecard(workbook: WorkbookGrids, request: BuildRequest): BuildOutcome {
  // 1. Read the store: settings and mapping saved by earlier builds, and the sheets they wrote.
  const store = readStore(workbook);
  const settingsOverride = { ...store.settings, ...request.settings };
  const mapping = request.mapping ?? store.mapping;

  // 2. Ingest: grids -> typed model, every problem located to a sheet and cell.
  const model = ingestWorkbook(workbook, { settingsOverride, mapping });
  if (model.issues.some((i) => BLOCKING.has(i.code))) return { status: "blocked", model, issues: model.issues };

  // 3. Choose the period: the one asked for, or the newest the data supports (a quarter, or the span a table gives).
  const chosen = chooseReportPeriod(workbook, model, request);
  if (chosen.status === "none") return { status: "blocked", model, issues: [...model.issues, ...chosen.issues] };

  // 4. Calculate: change, RAG, trends, rolling totals, SPC, trajectories, exceptions, finance.
  const calculated = calculateScorecard(model, chosen.period, { asOf: request.asOf });
  const reported = chosen.issues.length === 0 ? calculated : { ...calculated, issues: [...calculated.issues, ...chosen.issues] };

  // 5. Draft: a first draft of every KPI's commentary and of the summaries, from the figures alone.
  const drafts = draftCommentary(reported);

  // 6. Name the sheets: only sheets an earlier build of this period wrote (as the store says, and only names this
  //    tool makes) may be replaced; where an analyst's sheet has a name, ours is numbered.
  const naming = chooseSheetNames(workbook.sheets.map((g) => g.sheet), store, reported.sheetLabel);

  // 7. Choose each KPI's commentary: what analysts typed into the last build of this period (or chose in the pane),
  //    else the Notes sheet's, else the draft if the settings say so. Never over an analyst's words.
  const previousScorecard = naming.previousScorecard === null ? undefined : findGrid(workbook, naming.previousScorecard);
  const preserved = new Map(previousScorecard ? readPreservedCommentary(previousScorecard) : []);
  for (const [id, text] of request.commentary?.get(reported.periodLabel) ?? []) preserved.set(id, text);
  const commentary = chooseCommentary(reported, { preserved, drafts });

  // 8. Lay out: results -> plan. A sheet that had to be numbered is said on the data issues sheet too, so the plan
  //    is laid out again with the issue.
  const layoutOptions = { commentary, drafts, sheetNames: naming.names };
  let results = reported;
  let plan = buildScorecardPlan(results, layoutOptions);
  const numbered = namingIssues(naming, plan);
  if (numbered.length > 0) {
    results = { ...reported, issues: [...reported.issues, ...numbered] };
    plan = buildScorecardPlan(results, layoutOptions);
  }

  // 9. Say what to replace and what to remember, so a rebuild touches only what this tool wrote.
  const job = renderJob(plan, store, naming, { settings: request.settings, mapping: request.mapping });
  if ("issues" in job) return { status: "blocked", model, issues: [...results.issues, ...job.issues] };
  return { status: "built", model, results, drafts, commentary, job, issues: results.issues };
}

/** An info issue for each sheet of the plan numbered because an analyst's sheet has its name. */
function namingIssues(naming: SheetNameChoice, plan: ScorecardPlan): Issue[] {
  return plan.sheets.flatMap((sheet) => {
    const numbered = naming.numbered.get(sheet.role);
    return numbered && numbered.used !== null ? [issue("SHEET_NAME_KEPT", { sheet: numbered.taken, cell: "" }, numbered.taken, numbered.used)] : [];
  });
}

/** The longest text an Excel cell holds: a store row longer than this cannot be saved in the workbook. */
const MAX_CELL_CHARS = 32_767;

function renderJob(
  plan: ScorecardPlan,
  store: Store,
  naming: SheetNameChoice,
  changes: { readonly settings: Partial<Settings> | undefined; readonly mapping: unknown },
): RenderJob | { readonly issues: readonly Issue[] } {
  const sheets = plan.sheets.map((s) => s.name);
  const issues: Issue[] = [];
  for (const sheet of plan.sheets) {
    const clash = naming.numbered.get(sheet.role);
    if (clash && clash.used === null) issues.push(issue("SHEET_NAME_NO_ROOM", { sheet: clash.taken, cell: "" }, clash.taken));
  }
  const rows = updateStoreRows(store, { period: plan.sheetLabel, sheets }, changes);
  for (const [key, value] of rows) {
    if (key.length > MAX_CELL_CHARS || value.length > MAX_CELL_CHARS) {
      issues.push(issue("STORE_VALUE_TOO_LONG", { sheet: "", cell: "" }, storeRowName(key), value.length.toLocaleString("en-GB")));
    }
  }
  return issues.length > 0 ? { issues } : { plan, replaceSheets: naming.replaceable, store: rows };
}

function storeRowName(key: string): string {
  if (key === "mapping") return "column mapping";
  if (key === "settings") return "settings";
  return `saved "${key.slice(0, 40)}"`;
}

/**
 * Whether the grids hold every month the build used: all of them, or from the rolling lead before each KPI's first
 * charted month (its chart window, or earlier where its SPC baseline or a recalculation reaches back), and no sheet
 * names months again below its header (a table stacked under another, whose figures a window may have left unread).
 */
function readEnough(workbook: WorkbookGrids, outcome: BuildOutcome): boolean {
  if (!workbook.readFrom) return true;
  // A sheet too large to read whole under the window is larger still without it: reading more cannot unblock the build.
  if (outcome.status !== "built") return outcome.issues.some((i) => BLOCKING.has(i.code));
  const { period, settings, kpis } = outcome.results;
  const end = getPeriodMonths(period, settings.fiscalYearStartMonth).last;
  const windowFirst = getChartWindow(end, settings.fiscalYearStartMonth).first;
  const readFrom = monthIndex(workbook.readFrom);
  const reachesBack = kpis.every((k) => {
    const first = firstChartedMonth(k.kpi, windowFirst);
    return first !== null && readFrom <= first - ROLLING_LEAD_MONTHS;
  });
  // A table stacked under a sheet's header may have figures in the columns its window left unread.
  return reachesBack && !monthsNamedBelowHeader(workbook, settings.fiscalYearStartMonth);
}

/** A workbook the pipeline can read and write: the Office.js host or the .xlsx file host. */
export interface WorkbookHost {
  /**
   * The workbook's grids. Given what the build will ask for, a host may leave unread the months it cannot use
   * (`planReadWindow`), saying so in `WorkbookGrids.readFrom`.
   */
  read(needs?: ReadNeeds): Promise<WorkbookGrids>;
  render(job: RenderJob): Promise<void>;
}

export type BuildStep = "reading" | "calculating" | "writing" | "done";

/**
 * The whole build against a host: read, build, render. A failed render leaves the workbook as it was (each host
 * guarantees that), and the error propagates for the caller to show.
 */
export async function runBuild(
  host: WorkbookHost,
  request: BuildRequest,
  onStep: (step: BuildStep) => void | Promise<void> = () => undefined,
): Promise<BuildOutcome> {
  // Each step is awaited, so a caller can let its progress bar paint before the work that follows.
  await onStep("reading");
  let workbook = await host.read({ asOf: request.asOf, ...(request.period !== undefined ? { period: request.period } : {}) });
  await onStep("calculating");
  let outcome = buildScorecard(workbook, request);
  // A host that left old months unread must have read every month this build uses; if not, it reads them all.
  if (!readEnough(workbook, outcome)) {
    workbook = await host.read();
    outcome = buildScorecard(workbook, request);
  }
  if (outcome.status === "built") {
    await onStep("writing");
    await host.render(outcome.job);
  }
  await onStep("done");
  return outcome;
}
