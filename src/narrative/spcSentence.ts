import { MIN_BASELINE_POINTS } from "../calc/computeControlLimits";
import { TREND_LENGTH } from "../calc/detectSpecialCauses";
import { spcAssuranceTarget } from "../calc/spcAssuranceTarget";
import { monthLabel } from "../layout/monthLabel";
import type { AssuranceMark, MonthlySeries, SpcResult, SpcRule, SpcSegment } from "../model/results";
import type { DraftSentence } from "../model/drafts";
import type { KpiDraftContext } from "./draftTypes";
import { pickWording } from "./pickWording";

/** The rules a latest point can break, most telling first. */
const RULE_ORDER: readonly SpcRule[] = ["beyond-limit", "two-of-three", "shift", "trend"];

/** Fewer monthly values than this say nothing worth a sentence (the scorecard's SPC notes say nothing either). */
const FEWEST_WORTH_SAYING = 3;

/**
 * The statistical process control reading in plain words, as NHS "Making Data Count" puts it, saying what the
 * scorecard's SPC notes and icons say and nothing they do not:
 * - too few months to judge: how many there are and how many MDC asks for;
 * - limits recalculated too recently to judge: how many months since, and how many new limits need;
 * - otherwise whether the latest month shows common or special cause variation (improving, of concern, or neither
 *   for a KPI with no preferred direction) and which pattern shows it, where the limits come from when the analyst
 *   set a baseline or a recalculation, then either the recalculation proposed after a sustained shift (assurance is
 *   withheld until the analyst decides) or what the limits say about the target.
 * @example spcSentence(positiveOutcomeRate)?.text
 *   // "In the monthly figures, the latest month (Sep-13) shows special cause variation of an improving nature: it is above the upper control limit. The last 11 months, from Nov-12, have all been above the average, a sustained shift: recalculating the control limits from Nov-12 is proposed."
 */
export function spcSentence({ result, settings }: KpiDraftContext): DraftSentence | null {
  const monthly = result.monthly;
  if (!monthly) return null;
  const spc = monthly.spc;
  const at = (i: number) => {
    const m = monthly.months[i];
    return m ? monthLabel(m) : "";
  };
  const key = `${result.kpi.id}\u0000spc`;
  const latest = latestPoint(monthly);

  if (spc.valueCount < spc.minimumValues) {
    if (spc.valueCount < FEWEST_WORTH_SAYING) return null;
    const text = pickWording(key, [
      `There are ${spc.valueCount} months of figures so far: Making Data Count reads variation from ${spc.minimumValues}, so there is no SPC reading yet.`,
      `With only ${spc.valueCount} months of figures, there is no SPC reading yet (Making Data Count asks for ${spc.minimumValues}).`,
    ]);
    return { topic: "spc", text };
  }
  const segment = latest === null ? undefined : spc.segments.find((s) => s.start <= latest.index && latest.index <= s.end);
  if (spc.variation === null || latest === null || !segment) {
    if (!segment || segment.startsWith !== "recalculation" || segment.limits !== null) return null;
    const months = `${segment.baselineValues} ${segment.baselineValues === 1 ? "month" : "months"}`;
    return {
      topic: "spc",
      text: `The control limits were recalculated from ${at(segment.start)}: with ${months} since, and ${MIN_BASELINE_POINTS} needed for new limits, there is no SPC reading yet.`,
    };
  }

  const month = ` (${at(latest.index)})`;
  // A shift that calls for new limits is told in full below; the pattern names the other rules only.
  const detail = ruleDetail(monthly, latest.index, settings.spcShiftLength, spc.proposal ? ["shift"] : []);
  let variation: string;
  switch (spc.variation) {
    case "common-cause":
      variation = pickWording(key, [
        `The monthly figures show only common cause variation: nothing unusual in the latest month${month}.`,
        `Month to month, the variation is common cause only; the latest month${month} is within the normal range.`,
      ]);
      break;
    case "special-cause-improving":
      variation = pickWording(key, [
        `In the monthly figures, the latest month${month} shows special cause variation of an improving nature${detail}.`,
        `The latest month${month} shows a real improvement, not chance (special cause variation)${detail}.`,
      ]);
      break;
    case "special-cause-concerning":
      variation = pickWording(key, [
        `In the monthly figures, the latest month${month} shows special cause variation of concern${detail}.`,
        `The latest month${month} shows a real deterioration, not chance (special cause variation)${detail}.`,
      ]);
      break;
    case "special-cause-neither":
      variation = `In the monthly figures, the latest month${month} shows special cause variation${detail}; with no preferred direction for this measure it is flagged for information.`;
      break;
    default: {
      const unreachable: never = spc.variation;
      return unreachable;
    }
  }
  const limits = limitsBasis(segment, at);
  const after = spc.proposal ? proposalText(spc.proposal, at, spcAssuranceTarget(result.kpi) !== null) : spc.assurance === null ? null : assuranceText(spc.assurance);
  return { topic: "spc", text: [variation, limits, after].filter((t): t is string => t !== null).join(" ") };
}

/** Where the latest month's limits come from, when the analyst set it: a recalculation, a baseline, or both. */
function limitsBasis(segment: SpcSegment, at: (i: number) => string): string | null {
  const whole = segment.baseline.start === segment.start && segment.baseline.end === segment.end;
  const range = `${at(segment.baseline.start)} to ${at(segment.baseline.end)}`;
  if (segment.startsWith === "recalculation") {
    return whole ? `Its control limits were recalculated from ${at(segment.start)}.` : `Its control limits were recalculated from ${at(segment.start)}, on the months ${range}.`;
  }
  return whole ? null : `Its control limits come from the baseline months ${range}.`;
}

/** A shift still running: the analyst is asked to decide on new limits; meanwhile there is no assurance. */
function proposalText(proposal: NonNullable<SpcResult["proposal"]>, at: (i: number) => string, hasTarget: boolean): string {
  const from = at(proposal.index);
  const withheld = hasTarget ? ", and no assurance against the target is given until that is decided" : "";
  return `The last ${proposal.points} months, from ${from}, have all been ${proposal.side} the average, a sustained shift: recalculating the control limits from ${from} is proposed${withheld}.`;
}

function latestPoint(monthly: MonthlySeries): { index: number; month: MonthlySeries["months"][number] } | null {
  for (let i = monthly.values.length - 1; i >= 0; i--) {
    const m = monthly.months[i];
    if (monthly.values[i] !== null && m) return { index: i, month: m };
  }
  return null;
}

/** `: it is above the upper control limit`, or nothing for a common-cause point. */
function ruleDetail(monthly: MonthlySeries, index: number, shiftLength: number, untold: readonly SpcRule[]): string {
  const point = monthly.spc.points[index];
  const limits = monthly.spc.limits;
  const value = monthly.values[index];
  const rules = RULE_ORDER.filter((rule) => point?.rules.includes(rule) && !untold.includes(rule));
  if (!limits || value === null || value === undefined || rules.length === 0) return "";
  const high = value > limits.mean;
  const parts = rules.map((rule) => {
    switch (rule) {
      case "beyond-limit":
        return high ? "it is above the upper control limit" : "it is below the lower control limit";
      case "two-of-three":
        return `two of the last three months are close to the ${high ? "upper" : "lower"} control limit`;
      case "shift":
        return `it is one of ${shiftLength} or more months in a row ${high ? "above" : "below"} the average`;
      case "trend":
        return `it completes a run of ${TREND_LENGTH} or more months each ${risingAt(monthly, index) ? "higher" : "lower"} than the last`;
      default: {
        const unreachable: never = rule;
        return unreachable;
      }
    }
  });
  return `: ${parts.slice(0, 2).join(", and ")}`;
}

/** A trend ends at the latest point, so its direction is the latest step's. */
function risingAt(monthly: MonthlySeries, index: number): boolean {
  const value = monthly.values[index] ?? 0;
  const before = monthly.values[index - 1];
  return before !== null && before !== undefined && value > before;
}

function assuranceText(mark: AssuranceMark): string {
  switch (mark) {
    case "consistently-passing":
      return "Its control limits sit wholly on the passing side of the target, so the target should be met consistently.";
    case "consistently-failing":
      return "Its control limits sit wholly on the failing side of the target, so the target will not be met without a change in the process.";
    case "hit-and-miss":
      return "The target lies between its control limits, so it will be met in some months and missed in others.";
    default: {
      const unreachable: never = mark;
      return unreachable;
    }
  }
}
