import type { Aggregation } from "../model/kpi";
import { aggregateValues } from "./aggregateValues";
import { monthValue } from "./indexMeasurements";
import type { PeriodSeries } from "./indexMeasurements";
import { quarterStartMonthIndex } from "./quarterIndex";

export interface WindowFigure {
  /** The rolled-up figure; `null` when no month, quarter or year in the window has a value. */
  readonly value: number | null;
  /** Months of the window the figure covers (a quarter value covers 3, a year value 12). */
  readonly monthsCovered: number;
  readonly monthsInWindow: number;
}

/**
 * Rolls a series up over whole fiscal quarters `firstQuarter`..`lastQuarter` (as `quarterIndex`es).
 * Each quarter contributes its three monthly values when all three are there, else its quarter-level value when
 * there is one, else whatever months it has. A window that is exactly one fiscal year with nothing else falls back
 * to a year-level value. For `average`, a quarter value weighs as its three months.
 * @example aggregateWindow(series, 8052, 8053, "sum", 4) // Apr - Sep 2013 with an April year start
 */
export function aggregateWindow(
  series: PeriodSeries | null,
  firstQuarter: number,
  lastQuarter: number,
  aggregation: Aggregation,
  startMonth: number,
): WindowFigure {
  const monthsInWindow = Math.max(0, (lastQuarter - firstQuarter + 1) * 3);
  if (!series || monthsInWindow === 0) return { value: null, monthsCovered: 0, monthsInWindow };
  const values: number[] = [];
  let monthsCovered = 0;
  for (let q = firstQuarter; q <= lastQuarter; q++) {
    const start = quarterStartMonthIndex(q, startMonth);
    const months: number[] = [];
    for (let i = start; i < start + 3; i++) {
      const v = monthValue(series, i);
      if (typeof v === "number") months.push(v);
    }
    const quarterValue = series.quarters.get(q);
    if (months.length < 3 && typeof quarterValue === "number") {
      values.push(quarterValue);
      if (aggregation === "average") values.push(quarterValue, quarterValue);
      monthsCovered += 3;
    } else {
      values.push(...months);
      monthsCovered += months.length;
    }
  }
  if (values.length === 0 && firstQuarter % 4 === 0 && lastQuarter === firstQuarter + 3) {
    const yearValue = series.years.get(firstQuarter / 4);
    if (typeof yearValue === "number") return { value: yearValue, monthsCovered: 12, monthsInWindow };
  }
  return { value: aggregateValues(values, aggregation), monthsCovered, monthsInWindow };
}
