import { TREND_LENGTH } from "../calc/detectSpecialCauses";
import { formatMonthLabel } from "../calc/formatMonthLabel";
import type { AssuranceMark, MonthlySeries, SpcRule } from "../model/results";
import type { DraftSentence } from "../model/drafts";
import type { KpiDraftContext } from "./draftTypes";
import { pickWording } from "./pickWording";

/** The rules a latest point can break, most telling first. */
const RULE_ORDER: readonly SpcRule[] = ["beyond-limit", "two-of-three", "shift", "trend"];

/**
 * The statistical process control reading in plain words, as NHS "Making Data Count" puts it: whether the latest
 * month shows common or special cause variation (improving, of concern, or neither for a KPI with no preferred
 * direction), which pattern shows it (beyond a control limit, near one in two of three months, a run on one side of
 * the average, a run rising or falling), and what the limits say about the target. The same marks as the Notes
 * column and the chart. Nothing without control limits.
 * @example spcSentence(positiveOutcomeRate)?.text
 *   // "In the monthly figures, the latest month (Sep-13) shows special cause variation of an improving nature: it is above the upper control limit. Its control limits sit wholly on the failing side of the target, so the target will not be met without a change in the process."
 */
export function spcSentence({ result, settings }: KpiDraftContext): DraftSentence | null {
  const monthly = result.monthly;
  const spc = monthly?.spc;
  if (!monthly || !spc || spc.variation === null) return null;
  const latest = latestPoint(monthly);
  const month = latest === null ? "" : ` (${formatMonthLabel(latest.month)})`;
  const key = `${result.kpi.id}\u0000spc`;
  const detail = latest === null ? "" : ruleDetail(monthly, latest.index, settings.spcShiftLength);
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
  const assurance = spc.assurance === null ? "" : ` ${assuranceText(spc.assurance)}`;
  return { topic: "spc", text: `${variation}${assurance}` };
}

function latestPoint(monthly: MonthlySeries): { index: number; month: MonthlySeries["months"][number] } | null {
  for (let i = monthly.values.length - 1; i >= 0; i--) {
    const m = monthly.months[i];
    if (monthly.values[i] !== null && m) return { index: i, month: m };
  }
  return null;
}

/** `: it is above the upper control limit`, or nothing for a common-cause point. */
function ruleDetail(monthly: MonthlySeries, index: number, shiftLength: number): string {
  const point = monthly.spc.points[index];
  const limits = monthly.spc.limits;
  const value = monthly.values[index];
  if (!point || !limits || value === null || value === undefined || point.rules.length === 0) return "";
  const high = value > limits.mean;
  const parts = RULE_ORDER.filter((rule) => point.rules.includes(rule)).map((rule) => {
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
