// The function's own module: "date-fns" itself loads all 250 of them (260 ms of every command-line run).
import { format } from "date-fns/format";
import type { Month } from "../model/period";

/**
 * A month as analysts type it: `Apr-13`. The date is built and formatted in local time, so the machine's time
 * zone cannot shift it into another month.
 * @example formatMonthLabel(month(2013, 4)) === "Apr-13"
 */
export function formatMonthLabel(m: Month): string {
  return format(monthDate(m), "MMM-yy");
}

/** Noon on the first of the month in local time, for date-fns formatting only. */
export function monthDate(m: Month): Date {
  const date = new Date(2000, m.month - 1, 1, 12);
  // Years 0-99 would be read as 1900-1999 by the Date constructor.
  date.setFullYear(m.year);
  return date;
}
