// The function's own module: "date-fns" itself loads all 250 of them (260 ms of every command-line run).
import { format } from "date-fns/format";
import { monthIndex } from "../model/period";
import type { Month } from "../model/period";
import { monthDate } from "./formatMonthLabel";

/**
 * The span of some months as a column heading: `Apr - Sep`; one month is just `Apr`; no months is `""`.
 * The earliest and latest months are used whatever the order given.
 * @example formatMonthRangeLabel([month(2013, 4), month(2013, 5), month(2013, 6)]) === "Apr - Jun"
 */
export function formatMonthRangeLabel(months: readonly Month[]): string {
  let first: Month | undefined;
  let last: Month | undefined;
  for (const m of months) {
    if (!first || monthIndex(m) < monthIndex(first)) first = m;
    if (!last || monthIndex(m) > monthIndex(last)) last = m;
  }
  if (!first || !last) return "";
  const from = format(monthDate(first), "MMM");
  return monthIndex(first) === monthIndex(last) ? from : `${from} - ${format(monthDate(last), "MMM")}`;
}
