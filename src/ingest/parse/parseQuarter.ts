import type { Quarter, QuarterNumber } from "../../model/period";
import { quarter } from "../../model/period";
import { cleanText } from "./cleanText";
import { expandYear, parseFiscalYearText } from "./parseFiscalYearText";

/**
 * A fiscal quarter as scorecards and the command line's `--quarter` name it: `Q2 2013-14`, `Q2 2013/14`,
 * `2013/14 Q2`, `Q2 13/14`, `Q2 FY2013/14`. When the fiscal year starts in January the year stands alone:
 * `Q2 2013`, `2013 Q2`. A single year with any other start is ambiguous (calendar or fiscal?) and gives `null`.
 * @example parseQuarter("Q2 2013-14", 4) // { kind: "quarter", fiscalYear: 2013, quarter: 2 }
 */
export function parseQuarter(text: string, fiscalStartMonth: number): Quarter | null {
  const s = cleanText(text).toLowerCase();
  const match = QUARTER_FIRST.exec(s) ?? YEAR_FIRST.exec(s);
  if (!match?.groups) return null;
  const q = Number(match.groups["q"]) as QuarterNumber;
  const year = match.groups["year"] ?? "";
  const fiscalYear = parseFiscalYearText(year) ?? (fiscalStartMonth === 1 && /^\d{4}$/.test(year) ? expandYear(year) : null);
  return fiscalYear === null ? null : quarter(fiscalYear, q);
}

const YEAR = "(?:fy\\s*)?(?<year>\\d{2,4}(?:\\s*[-/\\u2013]\\s*\\d{2,4})?)";
const QUARTER = "(?:q|qtr|quarter)\\s*(?<q>[1-4])";
const QUARTER_FIRST = new RegExp(`^${QUARTER}[\\s,]*${YEAR}$`);
const YEAR_FIRST = new RegExp(`^${YEAR}[\\s,]*${QUARTER}$`);
