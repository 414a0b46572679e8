import type { Period } from "../model/period";
import { monthIndex } from "../model/period";
import { format } from "date-fns";
import { formatFiscalYearLabel, twoDigitYear } from "./formatFiscalYearLabel";
import { formatMonthLabel, monthDate } from "./formatMonthLabel";
import { formatQuarterLabel } from "./formatQuarterLabel";

/**
 * A period as output sheet names carry it: short enough for Excel's 31 characters after `Finance variance ` (14 at
 * most) and free of the characters sheet names cannot hold (`/`). Months, quarters and years as the scorecard labels
 * them (`Apr-13`, `Q2 2013-14`, `2013-14`); spans by their months: `Oct-Dec 2022`, `May 13-Apr 14`, `YTD Dec-22`,
 * `12m to Apr-15`. `isOutputSheetName` recognises exactly these shapes.
 * @example formatSheetPeriodLabel(monthSpan(month(2014, 5), month(2015, 4), "rolling", "12 months to Apr-15"), 4) === "12m to Apr-15"
 */
export function formatSheetPeriodLabel(period: Period, startMonth: number): string {
  switch (period.kind) {
    case "month":
      return formatMonthLabel(period);
    case "quarter":
      return formatQuarterLabel(period, startMonth);
    case "year":
      return formatFiscalYearLabel(period.fiscalYear, startMonth).replace("/", "-");
    case "span": {
      const { first, last } = period;
      const length = monthIndex(last) - monthIndex(first) + 1;
      if (length === 1) return formatMonthLabel(last);
      if (period.form === "year-to-date") return `YTD ${formatMonthLabel(last)}`;
      if (period.form === "rolling") return `${length}m to ${formatMonthLabel(last)}`;
      const name = (m: typeof first) => format(monthDate(m), "MMM");
      if (first.year === last.year) return `${name(first)}-${name(last)} ${last.year}`;
      return `${name(first)} ${twoDigitYear(first.year)}-${name(last)} ${twoDigitYear(last.year)}`;
    }
    default: {
      const unreachable: never = period;
      return unreachable;
    }
  }
}
