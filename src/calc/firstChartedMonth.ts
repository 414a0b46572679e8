import type { Kpi } from "../model/kpi";
import { monthIndex } from "../model/period";

/**
 * The first month a KPI's charts and SPC cover, as a `monthIndex`: its chart window's first month (`getChartWindow`),
 * or earlier where the analyst's SPC settings reach back: a baseline period that starts before it, or the latest
 * recalculation at or before it (that segment's limits come from all of it). A baseline of the first N points with no
 * such recalculation means the series' own first points: `null`, every month. Limits with no baseline recorded come
 * from the months charted.
 * @example firstChartedMonth({ spc: { baseline: { kind: "period", from: month(2009, 4), to: month(2010, 3) }, recalculateFrom: [], source } }, monthIndex(month(2011, 4))) // monthIndex(month(2009, 4))
 */
export function firstChartedMonth(kpi: Pick<Kpi, "spc">, windowFirst: number): number | null {
  const spc = kpi.spc;
  if (!spc) return windowFirst;
  const recalculations = spc.recalculateFrom.map(monthIndex).filter((i) => i <= windowFirst);
  const segmentStart = recalculations.length > 0 ? Math.max(...recalculations) : null;
  const baseline = spc.baseline;
  if (baseline?.kind === "first-points" && segmentStart === null) return null;
  let first = Math.min(windowFirst, segmentStart ?? windowFirst);
  if (baseline?.kind === "period") first = Math.min(first, monthIndex(baseline.from));
  return first;
}
