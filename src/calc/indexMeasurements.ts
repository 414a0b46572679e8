import type { MeasurementList } from "../model/kpi";
import { forEachMeasurement } from "../model/kpi";
import { monthIndex } from "../model/period";
import type { Month, Period } from "../model/period";
import { getPeriodMonths } from "./getPeriodMonths";

/** A value that stands for more than one month: a quarter, a year, a year to date, a rolling total, a range. */
export interface SpanValue {
  /** `monthIndex`es of its first and last month. */
  readonly first: number;
  readonly last: number;
  readonly value: number | null;
  /** The period as given, for its label. */
  readonly period: Period;
}

/**
 * One KPI's values for the whole organisation or one segment, keyed by period as integers so a window is read by
 * index arithmetic, never by searching a list. Missing entries (holes) mean no row; `null` means the row said
 * "no data" (`n/a`, `TBC`).
 */
export interface PeriodSeries {
  /** The `monthIndex` that `months[0]` stands for. */
  readonly monthOrigin: number;
  /** Monthly values by `monthIndex - monthOrigin`. */
  readonly months: readonly (number | null | undefined)[];
  /** The earliest and latest `monthIndex` holding a number; `null` without monthly numbers. */
  readonly firstMonth: number | null;
  readonly lastMonth: number | null;
  /** Values for spans of months (quarters, years, years to date, ranges), by their first month's `monthIndex`. */
  readonly spans: ReadonlyMap<number, readonly SpanValue[]>;
  /** Months a table labels otherwise than the scorecard would (`Apr 18`), by `monthIndex`. */
  readonly monthLabels: ReadonlyMap<number, string>;
}

export interface KpiMeasurements {
  /** The whole-organisation figures (`segment === null`). */
  readonly whole: PeriodSeries | null;
  /** Figures per segment, in the order segments first appear. */
  readonly segments: ReadonlyMap<string, PeriodSeries>;
}

/** Measurements by KPI id. */
export type MeasurementIndex = ReadonlyMap<string, KpiMeasurements>;

export interface IndexMeasurementsOptions {
  /** Leave out values for periods ending after this month, to rebuild a scorecard as it stood then. */
  readonly asOf?: Month;
}

interface MutableSeries {
  monthOrigin: number;
  months: (number | null | undefined)[];
  firstMonth: number | null;
  lastMonth: number | null;
  spans: Map<number, SpanValue[]>;
  monthLabels: Map<number, string>;
}

interface MutableKpi {
  whole: MutableSeries | null;
  segments: Map<string, MutableSeries>;
}

/**
 * Indexes measurements once, by KPI, then segment, then period, in a single pass: the calculations then read any
 * window of any KPI in constant time per month, which keeps 1,000 KPIs x 120 months x 20 segments well inside the
 * benchmark. When a period has two values the first is kept (ingest reports the duplicate).
 * @example indexMeasurements(model.measurements, 4).get("P1-01")?.whole
 */
export function indexMeasurements(
  measurements: MeasurementList,
  startMonth: number,
  options: IndexMeasurementsOptions = {},
): MeasurementIndex {
  const asOf = options.asOf ? monthIndex(options.asOf) : Infinity;
  const index = new Map<string, MutableKpi>();
  // Rows usually come grouped by KPI and segment, so the last series is reused without two map lookups.
  let lastKpiId: string | undefined;
  let lastSegment: string | null | undefined;
  let lastSeries: MutableSeries | undefined;

  forEachMeasurement(measurements, (m) => {
    let series: MutableSeries;
    if (lastSeries && m.kpiId === lastKpiId && m.segment === lastSegment) {
      series = lastSeries;
    } else {
      series = seriesFor(index, m.kpiId, m.segment);
      lastKpiId = m.kpiId;
      lastSegment = m.segment;
      lastSeries = series;
    }
    const value = m.value !== null && Number.isFinite(m.value) ? m.value : null;
    const period = m.period;
    if (period.kind === "month") {
      const i = monthIndex(period);
      if (i > asOf) return;
      setMonth(series, i, value);
      if (period.label !== undefined && !series.monthLabels.has(i)) series.monthLabels.set(i, period.label);
      return;
    }
    const { first, last } = getPeriodMonths(period, startMonth);
    if (last <= asOf) setSpan(series, { first, last, value, period });
  });
  return index;
}

function seriesFor(index: Map<string, MutableKpi>, kpiId: string, segment: string | null): MutableSeries {
  let kpi = index.get(kpiId);
  if (!kpi) {
    kpi = { whole: null, segments: new Map() };
    index.set(kpiId, kpi);
  }
  if (segment === null) {
    kpi.whole ??= emptySeries();
    return kpi.whole;
  }
  let series = kpi.segments.get(segment);
  if (!series) {
    series = emptySeries();
    kpi.segments.set(segment, series);
  }
  return series;
}

function emptySeries(): MutableSeries {
  return { monthOrigin: 0, months: [], firstMonth: null, lastMonth: null, spans: new Map(), monthLabels: new Map() };
}

/** The first value for a span is kept, as for months. */
function setSpan(series: MutableSeries, span: SpanValue): void {
  const list = series.spans.get(span.first);
  if (!list) series.spans.set(span.first, [span]);
  else if (!list.some((s) => s.last === span.last)) list.push(span);
}

function setMonth(series: MutableSeries, i: number, value: number | null): void {
  if (series.months.length === 0) series.monthOrigin = i;
  if (i < series.monthOrigin) {
    // Newest-first sheets arrive backwards: grow the front by at least the current length so rebasing stays
    // linear overall.
    const grow = Math.max(series.monthOrigin - i, series.months.length, 12);
    series.months = new Array<number | null | undefined>(grow).concat(series.months);
    series.monthOrigin -= grow;
  }
  const slot = i - series.monthOrigin;
  // Bounds first: reading past the end of an array sends V8 down a slow path, and appending is the common case.
  if (slot < series.months.length && series.months[slot] !== undefined) return;
  series.months[slot] = value;
  if (value === null) return;
  if (series.firstMonth === null || i < series.firstMonth) series.firstMonth = i;
  if (series.lastMonth === null || i > series.lastMonth) series.lastMonth = i;
}

/** The value a series holds for a month: a number, `null` for "no data", `undefined` for no row. */
export function monthValue(series: PeriodSeries, i: number): number | null | undefined {
  return series.months[i - series.monthOrigin];
}
