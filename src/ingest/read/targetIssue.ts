import type { Issue } from "../../model/issue";
import type { Polarity, SourceRef, Target, Unit } from "../../model/kpi";
import { issue } from "../../messages";
import { parseTarget } from "../parse/parseTarget";

/**
 * The issue for a target that was not understood or cannot be judged, if any: `TARGET_NOT_JUDGED` when only the
 * missing polarity stood in the way (`≥ 1%` on a neutral count cannot say whether a rise or a fall is wanted), for
 * a league position (no league table to judge it by), a grade on a KPI whose figures are not grades, and a target
 * still to be confirmed; else `TARGET_UNPARSED`.
 * @example targetIssue(parseTarget("soon", "count", "neutral"), "soon", "count", "neutral", at)?.code === "TARGET_UNPARSED"
 */
export function targetIssue(target: Target, text: string, unit: Unit, polarity: Polarity, at: SourceRef): Issue | null {
  if (target.kind === "rank") return issue("TARGET_NOT_JUDGED", at, text, RANK_REASON);
  if (target.kind === "grade" && unit !== "grade") return issue("TARGET_NOT_JUDGED", at, text, GRADE_REASON);
  if (target.kind === "to-be-confirmed") return issue("TARGET_NOT_JUDGED", at, text, TBC_REASON);
  if (target.kind !== "unparsed") return null;
  if (polarity === "neutral" && parseTarget(text, unit, "lower-is-better").kind !== "unparsed") {
    return issue("TARGET_NOT_JUDGED", at, text, NEUTRAL_REASON);
  }
  return issue("TARGET_UNPARSED", at, text);
}

/** Why a neutral KPI's percentage or bare target cannot be judged. */
export const NEUTRAL_REASON = "the KPI's polarity is not set, so it is not known whether higher or lower is better";

/** Why a league position is shown but not judged. */
export const RANK_REASON = "a league position needs the league table, which the workbook does not hold";
/** Why a grade target on a KPI of figures is not judged. */
export const GRADE_REASON = "it is an inspection grade, but the KPI's figures are not grades";
export const TBC_REASON = "it is still to be confirmed";
