import type { Polarity } from "../model/kpi";
import type { ControlLimits, SpcCause, SpcPoint, SpcRule } from "../model/results";

/** Points each rising (or each falling) in a row that signal a trend. */
export const TREND_LENGTH = 7;
const DEFAULT_SHIFT_LENGTH = 7;


/**
 * Special-cause variation in a series, by the NHS "Making Data Count" rules. Every point of a breaching pattern
 * is marked with the rule, not just the point that completes it:
 * - `beyond-limit`: a point above the upper or below the lower control limit.
 * - `shift`: `shiftLength` (7, or 6) or more points in a row all above the mean, or all below it. A point exactly on
 *   the mean breaks the run.
 * - `trend`: 7 or more points in a row each higher than the one before (or each lower). A repeated value breaks it.
 * - `two-of-three`: 2 (or 3) of 3 consecutive points beyond the same 2-sigma line (mean +/- 1.77 x mean moving
 *   range), points beyond the control limit included, and all three on that side of the mean. The points beyond the
 *   line are marked; the third is not evidence of anything, so it is not. (MDC's rule as its team set it out in
 *   NHSRplotthedots issue 194, Nov 2023: "all points beyond two-sigma are counted ... all three points still need to
 *   be on the same side of the mean, and the third point would not trigger this rule if it is not beyond two-sigma".)
 *
 * A missing value (`null`) is never marked and breaks every run: "in a row" means months in a row.
 *
 * The cause follows the pattern's side (above the mean or rising is "up") and the polarity: up is an improvement
 * when higher is better and a concern when lower is better; neutral KPIs get `neither`. A point in an improving and
 * a concerning pattern at once (the peak of a rise within a downward shift, say) is an improvement, as MDC's Excel
 * tool shows it (issue 194, Dec 2023: "When special cause is triggered for both improvement and concern ... In the
 * Single Chart tool, improvement is shown").
 * Without limits nothing can be judged: every point is common cause.
 * @example detectSpecialCauses([...], limits, "lower-is-better", 7) // [{ value, rules: ["shift"], cause: "concern" }, ...]
 */
export function detectSpecialCauses(
  values: readonly (number | null)[],
  limits: ControlLimits | null,
  polarity: Polarity,
  shiftLength: number,
): SpcPoint[] {
  const clean = values.map((v) => (v !== null && Number.isFinite(v) ? v : null));
  if (!limits) return clean.map((value) => ({ value, rules: NO_RULES, cause: null }));

  // Bit masks per point (rules, and the sides of the patterns it is in): this runs for every KPI of a workbook.
  const ruleBits = new Uint8Array(clean.length);
  const sideBits = new Uint8Array(clean.length);
  const mark = (i: number, rule: number, side: number) => {
    ruleBits[i] = (ruleBits[i] ?? 0) | rule;
    sideBits[i] = (sideBits[i] ?? 0) | side;
  };

  // Beyond a limit.
  clean.forEach((v, i) => {
    if (v === null) return;
    if (v > limits.upper) mark(i, BEYOND, UP);
    else if (v < limits.lower) mark(i, BEYOND, DOWN);
  });

  // Shift: runs on one side of the mean.
  const shift = Number.isInteger(shiftLength) && shiftLength >= 2 ? shiftLength : DEFAULT_SHIFT_LENGTH;
  markRuns(clean, (v) => (v > limits.mean ? UP : v < limits.mean ? DOWN : 0), shift, SHIFT, mark);

  // Trend: runs of points each rising or each falling. The first point of a run has no step of its own, so a run
  // is grown pairwise: point i continues the run of i - 1 when the step between them goes the same way.
  for (const side of [UP, DOWN]) {
    let start = 0;
    for (let i = 0; i <= clean.length; i++) {
      const a = clean[i - 1];
      const b = clean[i];
      const continues =
        i < clean.length && a !== null && a !== undefined && b !== null && b !== undefined && (side === UP ? b > a : b < a);
      if (continues) continue;
      // The run is start .. i - 1.
      if (i - start >= TREND_LENGTH) for (let k = start; k < i; k++) mark(k, TREND, side);
      start = i;
    }
  }

  // Two of three beyond the same 2-sigma line, all three on that side of the mean.
  for (let i = 0; i + 2 < clean.length; i++) {
    for (const side of [UP, DOWN]) {
      let beyond = 0;
      let sameSide = true;
      for (let k = i; k <= i + 2; k++) {
        const v = clean[k];
        if (v === null || v === undefined || (side === UP ? !(v > limits.mean) : !(v < limits.mean))) sameSide = false;
        else if (beyondWarning(v, side, limits)) beyond++;
      }
      if (!sameSide || beyond < 2) continue;
      for (let k = i; k <= i + 2; k++) if (beyondWarning(clean[k], side, limits)) mark(k, TWO_OF_THREE, side);
    }
  }

  return clean.map((value, i) => {
    const bits = ruleBits[i] ?? 0;
    if (value === null || bits === 0) return { value, rules: NO_RULES, cause: null };
    return { value, rules: RULES.filter(([bit]) => bits & bit).map(([, rule]) => rule), cause: causeOf(sideBits[i] ?? 0, polarity) };
  });
}

const NO_RULES: readonly SpcRule[] = [];
const BEYOND = 1;
const SHIFT = 2;
const TREND = 4;
const TWO_OF_THREE = 8;
const RULES: readonly (readonly [number, SpcRule])[] = [
  [BEYOND, "beyond-limit"],
  [SHIFT, "shift"],
  [TREND, "trend"],
  [TWO_OF_THREE, "two-of-three"],
];
/** Sides of a pattern: above the mean or rising is up. */
const UP = 1;
const DOWN = 2;

function beyondWarning(v: number | null | undefined, side: number, limits: ControlLimits): boolean {
  if (v === null || v === undefined) return false;
  return side === UP ? v > limits.upperWarning : v < limits.lowerWarning;
}

/** Marks every point of each run of at least `length` consecutive points on the same side (0: neither). */
function markRuns(
  values: readonly (number | null)[],
  sideOf: (v: number) => number,
  length: number,
  rule: number,
  mark: (i: number, rule: number, side: number) => void,
): void {
  let start = 0;
  let runSide = 0;
  for (let i = 0; i <= values.length; i++) {
    const v = i < values.length ? values[i] : null;
    const side = v === null || v === undefined ? 0 : sideOf(v);
    if (side !== 0 && side === runSide) continue;
    if (runSide !== 0 && i - start >= length) for (let k = start; k < i; k++) mark(k, rule, runSide);
    start = i;
    runSide = side;
  }
}

function causeOf(sides: number, polarity: Polarity): SpcCause {
  switch (polarity) {
    case "neutral":
      return "neither";
    case "higher-is-better":
      return sides & UP ? "improvement" : "concern";
    case "lower-is-better":
      return sides & DOWN ? "improvement" : "concern";
    default: {
      const unreachable: never = polarity;
      return unreachable;
    }
  }
}
