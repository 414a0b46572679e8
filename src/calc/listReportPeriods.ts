import type { Measurement } from "../model/kpi";
import { monthFromIndex, monthIndex } from "../model/period";
import type { Month, Period } from "../model/period";
import { formatPeriodLabel } from "./formatPeriodLabel";
import { getPeriodMonths } from "./getPeriodMonths";
import { periodKey } from "./periodKey";
import { quarterFromIndex, quarterIndexOfMonth, quarterStartMonthIndex } from "./quarterIndex";

/** A period a scorecard can be built for, as the picker and `--period` offer it. */
export interface ReportPeriodOption {
  readonly period: Period;
  /** As the scorecard will be titled: `Q2 2013-14`, or as the table labels it: `Oct-Dec 2023`, `12 months to Apr-15`. */
  readonly label: string;
  /** KPIs with a whole-organisation value for it. */
  readonly kpiCount: number;
}

/**
 * The periods the data can support a scorecard for, newest first, one per end month: the first is the default.
 * Only periods that have ended by `asOf` count, only whole-organisation values (segments are detail), and `null`
 * values (`n/a`, `TBC`) are not data.
 * - Monthly data supports a fiscal quarter when at least half of the KPIs with monthly data have all three of its
 *   months, so one KPI reported early does not move the scorecard on, and one reported late does not hold it back.
 * - A quarter, year or other span a table gives figures for supports itself, under the table's label: yearly
 *   figures are reported as the year (`2013/14`), `12 months to Apr-15` as itself, never as an invented quarter.
 * - Where several end in the same month, a quarter wins (it is a quarterly scorecard), then the one most KPIs have,
 *   then the shortest.
 * - Months alone are offered only when the data has nothing longer and no KPI has a monthly series (three months or
 *   more): a table of figures at a date (`Apr-13 | Apr-14`, `Establishment at 30 Sep 13`). A monthly series is
 *   reported by quarter, once one is complete.
 *
 * One pass over the measurements, so it stays fast on very large workbooks. Empty when nothing qualifies.
 * @example listReportPeriods(measurements, 4, month(2013, 10))[0]?.label // "Q2 2013-14" when Apr-Sep 2013 is in
 */
export function listReportPeriods(measurements: readonly Measurement[], startMonth: number, asOf: Month): ReportPeriodOption[] {
  const asOfIndex = monthIndex(asOf);

  // KPI id -> quarter index -> bit mask of the quarter's months that have a value; months with a value -> KPIs.
  const monthsSeen = new Map<string, Map<number, number>>();
  const monthKpis = new Map<number, Set<string>>();
  const monthlyValues = new Map<string, number>();
  const given = new Map<number, { period: Period; last: number; kpis: Set<string> }>();
  let lastKpi: string | undefined;
  let lastMasks: Map<number, number> | undefined;

  for (const m of measurements) {
    if (m.segment !== null || m.value === null) continue;
    const period = m.period;
    if (period.kind === "month") {
      const mIndex = monthIndex(period);
      monthlyValues.set(m.kpiId, (monthlyValues.get(m.kpiId) ?? 0) + 1);
      if (mIndex > asOfIndex) continue;
      // Measurements usually come grouped by KPI, so the last KPI's map is reused without a lookup.
      if (m.kpiId !== lastKpi || !lastMasks) {
        lastKpi = m.kpiId;
        lastMasks = monthsSeen.get(m.kpiId);
        if (!lastMasks) {
          lastMasks = new Map();
          monthsSeen.set(m.kpiId, lastMasks);
        }
      }
      const qIndex = quarterIndexOfMonth(mIndex, startMonth);
      const bit = 1 << (mIndex - quarterStartMonthIndex(qIndex, startMonth));
      lastMasks.set(qIndex, (lastMasks.get(qIndex) ?? 0) | bit);
      let kpis = monthKpis.get(mIndex);
      if (!kpis) monthKpis.set(mIndex, (kpis = new Set()));
      kpis.add(m.kpiId);
      continue;
    }
    const { last } = getPeriodMonths(period, startMonth);
    if (last > asOfIndex) continue;
    const key = periodKey(period, startMonth);
    let entry = given.get(key);
    if (!entry) given.set(key, (entry = { period, last, kpis: new Set() }));
    entry.kpis.add(m.kpiId);
  }

  // Quarters monthly data completes, merged with the same months given as a value.
  const completeKpis = new Map<number, Set<string>>();
  for (const [kpiId, masks] of monthsSeen) {
    for (const [qIndex, mask] of masks) {
      if (mask !== 0b111 || quarterStartMonthIndex(qIndex, startMonth) + 2 > asOfIndex) continue;
      let kpis = completeKpis.get(qIndex);
      if (!kpis) completeKpis.set(qIndex, (kpis = new Set()));
      kpis.add(kpiId);
    }
  }
  for (const [qIndex, kpis] of completeKpis) {
    if (kpis.size * 2 < monthsSeen.size) continue;
    const q = quarterFromIndex(qIndex);
    const key = periodKey(q, startMonth);
    const entry = given.get(key);
    if (entry) for (const k of kpis) entry.kpis.add(k);
    // Monthly data makes it a quarter, whatever else gave the same months.
    given.set(key, { period: q, last: quarterStartMonthIndex(qIndex, startMonth) + 2, kpis: entry ? entry.kpis : kpis });
  }

  let candidates = [...given.values()];
  const series = [...monthlyValues.values()].some((n) => n >= 3);
  if (candidates.length === 0 && !series) {
    candidates = [...monthKpis].map(([i, kpis]) => ({ period: monthFromIndex(i), last: i, kpis }));
  }

  // One per end month: a quarter, else the one most KPIs have, else the shortest; the first seen on a tie.
  const byEnd = new Map<number, (typeof candidates)[number]>();
  for (const c of candidates) {
    const held = byEnd.get(c.last);
    if (!held || better(c, held, startMonth)) byEnd.set(c.last, c);
  }
  return [...byEnd.values()]
    .sort((a, b) => b.last - a.last)
    .map((c) => ({ period: c.period, label: formatPeriodLabel(c.period, startMonth), kpiCount: c.kpis.size }));
}

function better(
  a: { period: Period; kpis: ReadonlySet<string> },
  b: { period: Period; kpis: ReadonlySet<string> },
  startMonth: number,
): boolean {
  const quarter = (p: Period) => (p.kind === "quarter" ? 1 : 0);
  if (quarter(a.period) !== quarter(b.period)) return quarter(a.period) > quarter(b.period);
  if (a.kpis.size !== b.kpis.size) return a.kpis.size > b.kpis.size;
  const length = (p: Period) => {
    const { first, last } = getPeriodMonths(p, startMonth);
    return last - first;
  };
  return length(a.period) < length(b.period);
}
