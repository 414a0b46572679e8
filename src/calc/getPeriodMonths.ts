import { monthIndex } from "../model/period";
import type { Period } from "../model/period";
import { fiscalYearStartMonthIndex, quarterIndex, quarterStartMonthIndex } from "./quarterIndex";

/** A span of months as `monthIndex`es, first and last inclusive, so spans compare and shift as integers. */
export interface MonthRange {
  readonly first: number;
  readonly last: number;
}

/**
 * The months a period covers: a month itself, a fiscal quarter's three, a fiscal year's twelve, a span's own.
 * @example getPeriodMonths(quarter(2013, 2), 4) // { first: monthIndex(Jul-13), last: monthIndex(Sep-13) }
 */
export function getPeriodMonths(period: Period, startMonth: number): MonthRange {
  switch (period.kind) {
    case "month": {
      const i = monthIndex(period);
      return { first: i, last: i };
    }
    case "quarter": {
      const first = quarterStartMonthIndex(quarterIndex(period), startMonth);
      return { first, last: first + 2 };
    }
    case "year": {
      const first = fiscalYearStartMonthIndex(period.fiscalYear, startMonth);
      return { first, last: first + 11 };
    }
    case "span":
      return { first: monthIndex(period.first), last: monthIndex(period.last) };
    default: {
      const unreachable: never = period;
      return unreachable;
    }
  }
}
