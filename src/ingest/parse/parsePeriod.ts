import type { CellValue } from "../../model/grid";
import type { Period } from "../../model/period";
import { excelSerialToMonth } from "./excelSerialToMonth";
import { isDateFormat } from "./isDateFormat";
import { parsePeriodText } from "./parsePeriodText";

export interface ParsePeriodOptions {
  /**
   * The cell is in a period column (or is a period header), so a plain number in the range of plausible dates
   * (1950-2099) is read as a date serial whose format was lost. Elsewhere only date-formatted numbers are dates.
   */
  readonly periodColumn?: boolean;
}

/** Serials of 1 Jan 1950 and 31 Dec 2099. */
const PLAUSIBLE_SERIALS = { from: 18_264, to: 73_050 } as const;

/**
 * A period as analysts write it in a cell: an Excel date serial (a month), or text in any complete form of
 * `PERIOD_FORMS`: a month (`Apr-13`, `April 2013`, `2013-04`, `04/2013`, `1 Apr 2013`), a fiscal quarter
 * (`Q2 2013-14`, `2013/14 Q2`, `Q2 13/14`), a fiscal year (`2013/14`, `FY2013/14`) or a span of months (`Oct-Dec 2022`,
 * `Jan 12 - Mar 12`, `YTD Dec 22`, `12 months to Dec-22`). `null` when it is none of these.
 *
 * `2011-12` could be December 2011 or the fiscal year 2011/12; in a cell it is read as the month, as ISO writes
 * months (a column header reads it as the year: `parseHeaderPeriod`). Write fiscal years with a slash (`2011/12`).
 *
 * @example parsePeriod("Apr-13", undefined, 4) // { kind: "month", year: 2013, month: 4 }
 * @example parsePeriod("2013/14", undefined, 4) // { kind: "year", fiscalYear: 2013 }
 */
export function parsePeriod(
  cell: CellValue,
  numberFormat: string | undefined,
  fiscalStartMonth: number,
  options: ParsePeriodOptions = {},
): Period | null {
  if (typeof cell === "number") {
    if (isDateFormat(numberFormat)) return excelSerialToMonth(cell);
    const plausible = cell >= PLAUSIBLE_SERIALS.from && cell <= PLAUSIBLE_SERIALS.to;
    const percent = numberFormat?.includes("%") ?? false;
    return options.periodColumn && plausible && !percent ? excelSerialToMonth(cell) : null;
  }
  if (typeof cell !== "string") return null;
  return cachedText(cell, fiscalStartMonth);
}

// Long data repeats the same few period texts on every row: each is read once per build, not once per row.
const cache = new Map<string, Period | null>();

function cachedText(text: string, fiscalStartMonth: number): Period | null {
  const key = `${fiscalStartMonth}\u0000${text}`;
  const known = cache.get(key);
  if (known !== undefined) return known;
  const read = parsePeriodText(text, fiscalStartMonth);
  const period = read?.reading.kind === "period" ? read.reading.period : null;
  if (cache.size >= 10_000) cache.clear();
  cache.set(key, period);
  return period;
}
