import { normaliseStartMonth } from "./quarterIndex";

/**
 * A fiscal year as UK public bodies write it: `2013/14`; a year starting in January is just `2013`.
 * @example formatFiscalYearLabel(2013, 4) === "2013/14"
 */
export function formatFiscalYearLabel(fiscalYear: number, startMonth: number): string {
  if (normaliseStartMonth(startMonth) === 1) return String(fiscalYear);
  return `${fiscalYear}/${twoDigitYear(fiscalYear + 1)}`;
}

/** The last two digits of a year, `2014` -> `14`, `2100` -> `00`. */
export function twoDigitYear(year: number): string {
  return String(((year % 100) + 100) % 100).padStart(2, "0");
}
