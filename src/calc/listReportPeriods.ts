import type { KpiModel, SourceRef } from "../model/kpi";
import { forEachMeasurement } from "../model/kpi";
import { monthIndex } from "../model/period";
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
  /** Some KPI has a figure for it and one of the same length before it, so the scorecard has a change to show. */
  readonly comparable: boolean;
  /** The first figure found for it, to point at. */
  readonly source: SourceRef;
}

export interface ReportPeriods {
  /** Every period the data supports, newest first, one per end month. */
  readonly options: readonly ReportPeriodOption[];
  /** The one a build makes when none is asked for: the newest that can be compared with one before it, else the newest. */
  readonly chosen: ReportPeriodOption | null;
  /** Newer periods passed over for `chosen` because nothing before them is like them (a half year after full years). */
  readonly passedOver: readonly ReportPeriodOption[];
}

interface Candidate {
  readonly period: Period;
  readonly first: number;
  readonly last: number;
  readonly kpis: Set<string>;
  readonly source: SourceRef;
  /** A KPI rolled up by its window (a register's year to date or quarter) has it: its window finds what to compare. */
  rolledUp: boolean;
}

/**
 * The periods the data can support a scorecard for, and the one to build by default. Only periods that have ended by
 * `asOf` count, only whole-organisation values (segments are detail), and `null` values (`n/a`, `TBC`) are not data.
 * - KPIs reported as the table gives them (`latest`: published tables) offer their own periods, whatever they are:
 *   months, quarters, years (`2013/14`, never "Q4"), spans (`12 months to Apr-15`), under the table's label.
 * - KPIs rolled up from monthly data (a register's year to date or quarter) offer fiscal quarters: a quarter once at
 *   least half of them have all three of its months, so one KPI reported early does not move the scorecard on, and
 *   one reported late does not hold it back; and any quarter, year or span they are given as.
 * - One period per end month: a quarter first (it is a quarterly scorecard), then one that can be compared, then
 *   the one most KPIs have, then the shortest.
 * - The default is the newest that can be compared with a period of the same length before it, so a half year
 *   after full years, or a first column with nothing before it, is offered but not chosen; else the newest.
 *
 * One pass over the measurements, so it stays fast on very large workbooks.
 * @example listReportPeriods(model, 4, month(2013, 10)).chosen?.label // "Q2 2013-14" when Apr-Sep 2013 is in
 */
export function listReportPeriods(data: Pick<KpiModel, "kpis" | "measurements">, startMonth: number, asOf: Month): ReportPeriods {
  const asOfIndex = monthIndex(asOf);
  const asGiven = new Set(data.kpis.filter((k) => k.comparison.window === "latest").map((k) => k.id));

  // KPI id -> quarter index -> bit mask of the quarter's months that have a value (KPIs rolled up from months).
  const monthsSeen = new Map<string, Map<number, number>>();
  // Quarter index -> the first monthly figure in it, to point at.
  const quarterSources = new Map<number, SourceRef>();
  const candidates = new Map<number, Candidate>();
  // KPI id -> length of a period in months - 1 -> the last months of its periods of that length, to find a like one before.
  const lengths = new Map<string, Map<number, number[]>>();
  let lastKpi: string | undefined;
  let lastMasks: Map<number, number> | undefined;

  const offer = (period: Period, first: number, last: number, kpiId: string, source: SourceRef) => {
    const key = periodKey(period, startMonth);
    let entry = candidates.get(key);
    if (!entry) candidates.set(key, (entry = { period, first, last, kpis: new Set(), source, rolledUp: false }));
    entry.kpis.add(kpiId);
    entry.rolledUp ||= !asGiven.has(kpiId);
  };

  forEachMeasurement(data.measurements, (m) => {
    if (m.segment !== null || m.value === null) return;
    const period = m.period;
    const { first, last } = getPeriodMonths(period, startMonth);
    if (last > asOfIndex) return;
    let byLength = lengths.get(m.kpiId);
    if (!byLength) lengths.set(m.kpiId, (byLength = new Map()));
    const ends = byLength.get(last - first);
    if (ends) ends.push(last);
    else byLength.set(last - first, [last]);

    if (period.kind !== "month" || asGiven.has(m.kpiId)) {
      offer(period, first, last, m.kpiId, m.source);
      return;
    }
    // Measurements usually come grouped by KPI, so the last KPI's map is reused without a lookup.
    if (m.kpiId !== lastKpi || !lastMasks) {
      lastKpi = m.kpiId;
      lastMasks = monthsSeen.get(m.kpiId);
      if (!lastMasks) monthsSeen.set(m.kpiId, (lastMasks = new Map()));
    }
    const qIndex = quarterIndexOfMonth(first, startMonth);
    const bit = 1 << (first - quarterStartMonthIndex(qIndex, startMonth));
    lastMasks.set(qIndex, (lastMasks.get(qIndex) ?? 0) | bit);
    if (!quarterSources.has(qIndex)) quarterSources.set(qIndex, m.source);
  });

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
    const given = candidates.get(key);
    const first = quarterStartMonthIndex(qIndex, startMonth);
    // Monthly data makes it a quarter, whatever else gave the same months.
    candidates.set(key, {
      period: given?.period.kind === "quarter" ? given.period : q,
      first,
      last: first + 2,
      kpis: new Set([...(given?.kpis ?? []), ...kpis]),
      source: given?.source ?? quarterSources.get(qIndex) ?? { sheet: "", cell: "" },
      rolledUp: true,
    });
  }

  const comparable = (c: Candidate) =>
    c.rolledUp || [...c.kpis].some((kpiId) => lengths.get(kpiId)?.get(c.last - c.first)?.some((end) => end < c.last) ?? false);

  // One per end month: a quarter, one that can be compared, the one most KPIs have, the shortest; the first seen on a tie.
  const byEnd = new Map<number, { candidate: Candidate; comparable: boolean }>();
  for (const c of candidates.values()) {
    const entry = { candidate: c, comparable: comparable(c) };
    const held = byEnd.get(c.last);
    if (!held || better(entry, held)) byEnd.set(c.last, entry);
  }
  const options = [...byEnd.values()]
    .sort((a, b) => b.candidate.last - a.candidate.last)
    .map(({ candidate, comparable: can }) => ({
      period: candidate.period,
      label: formatPeriodLabel(candidate.period, startMonth),
      kpiCount: candidate.kpis.size,
      comparable: can,
      source: candidate.source,
    }));
  const at = options.findIndex((o) => o.comparable);
  const chosen = options[at] ?? options[0] ?? null;
  return { options, chosen, passedOver: at > 0 ? options.slice(0, at) : [] };
}

function better(a: { candidate: Candidate; comparable: boolean }, b: { candidate: Candidate; comparable: boolean }): boolean {
  const quarter = (c: Candidate) => (c.period.kind === "quarter" ? 1 : 0);
  if (quarter(a.candidate) !== quarter(b.candidate)) return quarter(a.candidate) > quarter(b.candidate);
  if (a.comparable !== b.comparable) return a.comparable;
  if (a.candidate.kpis.size !== b.candidate.kpis.size) return a.candidate.kpis.size > b.candidate.kpis.size;
  return a.candidate.last - a.candidate.first < b.candidate.last - b.candidate.first;
}

