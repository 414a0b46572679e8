/**
 * What drafting produces: a paragraph per KPI made of sentences on known topics, a summary per priority and one for
 * the whole scorecard. Plain data, so layout writes it, the command line prints it and tests check it.
 */
import type { ExceptionResult, KpiResult } from "../model/results";
import type { Settings } from "../model/kpi";
import type { PhrasedFigures } from "./phraseFigures";
import type { SubjectVerbs } from "./subjectVerbs";

/** What a sentence of a KPI's draft is about; tests check each against the figures it states. */
export type SentenceTopic =
  | "change"
  | "judgement"
  | "target"
  | "previous-rag"
  | "trajectory"
  | "baseline"
  | "spc"
  | "exceptions";

export interface DraftSentence {
  readonly topic: SentenceTopic;
  readonly text: string;
}

export interface KpiDraft {
  readonly kpiId: string;
  /** The paragraph: the sentences joined. */
  readonly text: string;
  readonly sentences: readonly DraftSentence[];
}

export interface SectionSummary {
  readonly priority: string;
  readonly text: string;
}

export interface CommentaryDrafts {
  /** One per KPI, in the results' order. */
  readonly kpis: readonly KpiDraft[];
  /** One per priority, in the order the scorecard shows them. */
  readonly sections: readonly SectionSummary[];
  /** The whole scorecard. */
  readonly scorecard: string;
}

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
