import type { Aggregation } from "../model/kpi";
import { cleanFloat } from "./cleanFloat";
import type { MonthRange } from "./getPeriodMonths";
import { monthValue } from "./indexMeasurements";
import type { PeriodSeries, SpanValue } from "./indexMeasurements";

export interface WindowFigure {
  /** The rolled-up figure; `null` when no month or span in the window has a value. */
  readonly value: number | null;
  /** Months of the window the figure covers (a quarter value covers 3, a year value 12). */
  readonly monthsCovered: number;
  readonly monthsInWindow: number;
  /**
   * How an average of two or more values was taken: weighted by the KPI's count (`weighted`), or plainly because no
   * count was given or one lacked a value (`unweighted`); `null` when nothing was averaged.
   */
  readonly weighting: "weighted" | "unweighted" | null;
}

/**
 * Rolls a series up over the months `window.first`..`window.last` (as `monthIndex`es), by the KPI's aggregation,
 * with the same rules as `aggregateValues`. Monthly values are used where the months are all there; a value given for
 * a span of months (a quarter, a year, `Oct-Dec 2022`) stands for its months where they are not, the longest such
 * span that fits the window first, so a quarterly-only KPI rolls up to a year to date and a value given for exactly
 * the window is used as it is. For `average`, a span weighs as its months. A span is never split: one reaching
 * outside the window is not used.
 * A mean or rate with a count to weight it by (`weights`: Category 1 incidents for Category 1 mean response time) is
 * averaged weighted by the count's value for the same month or span, total time over incidents, as the published
 * year-to-date figure is; when a value has no count beside it, the whole window is averaged plainly and says so.
 * It accumulates as it goes rather than collecting values for `aggregateValues`: it runs for every KPI and segment
 * of a workbook, twice per report period.
 * @example aggregateWindow(series, { first: monthIndex(month(2013, 4)), last: monthIndex(month(2013, 9)) }, "sum") // Apr - Sep 2013
 */
export function aggregateWindow(series: PeriodSeries | null, window: MonthRange, aggregation: Aggregation, weights: PeriodSeries | null = null): WindowFigure {
  const monthsInWindow = Math.max(0, window.last - window.first + 1);
  if (!series || monthsInWindow === 0) return { value: null, monthsCovered: 0, monthsInWindow, weighting: null };
  let total = 0;
  let weight = 0;
  let weightedTotal = 0;
  let countTotal = 0;
  let allCounted = weights !== null && aggregation === "average";
  let values = 0;
  let last: number | null = null;
  let monthsCovered = 0;
  const hasSpans = series.spans.size > 0;
  for (let i = window.first; i <= window.last; ) {
    const span = hasSpans ? spanStartingAt(series, i, window.last) : null;
    if (span !== null && typeof span.value === "number") {
      const months = span.last - span.first + 1;
      total += aggregation === "average" ? span.value * months : span.value;
      weight += months;
      last = span.value;
      monthsCovered += months;
      values++;
      if (allCounted) {
        const count = weights ? countFor(weights, span.first, span.last) : null;
        if (count === null) allCounted = false;
        else {
          weightedTotal += span.value * count;
          countTotal += count;
        }
      }
      i = span.last + 1;
      continue;
    }
    const v = monthValue(series, i);
    if (typeof v === "number") {
      total += v;
      weight += 1;
      last = v;
      monthsCovered += 1;
      values++;
      if (allCounted) {
        const count = weights ? countFor(weights, i, i) : null;
        if (count === null) allCounted = false;
        else {
          weightedTotal += v * count;
          countTotal += count;
        }
      }
    }
    i++;
  }
  if (weight === 0) return { value: null, monthsCovered, monthsInWindow, weighting: null };
  const averaged = aggregation === "average" && values > 1;
  const weighted = averaged && allCounted && countTotal > 0;
  const value =
    aggregation === "sum" ? cleanFloat(total) : aggregation === "average" ? cleanFloat(weighted ? weightedTotal / countTotal : total / weight) : last;
  return { value, monthsCovered, monthsInWindow, weighting: averaged ? (weighted ? "weighted" : "unweighted") : null };
}

/** The count for months `first`..`last`: a value given for exactly that span, else the sum of its months, if all there. */
function countFor(weights: PeriodSeries, first: number, last: number): number | null {
  const span = weights.spans.get(first)?.find((s) => s.last === last);
  if (span && typeof span.value === "number") return span.value;
  let sum = 0;
  for (let m = first; m <= last; m++) {
    const v = monthValue(weights, m);
    if (typeof v !== "number") return null;
    sum += v;
  }
  return sum;
}

/** The longest span with a value that starts at month `i`, ends by `end`, and whose months are not all there. */
function spanStartingAt(series: PeriodSeries, i: number, end: number): SpanValue | null {
  const candidates = series.spans.get(i);
  if (!candidates) return null;
  let best: SpanValue | null = null;
  for (const span of candidates) {
    if (typeof span.value !== "number" || span.last > end || (best !== null && span.last <= best.last)) continue;
    if (!allMonthsThere(series, span)) best = span;
  }
  return best;
}

function allMonthsThere(series: PeriodSeries, span: SpanValue): boolean {
  for (let m = span.first; m <= span.last; m++) if (typeof monthValue(series, m) !== "number") return false;
  return true;
}
