import { monthFromIndex } from "../model/period";
import { formatFiscalYearLabel } from "./formatFiscalYearLabel";
import { formatMonthLabel } from "./formatMonthLabel";
import { formatMonthRangeLabel } from "./formatMonthRangeLabel";
import { formatQuarterLabel } from "./formatQuarterLabel";
import type { MonthRange } from "./getPeriodMonths";
import { fiscalYearStartMonthIndex, quarterFromIndex, quarterIndexOfMonth, quarterStartMonthIndex } from "./quarterIndex";

/**
 * A span of months the scorecard worked out itself (a year to date, the same months a year earlier), labelled in the
 * scorecard's words: a month `Sep-13`, a fiscal quarter `Q2 2013-14`, a fiscal year `2013/14`, months within one
 * fiscal year `Apr - Sep 2013/14`, and any other span `May-14 - Apr-15`.
 * @example formatMonthsLabel({ first: monthIndex(month(2013, 4)), last: monthIndex(month(2013, 9)) }, 4) === "Apr - Sep 2013/14"
 */
export function formatMonthsLabel(range: MonthRange, startMonth: number): string {
  const { first, last } = range;
  if (first === last) return formatMonthLabel(monthFromIndex(first));
  const q = quarterIndexOfMonth(first, startMonth);
  if (quarterStartMonthIndex(q, startMonth) === first && last === first + 2) return formatQuarterLabel(quarterFromIndex(q), startMonth);
  const fiscalYear = Math.floor(q / 4);
  const yearStart = fiscalYearStartMonthIndex(fiscalYear, startMonth);
  if (first === yearStart && last === yearStart + 11) return formatFiscalYearLabel(fiscalYear, startMonth);
  if (last <= yearStart + 11) {
    return `${formatMonthRangeLabel([monthFromIndex(first), monthFromIndex(last)])} ${formatFiscalYearLabel(fiscalYear, startMonth)}`;
  }
  return `${formatMonthLabel(monthFromIndex(first))} - ${formatMonthLabel(monthFromIndex(last))}`;
}
