/** Drafted commentary: results in, a first draft of every KPI's paragraph and each section's summary out. */
export { draftCommentary } from "./draftCommentary";
export { draftKpiCommentary } from "./draftKpiCommentary";
export type { DraftKpiOptions } from "./draftKpiCommentary";
export type { CommentaryDrafts, DraftSentence, KpiDraft, SectionSummary, SentenceTopic } from "../model/drafts";
