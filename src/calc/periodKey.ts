import { monthIndex } from "../model/period";
import type { Period } from "../model/period";
import { getPeriodMonths } from "./getPeriodMonths";

/**
 * A period as one integer, for keys: two periods of the same months have the same key, however they were written
 * (`Q3 2022-23` and `Oct-Dec 2022` with an April year start), so a figure given twice is caught.
 * @example periodKey(quarter(2013, 2), 4) === periodKey(monthSpan(month(2013, 7), month(2013, 9), "range", "Jul-Sep 2013"), 4)
 */
export function periodKey(period: Period, startMonth: number): number {
  // Months are most of a workbook's periods: keyed without building their range.
  if (period.kind === "month") return monthIndex(period) * 1000;
  const { first, last } = getPeriodMonths(period, startMonth);
  // Spans longer than 1,000 months are not periods any table gives; the key stays unique below that.
  return first * 1000 + Math.min(999, Math.max(0, last - first));
}
