import type { Period } from "../model/period";

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/**
 * A period as messages name it, the way scorecards do: `Apr-13`, `Q2 2013-14`, `2013/14` (with a January year
 * start: `Q2 2013`, `2013`).
 * @example periodLabel(quarter(2013, 2), 4) === "Q2 2013-14"
 */
export function periodLabel(period: Period, fiscalStartMonth: number): string {
  const calendar = fiscalStartMonth === 1;
  const twoDigits = (year: number) => String(((year % 100) + 100) % 100).padStart(2, "0");
  switch (period.kind) {
    case "month":
      return `${MONTHS[period.month - 1] ?? "?"}-${twoDigits(period.year)}`;
    case "quarter":
      return calendar ? `Q${period.quarter} ${period.fiscalYear}` : `Q${period.quarter} ${period.fiscalYear}-${twoDigits(period.fiscalYear + 1)}`;
    case "year":
      return calendar ? String(period.fiscalYear) : `${period.fiscalYear}/${twoDigits(period.fiscalYear + 1)}`;
    default: {
      const unreachable: never = period;
      return unreachable;
    }
  }
}
