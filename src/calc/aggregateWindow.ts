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
}

/**
 * Rolls a series up over the months `window.first`..`window.last` (as `monthIndex`es), by the KPI's aggregation,
 * with the same rules as `aggregateValues`. Monthly values are used where the months are all there; a value given for
 * a span of months (a quarter, a year, `Oct-Dec 2022`) stands for its months where they are not, the longest such
 * span that fits the window first, so a quarterly-only KPI rolls up to a year to date and a value given for exactly
 * the window is used as it is. For `average`, a span weighs as its months. A span is never split: one reaching
 * outside the window is not used.
 * It accumulates as it goes rather than collecting values for `aggregateValues`: it runs for every KPI and segment
 * of a workbook, twice per report period.
 * @example aggregateWindow(series, { first: monthIndex(month(2013, 4)), last: monthIndex(month(2013, 9)) }, "sum") // Apr - Sep 2013
 */
export function aggregateWindow(series: PeriodSeries | null, window: MonthRange, aggregation: Aggregation): WindowFigure {
  const monthsInWindow = Math.max(0, window.last - window.first + 1);
  if (!series || monthsInWindow === 0) return { value: null, monthsCovered: 0, monthsInWindow };
  let total = 0;
  let weight = 0;
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
      i = span.last + 1;
      continue;
    }
    const v = monthValue(series, i);
    if (typeof v === "number") {
      total += v;
      weight += 1;
      last = v;
      monthsCovered += 1;
    }
    i++;
  }
  if (weight === 0) return { value: null, monthsCovered, monthsInWindow };
  const value = aggregation === "sum" ? cleanFloat(total) : aggregation === "average" ? cleanFloat(total / weight) : last;
  return { value, monthsCovered, monthsInWindow };
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
