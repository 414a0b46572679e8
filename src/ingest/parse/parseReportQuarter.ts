import type { Quarter, QuarterNumber } from "../../model/period";
import { quarter } from "../../model/period";
import { getFiscalQuarter } from "../../calc/getFiscalQuarter";
import { getPeriodEndMonth } from "../../calc/getPeriodEndMonth";
import { cleanText } from "./cleanText";
import { parseFiscalYearText } from "./parseFiscalYearText";
import { findPeriodText } from "./parsePeriodText";

/**
 * The quarter a report's title or caption names, for tables whose columns do not (`Current`, `Q2`): a quarter
 * (`Q2 2013-14`, `Quarter 2 Report 2013-14`), a span of months (`1 April – 30 September 2013`, `Apr - Dec 2023/24`,
 * `12 months to Dec-22`) or a date (`as at 30 Sep 13`), each read by `PERIOD_FORMS` as the fiscal quarter it ends in.
 * A year alone (`Police and Crime Plan 2013-17`, `2014`) names no quarter. `null` when the text names none.
 * @example parseReportQuarter("Figure 1: key performance indicators – 1 April – 30 September 2013", 4) // quarter(2013, 2)
 */
export function parseReportQuarter(text: string, fiscalStartMonth: number): { readonly quarter: Quarter; readonly text: string } | null {
  const s = cleanText(text).toLowerCase();
  if (s === "") return null;

  // "Quarter 2 Report 2013-14": the quarter and its year apart, with words between.
  const words = /\bquarter\s*([1-4])\b.*?\b(\d{4}\s*[-/\u2013]\s*\d{2,4})\b/.exec(s) ?? /\b(\d{4}\s*[-/\u2013]\s*\d{2,4})\b.*?\bquarter\s*([1-4])\b/.exec(s);
  if (words) {
    const [a = "", b = ""] = [words[1], words[2]];
    const [n, year] = /^[1-4]$/.test(a) ? [a, b] : [b, a];
    const fiscalYear = parseFiscalYearText(year);
    if (fiscalYear !== null && !/\bq[1-4]\b/.test(s)) return { quarter: quarter(fiscalYear, Number(n) as QuarterNumber), text: words[0] };
  }

  const found = findPeriodText(cleanText(text), fiscalStartMonth, (f) => f.form.yearAlone !== true);
  if (!found || found.reading.kind !== "period") return null;
  const end = getPeriodEndMonth(found.reading.period, fiscalStartMonth);
  return { quarter: found.reading.period.kind === "quarter" ? found.reading.period : getFiscalQuarter(end, fiscalStartMonth), text: found.text };
}
