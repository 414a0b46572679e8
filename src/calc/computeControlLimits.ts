import type { ControlLimits } from "../model/results";

/**
 * Limits are calculated from at least this many values: MDC's Excel tool fixes a baseline of 12 to 20 points (its
 * team in PowerBI-SPC issue 253, Mar 2024; NHSRplotthedots issue 16), and NHSRplotthedots warns of a group shorter
 * than 12 (`ptd_add_short_group_warnings`).
 */
export const MIN_BASELINE_POINTS = 12;

/** 3 sigma = 3 / 1.128 x mean moving range (1.128 is d2 for ranges of two points). */
const LIMIT_FACTOR = 2.66;
/** 2 sigma, two thirds of the 3-sigma factor (1.773): the lines of the two-of-three rule, as NHSRplotthedots draws them. */
const WARNING_FACTOR = (2 * LIMIT_FACTOR) / 3;
/** A moving range this many times the mean moving range or more is screened out (3.267 = D4 for ranges of two). */
const SCREEN_FACTOR = 3.267;

export interface ControlLimitsOptions {
  /**
   * Leave out moving ranges of 3.267 x the mean moving range or more, then take the mean of the rest, as
   * NHSRplotthedots does by default (`screen_outliers = TRUE`). MDC's Excel tool does not: off by default.
   */
  readonly screenOutliers?: boolean;
}

/**
 * XmR control limits, as NHS "Making Data Count" draws them: the mean of the values, the mean moving range
 * (mean of |x[i] - x[i-1]|), limits at mean +/- 2.66 x mean moving range and 2-sigma lines at mean +/- 1.773 x it.
 *
 * Missing values (`null`) are left out of the mean, and a moving range is only taken between two neighbouring
 * months that both have a value, so a gap is not read as one big jump. `null` with fewer than 12 values or no
 * moving range at all. Limits are not clipped at zero: a lower limit below zero says the process can reach zero.
 * @example computeControlLimits(twelveMonths) // { mean, meanMovingRange, upper, lower, upperWarning, lowerWarning }
 */
export function computeControlLimits(values: readonly (number | null)[], options: ControlLimitsOptions = {}): ControlLimits | null {
  let count = 0;
  let total = 0;
  const ranges: number[] = [];
  let previous: number | null = null;
  for (const v of values) {
    const value = v !== null && Number.isFinite(v) ? v : null;
    if (value !== null) {
      count++;
      total += value;
      if (previous !== null) ranges.push(Math.abs(value - previous));
    }
    previous = value;
  }
  if (count < MIN_BASELINE_POINTS || ranges.length === 0) return null;
  const mean = total / count;
  let meanMovingRange = average(ranges);
  if (options.screenOutliers) {
    const cut = SCREEN_FACTOR * meanMovingRange;
    const kept = ranges.filter((r) => r < cut);
    if (kept.length > 0) meanMovingRange = average(kept);
  }
  return {
    mean,
    meanMovingRange,
    upper: mean + LIMIT_FACTOR * meanMovingRange,
    lower: mean - LIMIT_FACTOR * meanMovingRange,
    upperWarning: mean + WARNING_FACTOR * meanMovingRange,
    lowerWarning: mean - WARNING_FACTOR * meanMovingRange,
  };
}

function average(values: readonly number[]): number {
  let total = 0;
  for (const v of values) total += v;
  return total / values.length;
}
