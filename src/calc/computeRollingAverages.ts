import { cleanFloat } from "./cleanFloat";

/**
 * Rolling averages: at each index, the average of the `window` values ending there, the charts' rolling 12-month
 * average of a mean or rate. With `counts` (a mean's count, month by month: Category 1 incidents for Category 1 mean
 * response time) each is weighted by its count, total time over incidents, as a published rolling figure is.
 * `null` until the window is full and wherever a value, or a count, inside it is missing: a gap never passes for a
 * figure. A window that is not a whole number of at least 1 gives all `null`.
 * @example computeRollingAverages([7, 8, 9], 2) // [null, 7.5, 8.5]
 * @example computeRollingAverages([7, 8, 9], 2, [100, 300, 100]) // [null, 7.75, 8.25]
 */
export function computeRollingAverages(values: readonly (number | null)[], window: number, counts?: readonly (number | null)[]): (number | null)[] {
  const averages: (number | null)[] = new Array<number | null>(values.length).fill(null);
  if (!Number.isInteger(window) || window < 1) return averages;
  const present = (i: number) => isFigure(values[i]) && (!counts || isFigure(counts[i]));
  // Length of the run of present values (and counts) ending at i, so each average is taken only where one is due.
  let run = 0;
  for (let i = 0; i < values.length; i++) {
    run = present(i) ? run + 1 : 0;
    if (run < window) continue;
    let total = 0;
    let weight = 0;
    for (let j = i - window + 1; j <= i; j++) {
      const w = counts ? (counts[j] ?? 0) : 1;
      total += (values[j] ?? 0) * w;
      weight += w;
    }
    averages[i] = weight === 0 ? null : cleanFloat(total / weight);
  }
  return averages;
}

function isFigure(v: number | null | undefined): v is number {
  return v !== null && v !== undefined && Number.isFinite(v);
}
