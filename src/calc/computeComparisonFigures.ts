import type { Kpi } from "../model/kpi";
import { monthFromIndex } from "../model/period";
import type { Period } from "../model/period";
import { aggregateWindow } from "./aggregateWindow";
import type { WindowFigure } from "./aggregateWindow";
import { formatFiscalYearLabel } from "./formatFiscalYearLabel";
import { formatMonthLabel } from "./formatMonthLabel";
import { formatMonthRangeLabel } from "./formatMonthRangeLabel";
import { formatMonthsLabel } from "./formatMonthsLabel";
import { formatPeriodLabel } from "./formatPeriodLabel";
import type { MonthRange } from "./getPeriodMonths";
import { getPeriodMonths } from "./getPeriodMonths";
import { monthValue } from "./indexMeasurements";
import type { PeriodSeries, SpanValue } from "./indexMeasurements";
import { fiscalYearStartMonthIndex, quarterIndexOfMonth } from "./quarterIndex";

export interface ComparisonFigures {
  readonly current: number | null;
  readonly previous: number | null;
  /** What each figure covers: `Apr - Sep 2013/14`, `Q2 2013-14`, `Sep-13`, `Oct-Dec 2023`. */
  readonly currentLabel: string;
  readonly previousLabel: string;
  /** For `ytd` and `quarter` windows, how many of the window's months each figure covers; `null` for `latest`. */
  readonly currentCoverage: WindowFigure | null;
  readonly previousCoverage: WindowFigure | null;
}

/**
 * The figure a KPI reports for a report period and the figure it is compared with, per `kpi.comparison`:
 * - `ytd`: the months from the fiscal year start to the report period's end, rolled up by `kpi.aggregation`;
 *   against `same-period-last-year` the same months a year earlier; against `previous-period` the year to date as it
 *   stood at the end of the period before (what last quarter's scorecard reported).
 * - `quarter`: the report period's own months (a quarter, or the span a table gives: `Oct-Dec 2023`); against the
 *   same months last year, or the span of the same length just before.
 * - `latest`: what the KPI has for exactly the report period (n/a where its row says there is no figure), else its
 *   newest figure ending at or before the period's end (a month, or a quarter, year or other span where that is all
 *   there is); against the figure of the same length 12 months earlier, or the newest of the same length before it.
 * A value given for a span stands for its months, so quarterly-only KPIs work in every window. Used alike for the
 * whole organisation and for each segment, so exceptions compare like with like.
 * @example computeComparisonFigures(totalCrime, series, quarter(2013, 2), 4)
 * // { current: 19581, previous: 21012, currentLabel: "Apr - Sep 2013/14", previousLabel: "Apr - Sep 2012/13", ... }
 */
export function computeComparisonFigures(
  kpi: Pick<Kpi, "aggregation" | "comparison">,
  series: PeriodSeries | null,
  report: Period,
  startMonth: number,
  /** The series of the count a mean or rate is weighted by (`Kpi.weightedBy`), for the same organisation or segment. */
  weights: PeriodSeries | null = null,
): ComparisonFigures {
  const months = getPeriodMonths(report, startMonth);
  const lastYear = kpi.comparison.against === "same-period-last-year";
  switch (kpi.comparison.window) {
    case "ytd": {
      const current = yearToDate(months.last, startMonth);
      const previous = lastYear ? shift(current, -12) : yearToDate(months.first - 1, startMonth);
      return windowFigures(series, kpi, current, previous, (range) => ytdLabel(range, startMonth), weights);
    }
    case "quarter": {
      const previous = shift(months, lastYear ? -12 : -(months.last - months.first + 1));
      const label = (range: MonthRange) =>
        range === months ? formatPeriodLabel(report, startMonth) : (spanLabel(series, range, startMonth) ?? cachedLabel(range, startMonth));
      return windowFigures(series, kpi, months, previous, label, weights);
    }
    case "latest":
      return latestFigures(series, months, lastYear, startMonth, formatPeriodLabel(report, startMonth));
    default: {
      const unreachable: never = kpi.comparison.window;
      return unreachable;
    }
  }
}

function shift(range: MonthRange, by: number): MonthRange {
  return { first: range.first + by, last: range.last + by };
}

/** From the start of the fiscal year holding `last` to `last`. */
function yearToDate(last: number, startMonth: number): MonthRange {
  const fiscalYear = Math.floor(quarterIndexOfMonth(last, startMonth) / 4);
  return { first: fiscalYearStartMonthIndex(fiscalYear, startMonth), last };
}

function windowFigures(
  series: PeriodSeries | null,
  kpi: Pick<Kpi, "aggregation">,
  current: MonthRange,
  previous: MonthRange,
  label: (range: MonthRange) => string,
  weights: PeriodSeries | null,
): ComparisonFigures {
  const now = aggregateWindow(series, current, kpi.aggregation, weights);
  const before = aggregateWindow(series, previous, kpi.aggregation, weights);
  return {
    current: now.value,
    previous: before.value,
    currentLabel: label(current),
    previousLabel: label(previous),
    currentCoverage: now,
    previousCoverage: before,
  };
}

// Every KPI and segment with the same window shares its labels, and date-fns formatting is slow next to the sums:
// labels are remembered per span. The cache only ever holds a few spans per build; it is emptied if it grows.
const labelCache = new Map<string, string>();

function cached(key: string, make: () => string): string {
  let text = labelCache.get(key);
  if (text === undefined) {
    if (labelCache.size > 1000) labelCache.clear();
    text = make();
    labelCache.set(key, text);
  }
  return text;
}

function cachedLabel(range: MonthRange, startMonth: number): string {
  return cached(`m:${range.first}:${range.last}:${startMonth}`, () => formatMonthsLabel(range, startMonth));
}

/** `Apr - Sep 2013/14`: a year to date, always written as its months and its fiscal year. */
function ytdLabel(range: MonthRange, startMonth: number): string {
  return cached(`y:${range.first}:${range.last}:${startMonth}`, () => {
    const fiscalYear = Math.floor(quarterIndexOfMonth(range.first, startMonth) / 4);
    return `${formatMonthRangeLabel([monthFromIndex(range.first), monthFromIndex(range.last)])} ${formatFiscalYearLabel(fiscalYear, startMonth)}`;
  });
}

/** The label of a value given for exactly these months, as its table wrote it. */
function spanLabel(series: PeriodSeries | null, range: MonthRange, startMonth: number): string | null {
  const span = series?.spans.get(range.first)?.find((s) => s.last === range.last);
  return span ? formatPeriodLabel(span.period, startMonth) : null;
}

/** The newest value found: a month, or a value for a span of months; `null` where the period is there without a figure. */
type Found = { readonly month: number; readonly value: number | null } | { readonly span: SpanValue; readonly value: number | null };

function latestFigures(series: PeriodSeries | null, report: MonthRange, lastYear: boolean, startMonth: number, reportLabel: string): ComparisonFigures {
  const current = series ? (exactly(series, report) ?? newestAtOrBefore(series, report.last)) : null;
  if (!series || !current) {
    return { current: null, previous: null, currentLabel: reportLabel, previousLabel: "", currentCoverage: null, previousCoverage: null };
  }
  const previous = lastYear ? yearBefore(series, current) : before(series, current);
  return {
    current: current.value,
    previous: previous?.value ?? null,
    currentLabel: labelOf(series, current, startMonth),
    previousLabel: previous ? labelOf(series, previous, startMonth) : "",
    currentCoverage: null,
    previousCoverage: null,
  };
}

function labelOf(series: PeriodSeries, found: Found, startMonth: number): string {
  if ("month" in found) return series.monthLabels.get(found.month) ?? cached(`l:${found.month}`, () => formatMonthLabel(monthFromIndex(found.month)));
  return formatPeriodLabel(found.span.period, startMonth);
}

/**
 * What the KPI has for exactly the report period, if anything: a figure, or a row that says there is none (`n/a`, or
 * a blank under the table's latest period, as a lagging KPI leaves it), which the scorecard shows as n/a rather than
 * reach back to an older figure. `null` when the KPI has no row for those months.
 */
function exactly(series: PeriodSeries, range: MonthRange): Found | null {
  if (range.first === range.last) {
    const v = monthValue(series, range.first);
    return v === undefined ? null : { month: range.first, value: v };
  }
  const span = series.spans.get(range.first)?.find((s) => s.last === range.last);
  return span ? { span, value: span.value } : null;
}

/** The newest figure ending at or before `end`; on the same end month the shorter wins (a month beats a quarter). */
function newestAtOrBefore(series: PeriodSeries, end: number): Found | null {
  let best: Found | null = null;
  if (series.firstMonth !== null) {
    for (let i = Math.min(end, series.lastMonth ?? end); i >= series.firstMonth; i--) {
      const v = monthValue(series, i);
      if (typeof v === "number") {
        best = { month: i, value: v };
        break;
      }
    }
  }
  let bestEnd = best && "month" in best ? best.month : -Infinity;
  let bestLength = 1;
  for (const list of series.spans.values()) {
    for (const span of list) {
      if (typeof span.value !== "number" || span.last > end) continue;
      const length = span.last - span.first + 1;
      if (span.last > bestEnd || (span.last === bestEnd && length < bestLength && !(best && "month" in best))) {
        best = { span, value: span.value };
        bestEnd = span.last;
        bestLength = length;
      }
    }
  }
  return best;
}

/** The value of the same length 12 months earlier. */
function yearBefore(series: PeriodSeries, found: Found): Found | null {
  if ("month" in found) {
    const v = monthValue(series, found.month - 12);
    return typeof v === "number" ? { month: found.month - 12, value: v } : null;
  }
  const span = series.spans.get(found.span.first - 12)?.find((s) => s.last === found.span.last - 12);
  return span && typeof span.value === "number" ? { span, value: span.value } : null;
}

/**
 * The newest value of the same length before this one: for a month the newest month with a figure; for a span (a
 * quarter, year or rolling 12 months a table gives) the span just before it, whose row saying there is no figure
 * (`—`, `n/a`) makes the comparison n/a rather than reach back years (12 months ending Feb 2003 against a blank
 * for 12 months ending March 2007).
 */
function before(series: PeriodSeries, found: Found): Found | null {
  if ("month" in found) {
    for (let i = found.month - 1; series.firstMonth !== null && i >= series.firstMonth; i--) {
      const v = monthValue(series, i);
      if (typeof v === "number") return { month: i, value: v };
    }
    return null;
  }
  const length = found.span.last - found.span.first;
  let best: SpanValue | null = null;
  for (const list of series.spans.values()) {
    for (const span of list) {
      if (span.last - span.first !== length || span.last >= found.span.last) continue;
      if (best === null || span.last > best.last) best = span;
    }
  }
  return best ? { span: best, value: best.value } : null;
}
