import type { Quarter, QuarterNumber } from "../../model/period";
import { month, quarter } from "../../model/period";
import { cleanText } from "./cleanText";
import { getFiscalQuarter } from "../../calc/getFiscalQuarter";
import { monthFromName } from "./monthFromName";
import { expandYear, parseFiscalYearText } from "./parseFiscalYearText";
import { parseQuarter } from "./parseQuarter";

/**
 * The quarter a report's title or caption names, for tables whose columns do not (`Current`, `Q2`): a quarter
 * (`Q2 2013-14`, `Quarter 2 Report 2013-14`), a span of months ending in a year (`1 April – 30 September 2013`,
 * `Apr - Sep 2013/14`), or a date (`as at 30 Sep 13`), each read as the fiscal quarter it ends in. `null` when the
 * text names none.
 * @example parseReportQuarter("Figure 1: key performance indicators – 1 April – 30 September 2013", 4) // quarter(2013, 2)
 */
export function parseReportQuarter(text: string, fiscalStartMonth: number): { readonly quarter: Quarter; readonly text: string } | null {
  const s = cleanText(text).toLowerCase();
  if (s === "") return null;

  const q = /\b(?:q|qtr)\s*[1-4][\s,]*(?:fy\s*)?\d{2,4}\s*[-/\u2013]\s*\d{2,4}\b|\b\d{4}\s*[-/\u2013]\s*\d{2,4}\s*(?:q|qtr)\s*[1-4]\b/.exec(s);
  const parsed = q ? parseQuarter(q[0], fiscalStartMonth) : null;
  if (q && parsed) return { quarter: parsed, text: q[0] };

  const words = /\bquarter\s*([1-4])\b.*?\b(\d{4}\s*[-/\u2013]\s*\d{2,4})\b/.exec(s) ?? /\b(\d{4}\s*[-/\u2013]\s*\d{2,4})\b.*?\bquarter\s*([1-4])\b/.exec(s);
  if (words) {
    const [a = "", b = ""] = [words[1], words[2]];
    const [n, year] = /^[1-4]$/.test(a) ? [a, b] : [b, a];
    const fiscalYear = parseFiscalYearText(year);
    if (fiscalYear !== null) return { quarter: quarter(fiscalYear, Number(n) as QuarterNumber), text: words[0] };
  }

  // A span of months, or a single date: the quarter it ends in. The last month name with a year after it wins.
  const span = /(?:\d{1,2}(?:st|nd|rd|th)?\s+)?([a-z]{3,9})\.?\s*(?:\d{2,4}\s*)?(?:-|\u2013|\u2014|to)\s*(?:\d{1,2}(?:st|nd|rd|th)?\s+)?([a-z]{3,9})\.?\s+(\d{4}\s*[-/\u2013]\s*\d{2,4}|\d{4}|\d{2})\b/.exec(s);
  if (span && monthFromName(span[1] ?? "") !== null) {
    const end = endMonth(span[2] ?? "", span[3] ?? "", fiscalStartMonth);
    if (end) return { quarter: getFiscalQuarter(end, fiscalStartMonth), text: span[0] };
  }
  const date = /\b(?:\d{1,2}(?:st|nd|rd|th)?\s+)?([a-z]{3,9})\.?\s+(\d{4}|\d{2})\b/g;
  for (let m = date.exec(s); m; m = date.exec(s)) {
    const end = endMonth(m[1] ?? "", m[2] ?? "", fiscalStartMonth);
    if (end) return { quarter: getFiscalQuarter(end, fiscalStartMonth), text: m[0] };
  }
  return null;
}

/** The month a span ends in: `September` and `2013`, or `Sep` and the fiscal year `2013/14`. */
function endMonth(name: string, year: string, fiscalStartMonth: number) {
  const m = monthFromName(name);
  if (m === null) return null;
  const fiscalYear = parseFiscalYearText(year);
  if (fiscalYear !== null) return month(m >= fiscalStartMonth ? fiscalYear : fiscalYear + 1, m);
  if (!/^\d{2}$|^\d{4}$/.test(year)) return null;
  const y = expandYear(year);
  return y < 1950 || y > 2100 ? null : month(y, m);
}
