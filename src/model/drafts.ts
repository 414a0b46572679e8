/**
 * Drafted commentary: a paragraph per KPI made of sentences on known topics, a summary per priority and one for the
 * whole scorecard. Plain data: `src/narrative` makes it from the results, layout writes it, the command line prints it.
 */

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
