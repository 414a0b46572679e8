/**
 * Where a control chart's value axis should start, so the band the process varies in fills the chart: below the
 * lowest figure drawn (values, lower limits, target) by a twentieth of the spread, rounded down to a round number of
 * the spread's order. `undefined` (start at zero, as the host would) when anything drawn is at or below zero, or the
 * spread is over half the highest figure, where zero is already close.
 * @example controlChartAxisMin([2864, 3810, 3106, 3806]) === 2800
 */
export function controlChartAxisMin(figures: readonly (number | null | undefined)[]): number | undefined {
  const drawn = figures.filter((v): v is number => typeof v === "number" && Number.isFinite(v));
  if (drawn.length === 0) return undefined;
  const low = Math.min(...drawn);
  const high = Math.max(...drawn);
  const spread = high - low;
  if (low <= 0 || spread <= 0 || spread > high / 2) return undefined;
  const step = Math.pow(10, Math.floor(Math.log10(spread)));
  const min = Math.floor((low - spread / 20) / step) * step;
  // Round away floating-point dust (0.17000000000000001) so the axis reads as typed.
  return min <= 0 ? undefined : Number(min.toPrecision(12));
}
