import { monthFromIndex } from "../model/period";
import type { Month, Quarter } from "../model/period";
import { quarterIndex, quarterStartMonthIndex } from "./quarterIndex";

/**
 * The three months of a fiscal quarter, in order.
 * @example getQuarterMonths(quarter(2013, 4), 4) // Jan, Feb, Mar 2014
 */
export function getQuarterMonths(q: Quarter, startMonth: number): Month[] {
  const first = quarterStartMonthIndex(quarterIndex(q), startMonth);
  return [monthFromIndex(first), monthFromIndex(first + 1), monthFromIndex(first + 2)];
}
