import { monthFromIndex } from "../model/period";
import type { Month, Quarter } from "../model/period";
import { fiscalYearStartMonthIndex } from "./quarterIndex";

/**
 * The months from the start of the quarter's fiscal year to the end of the quarter, in order.
 * @example getYearToDateMonths(quarter(2013, 2), 4) // Apr ... Sep 2013
 */
export function getYearToDateMonths(q: Quarter, startMonth: number): Month[] {
  const first = fiscalYearStartMonthIndex(q.fiscalYear, startMonth);
  const months: Month[] = [];
  for (let i = 0; i < q.quarter * 3; i++) months.push(monthFromIndex(first + i));
  return months;
}
