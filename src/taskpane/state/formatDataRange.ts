import type { Month } from "../../model/period";

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/**
 * The span of a workbook's data as analysts write months: `Apr-11 to Sep-13`. Written here rather than with calc's
 * `formatMonthLabel` so the Excel bundle need not carry date-fns just for the pane's summary (the test keeps the
 * two in step).
 * @example formatDataRange(month(2011, 4), month(2013, 9)) === "Apr-11 to Sep-13"
 */
export function formatDataRange(first: Month, last: Month): string {
  return `${formatMonth(first)} to ${formatMonth(last)}`;
}

function formatMonth(m: Month): string {
  return `${MONTHS[m.month - 1] ?? "?"}-${String(((m.year % 100) + 100) % 100).padStart(2, "0")}`;
}
