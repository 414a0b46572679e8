/**
 * Splits a whole-number total into whole-number parts proportional to weights, summing exactly to the total
 * (largest remainder; ties go to the earlier part). Used to make generated months add up to a published figure.
 *
 * @example
 * allocateToTotal(10, [1, 1, 1]); // [4, 3, 3]
 */
export function allocateToTotal(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, w) => a + Math.max(0, w), 0);
  if (weights.length === 0) return [];
  const shares = weights.map((w) => (sum > 0 ? (total * Math.max(0, w)) / sum : total / weights.length));
  const parts = shares.map((s) => Math.floor(s));
  let left = total - parts.reduce((a, p) => a + p, 0);
  const byRemainder = shares
    .map((s, i) => ({ i, rem: s - Math.floor(s) }))
    .sort((a, b) => b.rem - a.rem || a.i - b.i);
  for (let k = 0; left > 0; k = (k + 1) % byRemainder.length, left--) {
    const pick = byRemainder[k];
    if (pick) parts[pick.i] = (parts[pick.i] ?? 0) + 1;
  }
  return parts;
}
