import type { Quarter } from "../model/period";

/**
 * The same quarter of the previous fiscal year.
 * @example getSameQuarterLastYear(quarter(2013, 2)) // quarter(2012, 2)
 */
export function getSameQuarterLastYear(q: Quarter): Quarter {
  return { kind: "quarter", fiscalYear: q.fiscalYear - 1, quarter: q.quarter };
}
