import type { Kpi } from "../model/kpi";
import { monthFromIndex } from "../model/period";
import type { Quarter } from "../model/period";
import { aggregateWindow } from "./aggregateWindow";
import type { WindowFigure } from "./aggregateWindow";
import { formatFiscalYearLabel } from "./formatFiscalYearLabel";
import { formatMonthLabel } from "./formatMonthLabel";
import { formatMonthRangeLabel } from "./formatMonthRangeLabel";
import { formatQuarterLabel } from "./formatQuarterLabel";
import { monthValue } from "./indexMeasurements";
import type { PeriodSeries } from "./indexMeasurements";
import { fiscalYearStartMonthIndex, quarterFromIndex, quarterIndex, quarterStartMonthIndex } from "./quarterIndex";

export interface ComparisonFigures {
  readonly current: number | null;
  readonly previous: number | null;
  /** What each figure covers: `Apr - Sep 2013/14`, `Q2 2013-14`, `Sep-13`. */
  readonly currentLabel: string;
  readonly previousLabel: string;
  /** For `ytd` and `quarter` windows, how many of the window's months each figure covers; `null` for `latest`. */
  readonly currentCoverage: WindowFigure | null;
  readonly previousCoverage: WindowFigure | null;
}

/**
 * The figure a KPI reports for a quarter and the figure it is compared with, per `kpi.comparison`:
 * - `ytd`: the months from the fiscal year start to the quarter end, rolled up by `kpi.aggregation`;
 *   against `same-period-last-year` the same months a year earlier; against `previous-period` the year to date as it
 *   stood at the end of the previous quarter (what last quarter's scorecard reported).
 * - `quarter`: the quarter's months; against the same quarter last year, or the previous quarter.
 * - `latest`: the newest value at or before the quarter end (a month, or a quarter or year where that is all there
 *   is); against the value 12 months earlier, or the one before it at the same granularity.
 * Quarter-level values stand for their quarter, so quarterly-only KPIs work in every window.
 * Used alike for the whole organisation and for each segment, so exceptions compare like with like.
 * @example computeComparisonFigures(totalCrime, series, quarter(2013, 2), 4)
 * // { current: 19581, previous: 21012, currentLabel: "Apr - Sep 2013/14", previousLabel: "Apr - Sep 2012/13", ... }
 */
export function computeComparisonFigures(
  kpi: Pick<Kpi, "aggregation" | "comparison">,
  series: PeriodSeries | null,
  quarter: Quarter,
  startMonth: number,
): ComparisonFigures {
  const q = quarterIndex(quarter);
  const lastYear = kpi.comparison.against === "same-period-last-year";
  switch (kpi.comparison.window) {
    case "ytd": {
      const previousEnd = lastYear ? q - 4 : q - 1;
      const previousStart = lastYear ? q - 4 - (quarter.quarter - 1) : Math.floor(previousEnd / 4) * 4;
      return windowFigures(series, kpi, [q - (quarter.quarter - 1), q], [previousStart, previousEnd], startMonth, ytdLabel);
    }
    case "quarter": {
      const previous = lastYear ? q - 4 : q - 1;
      return windowFigures(series, kpi, [q, q], [previous, previous], startMonth, quarterLabel);
    }
    case "latest":
      return latestFigures(series, q, lastYear, startMonth);
    default: {
      const unreachable: never = kpi.comparison.window;
      return unreachable;
    }
  }
}

type QuarterSpan = readonly [first: number, last: number];

function windowFigures(
  series: PeriodSeries | null,
  kpi: Pick<Kpi, "aggregation">,
  current: QuarterSpan,
  previous: QuarterSpan,
  startMonth: number,
  label: SpanLabel,
): ComparisonFigures {
  const now = aggregateWindow(series, current[0], current[1], kpi.aggregation, startMonth);
  const before = aggregateWindow(series, previous[0], previous[1], kpi.aggregation, startMonth);
  return {
    current: now.value,
    previous: before.value,
    currentLabel: cachedLabel(label, current[0], current[1], startMonth),
    previousLabel: cachedLabel(label, previous[0], previous[1], startMonth),
    currentCoverage: now,
    previousCoverage: before,
  };
}

type SpanLabel = (first: number, last: number, startMonth: number) => string;

// Every KPI and segment with the same window shares its labels, and date-fns formatting is slow next to the sums:
// labels are remembered per span. The cache only ever holds a few spans per build; it is emptied if it grows.
const labelCache = new Map<SpanLabel, Map<string, string>>();

function cachedLabel(label: SpanLabel, first: number, last: number, startMonth: number): string {
  let byKey = labelCache.get(label);
  if (!byKey) {
    byKey = new Map();
    labelCache.set(label, byKey);
  }
  const key = `${first}:${last}:${startMonth}`;
  let text = byKey.get(key);
  if (text === undefined) {
    if (byKey.size > 1000) byKey.clear();
    text = label(first, last, startMonth);
    byKey.set(key, text);
  }
  return text;
}

/** `Apr - Sep 2013/14` for a span of quarters within one fiscal year. */
function ytdLabel(first: number, last: number, startMonth: number): string {
  const from = quarterStartMonthIndex(first, startMonth);
  const to = quarterStartMonthIndex(last, startMonth) + 2;
  const range = formatMonthRangeLabel([monthFromIndex(from), monthFromIndex(to)]);
  return `${range} ${formatFiscalYearLabel(quarterFromIndex(first).fiscalYear, startMonth)}`;
}

function quarterLabel(first: number, _last: number, startMonth: number): string {
  return formatQuarterLabel(quarterFromIndex(first), startMonth);
}

type Granularity = "month" | "quarter" | "year";

interface Found {
  readonly granularity: Granularity;
  /** `monthIndex`, `quarterIndex` or fiscal year. */
  readonly key: number;
  readonly value: number;
}

function latestFigures(series: PeriodSeries | null, q: number, lastYear: boolean, startMonth: number): ComparisonFigures {
  const endMonth = quarterStartMonthIndex(q, startMonth) + 2;
  const current = series ? newestAtOrBefore(series, endMonth, q, startMonth) : null;
  if (!series || !current) {
    return {
      current: null,
      previous: null,
      currentLabel: formatQuarterLabel(quarterFromIndex(q), startMonth),
      previousLabel: "",
      currentCoverage: null,
      previousCoverage: null,
    };
  }
  const step = current.granularity === "month" ? 12 : current.granularity === "quarter" ? 4 : 1;
  const previousKey = lastYear ? current.key - step : previousKeyOf(series, current);
  const previousValue = previousKey === null ? null : valueAt(series, current.granularity, previousKey);
  return {
    current: current.value,
    previous: previousValue,
    currentLabel: cachedLabel(LATEST_LABELS[current.granularity], current.key, current.key, startMonth),
    previousLabel: previousKey === null ? "" : cachedLabel(LATEST_LABELS[current.granularity], previousKey, previousKey, startMonth),
    currentCoverage: null,
    previousCoverage: null,
  };
}

/** The newest value ending at or before `endMonth`; on the same end month a month beats a quarter beats a year. */
function newestAtOrBefore(series: PeriodSeries, endMonth: number, q: number, startMonth: number): Found | null {
  const candidates: { found: Found; end: number }[] = [];
  if (series.firstMonth !== null) {
    for (let i = Math.min(endMonth, series.lastMonth ?? endMonth); i >= series.firstMonth; i--) {
      const v = monthValue(series, i);
      if (typeof v === "number") {
        candidates.push({ found: { granularity: "month", key: i, value: v }, end: i });
        break;
      }
    }
  }
  const quarterKey = newestKey(series.quarters, (key) => key <= q);
  if (quarterKey !== null) {
    candidates.push({
      found: { granularity: "quarter", key: quarterKey.key, value: quarterKey.value },
      end: quarterStartMonthIndex(quarterKey.key, startMonth) + 2,
    });
  }
  const yearKey = newestKey(series.years, (fy) => fiscalYearStartMonthIndex(fy, startMonth) + 11 <= endMonth);
  if (yearKey !== null) {
    candidates.push({
      found: { granularity: "year", key: yearKey.key, value: yearKey.value },
      end: fiscalYearStartMonthIndex(yearKey.key, startMonth) + 11,
    });
  }
  // Candidates are in month, quarter, year order, so a strict comparison keeps the finer one on a tie.
  let best: { found: Found; end: number } | undefined;
  for (const c of candidates) if (!best || c.end > best.end) best = c;
  return best ? best.found : null;
}

/** The largest key with a number that passes `keep`. */
function newestKey(
  map: ReadonlyMap<number, number | null>,
  keep: (key: number) => boolean,
): { key: number; value: number } | null {
  let best: { key: number; value: number } | null = null;
  for (const [key, value] of map) {
    if (typeof value === "number" && keep(key) && (best === null || key > best.key)) best = { key, value };
  }
  return best;
}

/** The key of the newest value before `found`, at the same granularity. */
function previousKeyOf(series: PeriodSeries, found: Found): number | null {
  if (found.granularity === "month") {
    for (let i = found.key - 1; series.firstMonth !== null && i >= series.firstMonth; i--) {
      if (typeof monthValue(series, i) === "number") return i;
    }
    return null;
  }
  const map = found.granularity === "quarter" ? series.quarters : series.years;
  return newestKey(map, (key) => key < found.key)?.key ?? null;
}

function valueAt(series: PeriodSeries, granularity: Granularity, key: number): number | null {
  const v =
    granularity === "month" ? monthValue(series, key) : granularity === "quarter" ? series.quarters.get(key) : series.years.get(key);
  return typeof v === "number" ? v : null;
}

/** Labels for a single period found by the `latest` window: `Sep-13`, `Q1 2013-14`, `2012/13`. */
const LATEST_LABELS: Record<Granularity, SpanLabel> = {
  month: (key) => formatMonthLabel(monthFromIndex(key)),
  quarter: quarterLabel,
  year: (key, _last, startMonth) => formatFiscalYearLabel(key, startMonth),
};
