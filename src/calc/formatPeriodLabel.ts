import type { Period } from "../model/period";
import { formatFiscalYearLabel } from "./formatFiscalYearLabel";
import { formatMonthLabel } from "./formatMonthLabel";
import { formatQuarterLabel } from "./formatQuarterLabel";

/**
 * A period as the scorecard and its messages name it: `Apr-13`, `Q2 2013-14`, `2013/14` (with a January year start:
 * `Q2 2013`, `2013`), and a span as its table labels it (`Oct-Dec 2023`, `12 months to Apr-15`).
 * @example formatPeriodLabel(quarter(2013, 2), 4) === "Q2 2013-14"
 */
export function formatPeriodLabel(period: Period, startMonth: number): string {
  switch (period.kind) {
    case "month":
      return formatMonthLabel(period);
    case "quarter":
      return formatQuarterLabel(period, startMonth);
    case "year":
      return formatFiscalYearLabel(period.fiscalYear, startMonth);
    case "span":
      return period.label;
    default: {
      const unreachable: never = period;
      return unreachable;
    }
  }
}
