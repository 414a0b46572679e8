import type { Period } from "../model/period";
import { formatFiscalYearLabel } from "./formatFiscalYearLabel";
import { formatMonthLabel } from "./formatMonthLabel";
import { formatQuarterLabel } from "./formatQuarterLabel";

/**
 * A period as the scorecard and its messages name it: as its table labels it where one did (`Oct-Dec 2023`,
 * `12 months to Apr-15`, `Q1 2024/25`), else `Apr-13`, `Q2 2013-14`, `2013/14` (with a January year start:
 * `Q2 2013`, `2013`).
 * @example formatPeriodLabel(quarter(2013, 2), 4) === "Q2 2013-14"
 */
export function formatPeriodLabel(period: Period, startMonth: number): string {
  switch (period.kind) {
    case "month":
      return period.label ?? formatMonthLabel(period);
    case "quarter":
      return period.label ?? formatQuarterLabel(period, startMonth);
    case "year":
      return period.label ?? formatFiscalYearLabel(period.fiscalYear, startMonth);
    case "span":
      return period.label;
    default: {
      const unreachable: never = period;
      return unreachable;
    }
  }
}
