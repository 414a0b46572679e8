import type { Measurement } from "../model/kpi";
import { monthIndex } from "../model/period";
import type { Month, Quarter } from "../model/period";
import { quarterFromIndex, quarterIndexOfMonth, quarterStartMonthIndex } from "./quarterIndex";

/**
 * The quarter a build defaults to: the latest fiscal quarter that has ended on or before `asOf` and has data.
 * Only whole-organisation values count (segments are detail), and `null` values (`n/a`, `TBC`) are not data.
 * - Monthly data: at least half of the KPIs with monthly data up to then have values for all three of its months,
 *   so one KPI reported early does not move the scorecard on, and one KPI reported late does not hold it back.
 * - Quarter-level data counts for its quarter; fiscal-year data counts for the year's last quarter.
 *
 * One pass over the measurements, so it stays fast on very large workbooks. `null` when no quarter qualifies.
 * @example getLatestCompleteQuarter(measurements, 4, month(2013, 10)) // quarter(2013, 2) when Apr-Sep 2013 is in
 */
export function getLatestCompleteQuarter(
  measurements: readonly Measurement[],
  startMonth: number,
  asOf: Month,
): Quarter | null {
  const asOfIndex = monthIndex(asOf);
  const asOfQuarter = quarterIndexOfMonth(asOfIndex, startMonth);
  // The quarter holding asOf counts only when asOf is its last month.
  const latestEnded = quarterStartMonthIndex(asOfQuarter, startMonth) + 2 === asOfIndex ? asOfQuarter : asOfQuarter - 1;

  // KPI id -> quarter index -> bit mask of the quarter's months that have a value.
  const monthsSeen = new Map<string, Map<number, number>>();
  const quartersWithOwnData = new Set<number>();
  let lastKpi: string | undefined;
  let lastMasks: Map<number, number> | undefined;

  for (const m of measurements) {
    if (m.segment !== null || m.value === null) continue;
    const period = m.period;
    if (period.kind === "month") {
      const mIndex = monthIndex(period);
      const qIndex = quarterIndexOfMonth(mIndex, startMonth);
      if (qIndex > latestEnded) continue;
      // Measurements usually come grouped by KPI, so the last KPI's map is reused without a lookup.
      if (m.kpiId !== lastKpi || !lastMasks) {
        lastKpi = m.kpiId;
        lastMasks = monthsSeen.get(m.kpiId);
        if (!lastMasks) {
          lastMasks = new Map();
          monthsSeen.set(m.kpiId, lastMasks);
        }
      }
      const bit = 1 << (mIndex - quarterStartMonthIndex(qIndex, startMonth));
      lastMasks.set(qIndex, (lastMasks.get(qIndex) ?? 0) | bit);
    } else if (period.kind === "quarter") {
      quartersWithOwnData.add(period.fiscalYear * 4 + (period.quarter - 1));
    } else {
      quartersWithOwnData.add(period.fiscalYear * 4 + 3);
    }
  }

  const completeKpis = new Map<number, number>();
  for (const masks of monthsSeen.values()) {
    for (const [qIndex, mask] of masks) {
      if (mask === 0b111) completeKpis.set(qIndex, (completeKpis.get(qIndex) ?? 0) + 1);
    }
  }

  const candidates = [...quartersWithOwnData];
  for (const [qIndex, count] of completeKpis) {
    if (count * 2 >= monthsSeen.size) candidates.push(qIndex);
  }
  let best = -Infinity;
  for (const qIndex of candidates) if (qIndex <= latestEnded && qIndex > best) best = qIndex;
  return best === -Infinity ? null : quarterFromIndex(best);
}
