import { format } from "date-fns";
import { monthFromIndex, monthSpan } from "../model/period";
import type { Month, Period, SpanForm } from "../model/period";
import { formatMonthLabel, monthDate } from "./formatMonthLabel";
import { formatMonthsLabel } from "./formatMonthsLabel";
import type { MonthRange } from "./getPeriodMonths";
import { getPeriodMonths } from "./getPeriodMonths";
import { quarterFromIndex, quarterIndex } from "./quarterIndex";

/**
 * The report period before this one, for "this period against last": the month, quarter or year before; a range or
 * rolling total the same length just before (`12 months to Apr-14` before `12 months to Apr-15`); a year to date the
 * same months a year before. Spans it works out are labelled in the style of the span's own form (`Jul-Sep 2023`),
 * since no table wrote them.
 * @example getPreviousPeriod(quarter(2013, 1), 4) // quarter(2012, 4)
 */
export function getPreviousPeriod(period: Period, startMonth: number): Period {
  switch (period.kind) {
    case "month":
      return monthFromIndex(period.year * 12 + period.month - 2);
    case "quarter":
      return quarterFromIndex(quarterIndex(period) - 1);
    case "year":
      return { kind: "year", fiscalYear: period.fiscalYear - 1 };
    case "span": {
      const { first, last } = getPeriodMonths(period, startMonth);
      const by = period.form === "year-to-date" ? 12 : last - first + 1;
      const range = { first: first - by, last: last - by };
      const from = monthFromIndex(range.first);
      const to = monthFromIndex(range.last);
      return monthSpan(from, to, period.form, spanLabel(period.form, from, to, range, startMonth));
    }
    default: {
      const unreachable: never = period;
      return unreachable;
    }
  }
}

function spanLabel(form: SpanForm, from: Month, to: Month, range: MonthRange, startMonth: number): string {
  switch (form) {
    case "rolling":
      return `${range.last - range.first + 1} months to ${formatMonthLabel(to)}`;
    case "range":
      return from.year === to.year ? `${format(monthDate(from), "MMM")}-${format(monthDate(to), "MMM")} ${to.year}` : `${formatMonthLabel(from)} - ${formatMonthLabel(to)}`;
    case "year-to-date":
      return formatMonthsLabel(range, startMonth);
    default: {
      const unreachable: never = form;
      return unreachable;
    }
  }
}
