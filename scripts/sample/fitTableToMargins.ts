/**
 * A table of whole numbers with exact row and column totals, as close as practical to a seed table: iterative
 * proportional fitting, then a rounding that keeps both margins (floors, then the leftover units placed row by row
 * in the columns still owed most, the Gale-Ryser construction, which succeeds whenever the margins agree).
 * Used to split the force's monthly crime across the eleven sections so that months and sections both add up.
 *
 * Returns `null` when the margins disagree (their grand totals differ) or the seed has a row or column of zeros.
 *
 * @example
 * fitTableToMargins([[1, 1], [1, 3]], [10, 20], [12, 18]); // rows sum to 10 and 20, columns to 12 and 18
 */
export function fitTableToMargins(
  seed: readonly (readonly number[])[],
  rowTotals: readonly number[],
  colTotals: readonly number[],
): number[][] | null {
  const rows = rowTotals.length;
  const cols = colTotals.length;
  const grand = rowTotals.reduce((a, b) => a + b, 0);
  if (grand !== colTotals.reduce((a, b) => a + b, 0)) return null;
  const x = seed.map((row) => colTotals.map((_, c) => Math.max(0, row[c] ?? 0)));
  if (x.length !== rows) return null;

  for (let iteration = 0; iteration < 500; iteration++) {
    for (let r = 0; r < rows; r++) {
      const row = x[r] ?? [];
      const sum = row.reduce((a, b) => a + b, 0);
      if (sum <= 0) return null;
      const k = (rowTotals[r] ?? 0) / sum;
      for (let c = 0; c < cols; c++) row[c] = (row[c] ?? 0) * k;
    }
    let worst = 0;
    for (let c = 0; c < cols; c++) {
      const sum = x.reduce((a, row) => a + (row[c] ?? 0), 0);
      if (sum <= 0) return null;
      const k = (colTotals[c] ?? 0) / sum;
      worst = Math.max(worst, Math.abs(k - 1));
      for (const row of x) row[c] = (row[c] ?? 0) * k;
    }
    if (worst < 1e-12) break;
  }

  const out = x.map((row) => row.map((v) => Math.floor(v + 1e-9)));
  const colOwed = colTotals.map((t, c) => t - out.reduce((a, row) => a + (row[c] ?? 0), 0));
  for (let r = 0; r < rows; r++) {
    const row = out[r] ?? [];
    const fractions = x[r] ?? [];
    let rowOwed = (rowTotals[r] ?? 0) - row.reduce((a, b) => a + b, 0);
    const order = colTotals
      .map((_, c) => c)
      .sort((a, b) => (colOwed[b] ?? 0) - (colOwed[a] ?? 0) || frac(fractions[b]) - frac(fractions[a]) || a - b);
    for (const c of order) {
      if (rowOwed <= 0) break;
      if ((colOwed[c] ?? 0) <= 0) continue;
      row[c] = (row[c] ?? 0) + 1;
      colOwed[c] = (colOwed[c] ?? 0) - 1;
      rowOwed--;
    }
    if (rowOwed !== 0) return null;
  }
  return colOwed.every((owed) => owed === 0) ? out : null;
}

function frac(v: number | undefined): number {
  const n = v ?? 0;
  return n - Math.floor(n);
}
