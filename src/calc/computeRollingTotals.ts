import { cleanFloat } from "./cleanFloat";

/**
 * Rolling totals: at each index, the sum of the `window` values ending there (12 for a rolling year).
 * `null` until the window is full, and wherever a value inside the window is missing, so a gap never passes for a
 * fall. A window that is not a whole number of at least 1 gives all `null`.
 * @example computeRollingTotals([1, 2, 3, null, 5], 2) // [null, 3, 5, null, null]
 */
export function computeRollingTotals(values: readonly (number | null)[], window: number): (number | null)[] {
  const totals: (number | null)[] = new Array<number | null>(values.length).fill(null);
  if (!Number.isInteger(window) || window < 1) return totals;
  // Length of the run of present values ending at i, so each total is a fresh sum only where one is due.
  let run = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    run = v === null || v === undefined || !Number.isFinite(v) ? 0 : run + 1;
    if (run < window) continue;
    // Summed afresh, not as a running total, so decimals do not drift over a long series.
    let sum = 0;
    for (let j = i - window + 1; j <= i; j++) sum += values[j] ?? 0;
    totals[i] = cleanFloat(sum);
  }
  return totals;
}
