import type { Period } from "../../model/period";
import { cleanText } from "./cleanText";
import type { PeriodForm, PeriodReading } from "./periodForms";
import { parsePeriod } from "./parsePeriod";
import { findPeriodText, parsePeriodText } from "./parsePeriodText";

/**
 * What a column header says about a period: a whole period (`2013/14`, `Q2 2013-14`, `Apr-13`, `Oct-Dec 2022`,
 * `12 months to Apr-15`), a quarter, month or months without a year (`Q2`, `Apr`, `Apr - Sep`) that a year above it
 * or the table's report quarter completes, or the two periods a change column compares.
 */
export type HeaderPeriod = { readonly kind: "explicit"; readonly period: Period } | Exclude<PeriodReading, { readonly kind: "period" }>;

export interface HeaderPeriodMatch {
  readonly period: HeaderPeriod;
  /** The header's other words, in lower case: `rag` in `RAG Q2`, `establishment at` in `Establishment at 30 Sep 13`. */
  readonly rest: string;
  /** The form of `PERIOD_FORMS` it was read by; `null` for a date. */
  readonly form: PeriodForm | null;
}

/**
 * The period a column header names, alone or among other words, in every form of `PERIOD_FORMS`: months (`Apr-13`,
 * `30 Sep 13`, a date), quarters (`Q2 2013-14`, `2013/14 Q2`), fiscal years (`2013/14`, `FY 2021/22`, and `2011-12`,
 * which in a header is the year), spans (`Oct-Dec 2022`, `Jan 12 - Mar 12`, `YTD Dec 22`, `12m to Apr-15`), calendar
 * years and quarters (`2014`, `Q3 2022`), a quarter or month without a year (`Q2`, `Quarter 3`, `Sep`, `Apr - Sep`),
 * and a comparison of two periods (`12m to Apr-15 -v- 12m to Apr-14`). `null` when it names none. A date-formatted
 * number is a month.
 * @example parseHeaderPeriod("RAG Q2", 4) // { period: { kind: "quarter-only", quarter: 2 }, rest: "rag", form: ... }
 */
export function parseHeaderPeriod(text: string, fiscalStartMonth: number, numberFormat?: string, cell?: number): HeaderPeriodMatch | null {
  if (cell !== undefined) {
    const period = parsePeriod(cell, numberFormat, fiscalStartMonth, { periodColumn: true });
    return period ? { period: { kind: "explicit", period }, rest: "", form: null } : null;
  }
  const clean = cleanText(text);
  if (clean === "") return null;
  const whole = parsePeriodText(clean, fiscalStartMonth, { header: true });
  if (whole) return { period: headerPeriod(whole.reading), rest: "", form: whole.form };

  const found = findPeriodText(clean, fiscalStartMonth);
  if (!found) return null;
  const lower = clean.toLowerCase();
  const rest = cleanText(`${lower.slice(0, found.index)} ${lower.slice(found.index + found.text.length)}`)
    .replace(/[()[\],:]+/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  return { period: headerPeriod(found.reading), rest, form: found.form };
}

function headerPeriod(reading: PeriodReading): HeaderPeriod {
  return reading.kind === "period" ? { kind: "explicit", period: reading.period } : reading;
}
