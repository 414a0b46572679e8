import type { CellValue } from "../../model/grid";
import type { Period } from "../../model/period";
import { month } from "../../model/period";
import { cleanText } from "./cleanText";
import { excelSerialToMonth } from "./excelSerialToMonth";
import { isDateFormat } from "./isDateFormat";
import { monthFromName } from "./monthFromName";
import { expandYear, parseFiscalYearText } from "./parseFiscalYearText";
import { parseQuarter } from "./parseQuarter";
import { stripFootnote } from "./stripFootnote";

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
 * A period as analysts write it: a month (an Excel date serial, `Apr-13`, `Apr 2013`, `April 2013`, `Sep-2013`,
 * `2013-04`, `2013-04-01`, `04/2013`, `1 Apr 2013`), a fiscal quarter (`Q2 2013-14`, `Q2 2013/14`, `2013/14 Q2`,
 * `Q2 13/14`) or a fiscal year (`2013/14`, `2013-14`, `FY2013/14`). `null` when it is none of these.
 *
 * `2011-12` could be December 2011 or the fiscal year 2011/12; it is read as the month, as ISO writes months.
 * Write fiscal years with a slash (`2011/12`) to avoid the doubt.
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
  const text = stripFootnote(cleanText(cell)).text.toLowerCase();
  if (text === "") return null;
  return parseMonthText(text) ?? parseQuarter(text, fiscalStartMonth) ?? parseYearText(text);
}

function parseMonthText(text: string): Period | null {
  let m = ISO_DATE.exec(text);
  if (m) return monthOf(Number(m[1]), Number(m[2]), Number(m[3]));

  m = YEAR_THEN_NUMBER.exec(text);
  if (m) {
    const year = Number(m[1]);
    const second = m[3] ?? "";
    const isNextYear = second.length === 2 && Number(second) === (year + 1) % 100;
    const asMonth = second.length <= 2 ? Number(second) : 0;
    // "2013/14" is a fiscal year; "2013-04" a month; "2011-12" the month (ISO), see parsePeriod.
    if (m[2] === "/" && isNextYear) return null;
    return monthOf(year, asMonth);
  }

  m = NUMBER_THEN_YEAR.exec(text);
  if (m) return monthOf(Number(m[2]), Number(m[1]));

  m = NAME_THEN_YEAR.exec(text);
  if (m) {
    const monthNumber = monthFromName(m[1] ?? "");
    return monthNumber === null ? null : monthOf(expandYear(m[2] ?? ""), monthNumber);
  }

  m = DAY_NAME_YEAR.exec(text);
  if (m) {
    const monthNumber = monthFromName(m[2] ?? "");
    return monthNumber === null ? null : monthOf(expandYear(m[3] ?? ""), monthNumber, Number(m[1]));
  }
  return null;
}

const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const YEAR_THEN_NUMBER = /^(\d{4})([-/])(\d{1,2})$/;
const NUMBER_THEN_YEAR = /^(\d{1,2})[-/.](\d{4})$/;
const NAME_THEN_YEAR = /^([a-z]{3,9})\.?[\s\-/',]*(\d{4}|\d{2})$/;
const DAY_NAME_YEAR = /^(\d{1,2})(?:st|nd|rd|th)?[\s\-/]+([a-z]{3,9})\.?[\s\-/,]+(\d{4}|\d{2})$/;

function monthOf(year: number, monthNumber: number, day = 1): Period | null {
  if (monthNumber < 1 || monthNumber > 12 || day < 1 || day > 31 || year < 1900 || year > 2200) return null;
  return month(year, monthNumber);
}

function parseYearText(text: string): Period | null {
  const m = /^(?:fy\s*)?(\d.*)$/.exec(text);
  const explicit = text.startsWith("fy");
  const body = m?.[1] ?? "";
  // Two-digit pairs ("13/14") are too like other things to be a year unless marked FY.
  if (!explicit && !/^\d{4}/.test(body)) return null;
  const fiscalYear = parseFiscalYearText(body);
  return fiscalYear === null ? null : { kind: "year", fiscalYear };
}
