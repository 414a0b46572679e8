/**
 * What drafting reads: the settings it uses and, per KPI, everything a sentence may draw on. What it produces is
 * in `src/model/drafts.ts`.
 */
import type { ExceptionResult, KpiResult } from "../model/results";
import type { Settings } from "../model/kpi";
import type { PhrasedFigures } from "./phraseFigures";
import type { SubjectVerbs } from "./subjectVerbs";

/** The settings drafting reads. */
export type DraftSettings = Pick<Settings, "ragLabels" | "currencySymbol" | "exceptionThresholdPercent" | "spcShiftLength">;

/** Everything a sentence about one KPI may draw on. */
export interface KpiDraftContext {
  readonly result: KpiResult;
  readonly figures: PhrasedFigures;
  /** The KPI as a sentence names it: `Total Crime`, `Sanction Detection Rate for Dwelling Burglary`. */
  readonly subject: string;
  /** Verbs that agree with the subject: "ASB Incidents have", "Total Crime has". */
  readonly verbs: SubjectVerbs;
  readonly settings: DraftSettings;
  /** The period the previous RAG is for, as the scorecard labels it (`Q1 2013-14`). */
  readonly previousRagLabel: string;
  /** This KPI's exceptions by segment, worst first. */
  readonly exceptions: readonly ExceptionResult[];
}
