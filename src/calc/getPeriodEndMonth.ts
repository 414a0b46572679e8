import { monthFromIndex } from "../model/period";
import type { Month, Period } from "../model/period";
import { getPeriodMonths } from "./getPeriodMonths";

/**
 * The last month a period covers: a month itself, a quarter's third month, a fiscal year's twelfth, a span's last.
 * @example getPeriodEndMonth(quarter(2013, 2), 4) // month(2013, 9)
 */
export function getPeriodEndMonth(period: Period, startMonth: number): Month {
  return period.kind === "month" ? period : monthFromIndex(getPeriodMonths(period, startMonth).last);
}
