/** Layout: scorecard results -> a plan both hosts render. */
export { buildScorecardPlan } from "./buildScorecardPlan";
export type { ScorecardPlanOptions } from "./buildScorecardPlan";
export { readPreservedCommentary } from "./readPreservedCommentary";
export { chooseCommentary } from "./chooseCommentary";
export type { ChooseCommentaryOptions, ChosenCommentary, CommentarySource } from "./chooseCommentary";
