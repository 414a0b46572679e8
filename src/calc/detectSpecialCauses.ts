import type { Polarity } from "../model/kpi";
import type { ControlLimits, SpcCause, SpcPoint, SpcRule } from "../model/results";

/** Points each rising (or each falling) in a row that signal a trend. */
export const TREND_LENGTH = 7;
const DEFAULT_SHIFT_LENGTH = 7;

type Side = "up" | "down";

/**
 * Special-cause variation in a series, by the NHS "Making Data Count" rules. Every point of a breaching pattern
 * is marked with the rule, not just the point that completes it:
 * - `beyond-limit`: a point above the upper or below the lower control limit.
 * - `shift`: `shiftLength` (7, or 6) or more points in a row all above the mean, or all below it. A point exactly on
 *   the mean breaks the run.
 * - `trend`: 7 or more points in a row each higher than the one before (or each lower). A repeated value breaks it.
 * - `two-of-three`: 2 (or 3) of 3 consecutive points beyond the same warning line (mean +/- 1.77 x mean moving
 *   range), points beyond the control limit included. The points beyond the line are marked; the third point of the
 *   window is not evidence of anything, so it is not.
 *
 * A missing value (`null`) is never marked and breaks every run: "in a row" means months in a row.
 *
 * The cause follows the pattern's side (above the mean or rising is "up") and the polarity: up is an improvement
 * when higher is better and a concern when lower is better; neutral KPIs get `neither`. A point that belongs to an
 * upward and a downward pattern at once (the peak of a rise within a downward shift, say) takes the side of the mean
 * it sits on, as NHSRplotthedots colours points; one exactly on the mean is a concern, so a warning is never hidden.
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
  if (!limits) return clean.map((value) => ({ value, rules: [], cause: null }));

  const rules = clean.map(() => new Set<SpcRule>());
  const sides = clean.map(() => new Set<Side>());
  const mark = (i: number, rule: SpcRule, side: Side) => {
    rules[i]?.add(rule);
    sides[i]?.add(side);
  };

  // Beyond a limit.
  clean.forEach((v, i) => {
    if (v === null) return;
    if (v > limits.upper) mark(i, "beyond-limit", "up");
    else if (v < limits.lower) mark(i, "beyond-limit", "down");
  });

  // Shift: runs on one side of the mean.
  const shift = Number.isInteger(shiftLength) && shiftLength >= 2 ? shiftLength : DEFAULT_SHIFT_LENGTH;
  markRuns(
    clean,
    (v) => (v > limits.mean ? "up" : v < limits.mean ? "down" : null),
    shift,
    "shift",
    mark,
  );

  // Trend: runs of points each rising or each falling. The first point of a run has no step of its own, so a run
  // is grown pairwise: point i continues the run of i - 1 when the step between them goes the same way.
  for (const side of ["up", "down"] as const) {
    let start = 0;
    for (let i = 0; i <= clean.length; i++) {
      const a = clean[i - 1];
      const b = clean[i];
      const continues =
        i < clean.length && a !== null && a !== undefined && b !== null && b !== undefined && (side === "up" ? b > a : b < a);
      if (continues) continue;
      // The run is start .. i - 1.
      if (i - start >= TREND_LENGTH) for (let k = start; k < i; k++) mark(k, "trend", side);
      start = i;
    }
  }

  // Two of three beyond the same warning line.
  for (let i = 0; i + 2 < clean.length; i++) {
    for (const side of ["up", "down"] as const) {
      const beyond: number[] = [];
      for (let k = i; k <= i + 2; k++) {
        const v = clean[k];
        if (v === null || v === undefined) continue;
        if (side === "up" ? v > limits.upperWarning : v < limits.lowerWarning) beyond.push(k);
      }
      if (beyond.length >= 2) for (const k of beyond) mark(k, "two-of-three", side);
    }
  }

  return clean.map((value, i) => {
    const pointRules = [...(rules[i] ?? [])];
    if (value === null || pointRules.length === 0) return { value, rules: [], cause: null };
    return { value, rules: pointRules, cause: causeOf(sides[i] ?? new Set(), value, limits.mean, polarity) };
  });
}

/** Marks every point of each run of at least `length` consecutive points on the same side. */
function markRuns(
  values: readonly (number | null)[],
  sideOf: (v: number) => Side | null,
  length: number,
  rule: SpcRule,
  mark: (i: number, rule: SpcRule, side: Side) => void,
): void {
  let start = 0;
  let runSide: Side | null = null;
  for (let i = 0; i <= values.length; i++) {
    const v = i < values.length ? values[i] : null;
    const side = v === null || v === undefined ? null : sideOf(v);
    if (side !== null && side === runSide) continue;
    if (runSide !== null && i - start >= length) for (let k = start; k < i; k++) mark(k, rule, runSide);
    start = i;
    runSide = side;
  }
}

function causeOf(sides: ReadonlySet<Side>, value: number, mean: number, polarity: Polarity): SpcCause {
  let side: Side | null;
  if (sides.size === 1) side = sides.has("up") ? "up" : "down";
  else side = value > mean ? "up" : value < mean ? "down" : null;
  switch (polarity) {
    case "neutral":
      return "neither";
    case "higher-is-better":
      return side === "up" ? "improvement" : "concern";
    case "lower-is-better":
      return side === "down" ? "improvement" : "concern";
    default: {
      const unreachable: never = polarity;
      return unreachable;
    }
  }
}
