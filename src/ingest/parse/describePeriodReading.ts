import { formatFiscalYearLabel } from "../../calc/formatFiscalYearLabel";
import { formatQuarterLabel } from "../../calc/formatQuarterLabel";
import { getPeriodMonths } from "../../calc/getPeriodMonths";
import type { Period } from "../../model/period";
import type { PeriodReading } from "./periodForms";

const NAMES = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

function monthName(index: number): string {
  return `${NAMES[((index % 12) + 12) % 12] ?? ""} ${Math.floor(index / 12)}`;
}

/**
 * How a period text was read, in words an analyst can check against the header: `Apr 2013`, `Q2 2013-14: Jul 2013 -
 * Sep 2013`, `2013/14: Apr 2013 - Mar 2014`, `Oct 2022 - Dec 2022 (range)`, `Q2 of the report year`. The period
 * forms' examples are written this way, and the issue that says how a header was read uses it.
 * @example describePeriodReading({ kind: "period", period: quarter(2013, 2) }, 4) === "Q2 2013-14: Jul 2013 - Sep 2013"
 */
export function describePeriodReading(reading: PeriodReading, fiscalStartMonth: number): string {
  switch (reading.kind) {
    case "period":
      return describePeriod(reading.period, fiscalStartMonth);
    case "quarter-only":
      return `Q${reading.quarter} of the report year`;
    case "month-only":
      return `${NAMES[reading.month - 1] ?? ""} of the report year`;
    case "months-only":
      return `${NAMES[reading.from - 1] ?? ""} - ${NAMES[reading.to - 1] ?? ""} of the report year`;
    case "comparison":
      return `${describePeriod(reading.current, fiscalStartMonth)} against ${describePeriod(reading.previous, fiscalStartMonth)}`;
    default: {
      const unreachable: never = reading;
      return unreachable;
    }
  }
}

function describePeriod(period: Period, fiscalStartMonth: number): string {
  const { first, last } = getPeriodMonths(period, fiscalStartMonth);
  const months = `${monthName(first)} - ${monthName(last)}`;
  switch (period.kind) {
    case "month":
      return monthName(first);
    case "quarter":
      return `${formatQuarterLabel(period, fiscalStartMonth)}: ${months}`;
    case "year":
      return `${formatFiscalYearLabel(period.fiscalYear, fiscalStartMonth)}: ${months}`;
    case "span":
      return `${months} (${period.form === "year-to-date" ? "year to date" : period.form})`;
    default: {
      const unreachable: never = period;
      return unreachable;
    }
  }
}
