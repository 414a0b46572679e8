import { monthFromIndex } from "../model/period";
import type { Month, Period } from "../model/period";
import { fiscalYearStartMonthIndex, quarterIndex, quarterStartMonthIndex } from "./quarterIndex";

/**
 * The last month a period covers: a month itself, a quarter's third month, a fiscal year's twelfth.
 * @example getPeriodEndMonth(quarter(2013, 2), 4) // month(2013, 9)
 */
export function getPeriodEndMonth(period: Period, startMonth: number): Month {
  switch (period.kind) {
    case "month":
      return period;
    case "quarter":
      return monthFromIndex(quarterStartMonthIndex(quarterIndex(period), startMonth) + 2);
    case "year":
      return monthFromIndex(fiscalYearStartMonthIndex(period.fiscalYear, startMonth) + 11);
    default: {
      const unreachable: never = period;
      return unreachable;
    }
  }
}
