import type { ControlLimits } from "../model/results";

/** Fewer points than this give limits too unreliable to draw (NHS "Making Data Count" asks for 12 or more). */
export const MIN_SPC_POINTS = 12;

/** 3 sigma = 3 / 1.128 x mean moving range (1.128 is d2 for ranges of two points). */
const LIMIT_FACTOR = 2.66;
/** 2 sigma = 2 / 1.128 x mean moving range: the warning lines of the two-of-three rule. */
const WARNING_FACTOR = 1.77;

/**
 * XmR control limits, as NHS "Making Data Count" draws them: the mean of the values, the mean moving range
 * (mean of |x[i] - x[i-1]|), limits at mean +/- 2.66 x mean moving range and warning lines at mean +/- 1.77 x it.
 *
 * Missing values (`null`) are left out of the mean, and a moving range is only taken between two neighbouring
 * months that both have a value, so a gap is not read as one big jump. `null` with fewer than 12 values or no
 * moving range at all. Limits are not clipped at zero: a lower limit below zero says the process can reach zero.
 * @example computeControlLimits(twelveMonths) // { mean, meanMovingRange, upper, lower, upperWarning, lowerWarning }
 */
export function computeControlLimits(values: readonly (number | null)[]): ControlLimits | null {
  let count = 0;
  let total = 0;
  let rangeCount = 0;
  let rangeTotal = 0;
  let previous: number | null = null;
  for (const v of values) {
    const value = v !== null && Number.isFinite(v) ? v : null;
    if (value !== null) {
      count++;
      total += value;
      if (previous !== null) {
        rangeCount++;
        rangeTotal += Math.abs(value - previous);
      }
    }
    previous = value;
  }
  if (count < MIN_SPC_POINTS || rangeCount === 0) return null;
  const mean = total / count;
  const meanMovingRange = rangeTotal / rangeCount;
  return {
    mean,
    meanMovingRange,
    upper: mean + LIMIT_FACTOR * meanMovingRange,
    lower: mean - LIMIT_FACTOR * meanMovingRange,
    upperWarning: mean + WARNING_FACTOR * meanMovingRange,
    lowerWarning: mean - WARNING_FACTOR * meanMovingRange,
  };
}
