import { fiscalYearStartMonthIndex, normaliseStartMonth } from "./quarterIndex";

/** Months before the charted window that its first rolling 12-month figure needs. */
export const ROLLING_LEAD_MONTHS = 11;

/** Fiscal years charted before the one the period ends in. */
const YEARS_BEFORE = 2;

/**
 * The months a scorecard charts, as `monthIndex` numbers: from the start of the fiscal year two before the one the
 * reported period ends in, to its end. Seed 000 (Dorset, Q2 2013-14) charts "going back to April 2011": the current
 * year and the two before it. A build needs data from `first - ROLLING_LEAD_MONTHS` on (the rolling 12 months at the
 * first charted month), and nothing older, so a host may skip older months when it reads.
 * @example getChartWindow(monthIndex(month(2013, 9)), 4) // { first: monthIndex(month(2011, 4)), last: monthIndex(month(2013, 9)) }
 */
export function getChartWindow(lastMonthIndex: number, startMonth: number): { readonly first: number; readonly last: number } {
  const start = normaliseStartMonth(startMonth);
  const fiscalYear = Math.floor((lastMonthIndex - (start - 1)) / 12);
  return { first: fiscalYearStartMonthIndex(fiscalYear - YEARS_BEFORE, start), last: lastMonthIndex };
}
