import type { Aggregation } from "../model/kpi";
import { cleanFloat } from "./cleanFloat";
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
 * Rolls a series up over whole fiscal quarters `firstQuarter`..`lastQuarter` (as `quarterIndex`es), by the KPI's
 * aggregation, with the same rules as `aggregateValues`.
 * Each quarter contributes its three monthly values when all three are there, else its quarter-level value when
 * there is one, else whatever months it has. A window that is exactly one fiscal year with nothing else falls back
 * to a year-level value. For `average`, a quarter value weighs as its three months.
 * It accumulates as it goes rather than collecting values for `aggregateValues`: it runs for every KPI and segment
 * of a workbook, twice per quarter.
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
  let total = 0;
  let weight = 0;
  let last: number | null = null;
  let monthsCovered = 0;
  for (let q = firstQuarter; q <= lastQuarter; q++) {
    const start = quarterStartMonthIndex(q, startMonth);
    const a = monthValue(series, start);
    const b = monthValue(series, start + 1);
    const c = monthValue(series, start + 2);
    const present = (typeof a === "number" ? 1 : 0) + (typeof b === "number" ? 1 : 0) + (typeof c === "number" ? 1 : 0);
    const quarterValue = present < 3 ? series.quarters.get(q) : undefined;
    if (typeof quarterValue === "number") {
      total += aggregation === "average" ? quarterValue * 3 : quarterValue;
      weight += 3;
      last = quarterValue;
      monthsCovered += 3;
      continue;
    }
    for (const v of [a, b, c]) {
      if (typeof v !== "number") continue;
      total += v;
      weight += 1;
      last = v;
    }
    monthsCovered += present;
  }
  if (weight === 0) {
    if (firstQuarter % 4 === 0 && lastQuarter === firstQuarter + 3) {
      const yearValue = series.years.get(firstQuarter / 4);
      if (typeof yearValue === "number") return { value: yearValue, monthsCovered: 12, monthsInWindow };
    }
    return { value: null, monthsCovered, monthsInWindow };
  }
  const value = aggregation === "sum" ? cleanFloat(total) : aggregation === "average" ? cleanFloat(total / weight) : last;
  return { value, monthsCovered, monthsInWindow };
}
