import type { Month } from "../model/period";
import { normaliseStartMonth } from "./quarterIndex";

/**
 * The fiscal year a month falls in, named by the calendar year the fiscal year starts in.
 * @example getFiscalYear(month(2014, 3), 4) === 2013 // April 2013 - March 2014
 */
export function getFiscalYear(m: Month, startMonth: number): number {
  return m.month >= normaliseStartMonth(startMonth) ? m.year : m.year - 1;
}
