import type { Kpi, Settings } from "../model/kpi";
import type { Period } from "../model/period";
import type { Change, ExceptionResult } from "../model/results";
import { computeChange } from "./computeChange";
import { computeComparisonFigures } from "./computeComparisonFigures";
import type { MeasurementIndex } from "./indexMeasurements";

/**
 * Segments (areas, sections, departments) whose change is adverse by more than
 * `settings.exceptionThresholdPercent`, worst first: seed 000's "Geographical exceptions".
 * - Each segment's figure and change are computed exactly as its KPI's own (same window, roll-up and comparison).
 * - Adverse means a rise where lower is better and a fall where higher is better; neutral KPIs have no exceptions.
 * - The change is measured in percent (percentage points for percentage KPIs). A rise from 0 has no percentage but
 *   is adverse beyond any threshold, so it is listed, ahead of the others.
 * - Segments missing either figure are skipped; `segmentsCompared` counts the others ("3 sections out of 11").
 *   Ties keep KPI order, then segment name.
 * @example findExceptions(model.kpis, index, quarter(2013, 2), { ...settings, exceptionThresholdPercent: 0 })
 * // [Purbeck +95 (+12.3%), Dorchester and Sherborne +75 (+7.3%), Bournemouth Central +114 (+4.5%)]
 */
export function findExceptions(
  kpis: readonly Kpi[],
  index: MeasurementIndex,
  period: Period,
  settings: Pick<Settings, "fiscalYearStartMonth" | "exceptionThresholdPercent">,
): ExceptionResult[] {
  const threshold = Number.isFinite(settings.exceptionThresholdPercent) ? settings.exceptionThresholdPercent : 0;
  const found: { result: ExceptionResult; adverse: number; order: number }[] = [];
  kpis.forEach((kpi, order) => {
    if (kpi.polarity === "neutral") return;
    const segments = index.get(kpi.id)?.segments;
    if (!segments) return;
    const counts = kpi.weightedBy === undefined ? undefined : index.get(kpi.weightedBy)?.segments;
    const ofKpi: { result: Omit<ExceptionResult, "segmentsCompared">; adverse: number; order: number }[] = [];
    let compared = 0;
    for (const [segment, series] of segments) {
      const figures = computeComparisonFigures(kpi, series, period, settings.fiscalYearStartMonth, counts?.get(segment) ?? null);
      if (figures.current === null || figures.previous === null) continue;
      compared++;
      const change = computeChange(figures.current, figures.previous, kpi.unit);
      const adverse = adverseBy(change, kpi.polarity === "lower-is-better" ? 1 : -1);
      if (adverse === null || adverse <= threshold) continue;
      ofKpi.push({
        result: { kpiId: kpi.id, kpiName: kpi.name, segment, previous: figures.previous, current: figures.current, change },
        adverse,
        order,
      });
    }
    for (const f of ofKpi) found.push({ ...f, result: { ...f.result, segmentsCompared: compared } });
  });
  found.sort(
    (a, b) =>
      b.adverse - a.adverse ||
      a.order - b.order ||
      (a.result.segment < b.result.segment ? -1 : a.result.segment > b.result.segment ? 1 : 0),
  );
  return found.map((f) => f.result);
}

/** How adverse a change is, in percent (points for percentages); `Infinity` for a worsening from 0. */
function adverseBy(change: Change, badSign: 1 | -1): number | null {
  const measured = change.points ?? change.percent;
  if (measured !== null) return measured * badSign;
  if (change.actual === null) return null;
  return change.actual * badSign > 0 ? Infinity : null;
}
