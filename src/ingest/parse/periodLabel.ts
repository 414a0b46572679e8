import { formatFiscalYearLabel } from "../../calc/formatFiscalYearLabel";
import { formatMonthLabel } from "../../calc/formatMonthLabel";
import { formatQuarterLabel } from "../../calc/formatQuarterLabel";
import type { Period } from "../../model/period";

/**
 * A period as messages name it, the way the scorecard does (the same formatters): `Apr-13`, `Q2 2013-14`, `2013/14`
 * (with a January year start: `Q2 2013`, `2013`).
 * @example periodLabel(quarter(2013, 2), 4) === "Q2 2013-14"
 */
export function periodLabel(period: Period, fiscalStartMonth: number): string {
  switch (period.kind) {
    case "month":
      return formatMonthLabel(period);
    case "quarter":
      return formatQuarterLabel(period, fiscalStartMonth);
    case "year":
      return formatFiscalYearLabel(period.fiscalYear, fiscalStartMonth);
    default: {
      const unreachable: never = period;
      return unreachable;
    }
  }
}
