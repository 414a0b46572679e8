/**
 * Every way of writing a period that Scorecard Builder reads, as one table. Each form is a template of tokens (as
 * date-fns' `parse` reads its format tokens), the examples it reads (a test reads every one, and
 * `docs/workbook-format.md` lists them), and what it means. `parsePeriodText` tries them in this order, so the more
 * specific come first. Adding a form is one row here and its examples.
 *
 * Tokens, separated in a template by spaces: between two tokens any run of spaces, `-`, `'`, `.`, `,`, `/` or `:`
 * may stand (`Apr-13`, `Apr 2013`, `Jul '17`). A token ending in `?` may be left out.
 */
import type { Month, Period, QuarterNumber, SpanForm } from "../../model/period";
import { fiscalYear, month, monthSpan, quarter } from "../../model/period";
import { monthFromName } from "./monthFromName";
import { expandYear, parseFiscalYearText } from "./parseFiscalYearText";

/**
 * What a period text means.
 * - `period`: a whole period: a month, a fiscal quarter or year, or a span of months (`Oct-Dec 2022`).
 * - `quarter-only`, `month-only`, `months-only`: a column header without its year (`Q2`, `Sep`, `Apr - Sep`), which
 *   a year above it or the table's report period completes.
 * - `comparison`: a change column's header naming the two periods it compares (`12m to Apr-15 -v- 12m to Apr-14`).
 */
export type PeriodReading =
  | { readonly kind: "period"; readonly period: Period }
  | { readonly kind: "quarter-only"; readonly quarter: QuarterNumber }
  | { readonly kind: "month-only"; readonly month: number }
  | { readonly kind: "months-only"; readonly from: number; readonly to: number }
  | { readonly kind: "comparison"; readonly current: Period; readonly previous: Period };

export type PeriodToken =
  | "DAY"
  | "MON"
  | "YEAR"
  | "YYYY"
  | "MM"
  | "FY"
  | "FYY"
  | "FYWORD"
  | "CYWORD"
  | "Q"
  | "TO"
  | "YTD"
  | "N"
  | "MONTHS"
  | "ROLLING"
  | "YEARWORD"
  | "ENDING"
  | "VS"
  | "ANY";

/** The regular expression each token stands for, in lower case and without capturing groups. */
export const PERIOD_TOKENS: Readonly<Record<PeriodToken, string>> = {
  DAY: "\\d{1,2}(?:st|nd|rd|th)?",
  MON: "(?:january|february|march|april|may|june|july|august|september|october|november|december|sept|jan|feb|mar|apr|jun|jul|aug|sep|oct|nov|dec)\\.?",
  YEAR: "\\d{4}|['\u2019]?\\d{2}",
  YYYY: "\\d{4}",
  MM: "\\d{1,2}",
  // `2013/14`, `2013-14`, `2013/2014`, `2021 - 22`, and GOV.UK's `2023 to 2024`.
  FY: "\\d{4}\\s*[-/\u2013]\\s*(?:\\d{4}|\\d{2})|\\d{4}\\s+to\\s+\\d{4}",
  FYY: "(?:\\d{4}|\\d{2})\\s*[-/\u2013]\\s*(?:\\d{4}|\\d{2})|\\d{4}\\s+to\\s+\\d{4}",
  FYWORD: "fy|f/y|financial\\s+year|fiscal\\s+year",
  CYWORD: "cy|calendar\\s+year",
  Q: "(?:q|qtr|quarter)\\s*[1-4]",
  TO: "-|\u2013|\u2014|to|until|till|through|thru",
  YTD: "fytd|ytd|y\\.t\\.d\\.?|(?:financial\\s+|fiscal\\s+)?year[\\s-]+to[\\s-]+date",
  N: "\\d{1,2}",
  MONTHS: "months?|mths?|mnths?|m",
  ROLLING: "rolling|r",
  YEARWORD: "year|yr",
  ENDING: "to|ending|ended|end",
  VS: "-v-|vs\\.?|versus|v\\.?|compared\\s+(?:with|to)|against",
  ANY: ".+?",
};

/** The tokens of a match, in template order: `get("MON", 1)` is the second month name, in lower case. */
export interface MatchedTokens {
  get(token: PeriodToken, index?: number): string | undefined;
  /** The same token as written, in its own case. */
  written(token: PeriodToken, index?: number): string | undefined;
}

export interface PeriodReadContext {
  readonly fiscalStartMonth: number;
  /** The text as written (cleaned), for a span's label. */
  readonly label: string;
  /** The whole text in lower case, for the rare form that looks at a separator. */
  readonly text: string;
  /**
   * The text heads a column, where the other columns show what kind of year is meant: `2014` and `Q3 2022` are then
   * calendar periods; a cell of a Period column saying so (calendar or fiscal?) is reported instead.
   */
  readonly header: boolean;
  /** The text was found inside a longer header (`Population 2011`), where a bare year is a word, not a period. */
  readonly within: boolean;
  /** Reads another period text, for a comparison's two sides. */
  readonly readPeriod: (text: string) => Period | null;
}

export interface PeriodExample {
  readonly text: string;
  /** What it reads as, as `describePeriodReading` words it. */
  readonly reads: string;
  /** The fiscal year start the example assumes; April unless said. */
  readonly fiscalStartMonth?: number;
  /** Read so only in a column header (`PeriodReadContext.header`). */
  readonly header?: boolean;
}

export interface PeriodForm {
  /** How the documentation names the form. */
  readonly name: string;
  readonly template: string;
  readonly examples: readonly PeriodExample[];
  /** It names a year alone, which in a title is the year of a plan or a publication rather than a period reported. */
  readonly yearAlone?: true;
  readonly read: (tokens: MatchedTokens, context: PeriodReadContext) => PeriodReading | null;
}

const whole = (period: Period | null): PeriodReading | null => (period ? { kind: "period", period } : null);

/** `13`, `'13`, `2013` -> 2013; `null` outside 1900-2200. */
function yearOf(text: string | undefined): number | null {
  if (text === undefined) return null;
  const digits = text.replace(/^['\u2019]/, "");
  if (!/^\d{2}$|^\d{4}$/.test(digits)) return null;
  const year = expandYear(digits);
  return year < 1900 || year > 2200 ? null : year;
}

function monthOf(year: number | null, monthNumber: number | null): Month | null {
  if (year === null || monthNumber === null || monthNumber < 1 || monthNumber > 12) return null;
  return month(year, monthNumber);
}

const named = (text: string | undefined) => (text === undefined ? null : monthFromName(text));

function monthIndexOf(m: Month): number {
  return m.year * 12 + m.month - 1;
}

function fromIndex(i: number): Month {
  return month(Math.floor(i / 12), (i % 12) + 1);
}

/** The longest span a table heads a column with: ten years. */
const MAX_SPAN_MONTHS = 120;

function span(first: Month | null, last: Month | null, form: SpanForm, label: string): PeriodReading | null {
  if (!first || !last) return null;
  const length = monthIndexOf(last) - monthIndexOf(first) + 1;
  if (length < 1 || length > MAX_SPAN_MONTHS) return null;
  return whole(monthSpan(first, last, form, label));
}

/** `Q2` -> 2. */
function quarterNumber(text: string | undefined): QuarterNumber | null {
  const digit = /[1-4]$/.exec(text ?? "")?.[0];
  return digit ? (Number(digit) as QuarterNumber) : null;
}

/** The first fiscal year of `2013/14`, `2013-14`, `13/14`, `2013/2014`, `2023 to 2024`. */
function fiscalYearOf(text: string | undefined): number | null {
  return text === undefined ? null : parseFiscalYearText(text.replace(/\s+to\s+/, "/").replace(/\s+/g, ""));
}

/** The month a fiscal year's `m` falls in: with an April start, Sep of 2013/14 is Sep 2013, Feb is Feb 2014. */
function monthInFiscalYear(fy: number, m: number, start: number): Month {
  return month(m >= start ? fy : fy + 1, m);
}

/** The first month of the fiscal year holding `last`. */
function fiscalYearStart(last: Month, start: number): Month {
  return month(last.month >= start ? last.year : last.year - 1, start);
}

/** A calendar quarter (`Q3 2022` with an April year start): July to September 2022. */
function calendarQuarter(q: QuarterNumber, year: number, label: string): PeriodReading | null {
  return span(month(year, (q - 1) * 3 + 1), month(year, q * 3), "range", label);
}

function fiscalOrCalendarQuarter(q: QuarterNumber | null, year: number | null, context: PeriodReadContext): PeriodReading | null {
  if (q === null || year === null) return null;
  if (context.fiscalStartMonth === 1) return whole(quarter(year, q));
  return context.header ? calendarQuarter(q, year, context.label) : null;
}

/** `Q3 2022/23`, `2022-23 Q3`: the quarter of the fiscal year. */
function fiscalQuarter(t: MatchedTokens): PeriodReading | null {
  const q = quarterNumber(t.get("Q"));
  const fy = fiscalYearOf(t.get("FYY"));
  return q === null || fy === null ? null : whole(quarter(fy, q));
}

/** `YTD Dec 22`: from the start of the fiscal year holding the month to the month. */
function yearToDate(t: MatchedTokens, c: PeriodReadContext): PeriodReading | null {
  const last = monthOf(yearOf(t.get("YEAR")), named(t.get("MON")));
  return last ? span(fiscalYearStart(last, c.fiscalStartMonth), last, "year-to-date", c.label) : null;
}

function rolling(n: string | undefined, mon: string | undefined, year: string | undefined, label: string): PeriodReading | null {
  const count = Number(n);
  const last = monthOf(yearOf(year), named(mon));
  if (!last || !Number.isInteger(count) || count < 1) return null;
  return span(fromIndex(monthIndexOf(last) - count + 1), last, "rolling", label);
}

/** A range of months where the first may have no year: it takes the last's, or the year before if it is later. */
function monthRange(fromMon: string | undefined, fromYear: number | null, last: Month | null, label: string, start: number): PeriodReading | null {
  const from = named(fromMon);
  if (!last || from === null) return null;
  const year = fromYear ?? (from <= last.month ? last.year : last.year - 1);
  return span(month(year, from), last, spanForm(month(year, from), last, start), label);
}

/** A span from the fiscal year start, longer than a quarter and shorter than the year, is a year to date. */
export function spanForm(first: Month, last: Month, start: number): SpanForm {
  const length = monthIndexOf(last) - monthIndexOf(first) + 1;
  return first.month === start && length > 3 && length < 12 ? "year-to-date" : "range";
}

export const PERIOD_FORMS: readonly PeriodForm[] = [
  {
    name: "Date",
    template: "YYYY MM DAY",
    examples: [{ text: "2013-04-01", reads: "Apr 2013" }],
    read: (t) => {
      const day = Number(t.get("DAY")?.replace(/\D/g, ""));
      return day >= 1 && day <= 31 ? whole(monthOf(yearOf(t.get("YYYY")), Number(t.get("MM")))) : null;
    },
  },
  {
    name: "Day, month and year",
    template: "DAY MON YEAR",
    examples: [
      { text: "1 Apr 2013", reads: "Apr 2013" },
      { text: "30 Sep 13", reads: "Sep 2013" },
    ],
    read: (t) => whole(monthOf(yearOf(t.get("YEAR")), named(t.get("MON")))),
  },
  {
    name: "Month and year",
    template: "MON YEAR",
    examples: [
      { text: "Apr-13", reads: "Apr 2013" },
      { text: "April 2013", reads: "Apr 2013" },
      { text: "Sep-2013", reads: "Sep 2013" },
      { text: "Jul '17", reads: "Jul 2017" },
    ],
    read: (t) => whole(monthOf(yearOf(t.get("YEAR")), named(t.get("MON")))),
  },
  {
    name: "Month number and year",
    template: "MM YYYY",
    examples: [{ text: "04/2013", reads: "Apr 2013" }],
    read: (t) => whole(monthOf(yearOf(t.get("YYYY")), Number(t.get("MM")))),
  },
  {
    name: "Year and month number",
    template: "YYYY MM",
    // `2011-12` is December 2011, as ISO writes months; headers read it as the fiscal year 2011/12 (see parseHeaderPeriod).
    examples: [
      { text: "2013-04", reads: "Apr 2013" },
      { text: "2011-12", reads: "Dec 2011" },
      { text: "2013-04", reads: "Apr 2013", header: true },
    ],
    read: (t, c) => {
      const year = yearOf(t.get("YYYY"));
      const m = Number(t.get("MM"));
      // `2013/14` and `2011/12` are fiscal years: a slash before the next year's two digits is never a month.
      if (year !== null && c.text.includes("/") && t.get("MM")?.length === 2 && m === (year + 1) % 100) return null;
      return whole(monthOf(year, m));
    },
  },
  {
    name: "Quarter and fiscal year",
    template: "Q FYWORD? FYY",
    examples: [
      { text: "Q3 2022/23", reads: "Q3 2022-23: Oct 2022 - Dec 2022" },
      { text: "Q2 2013-14", reads: "Q2 2013-14: Jul 2013 - Sep 2013" },
      { text: "Quarter 2 2013-14", reads: "Q2 2013-14: Jul 2013 - Sep 2013" },
      { text: "Qtr 3 22/23", reads: "Q3 2022-23: Oct 2022 - Dec 2022" },
      { text: "Q2 FY2013/14", reads: "Q2 2013-14: Jul 2013 - Sep 2013" },
      { text: "Q3 2024 to 2025", reads: "Q3 2024-25: Oct 2024 - Dec 2024" },
    ],
    read: (t) => fiscalQuarter(t),
  },
  {
    name: "Fiscal year and quarter",
    template: "FYWORD? FYY Q",
    examples: [
      { text: "2022-23 Q3", reads: "Q3 2022-23: Oct 2022 - Dec 2022" },
      { text: "2013/14 Q2", reads: "Q2 2013-14: Jul 2013 - Sep 2013" },
    ],
    read: (t) => fiscalQuarter(t),
  },
  {
    name: "Quarter and year",
    template: "Q YEAR",
    // One year after a quarter is a calendar quarter, unless the fiscal year is the calendar year.
    examples: [
      { text: "Q3 2022", reads: "Jul 2022 - Sep 2022 (range)", header: true },
      { text: "Q2 2013", reads: "Q2 2013: Apr 2013 - Jun 2013", fiscalStartMonth: 1 },
    ],
    read: (t, c) => fiscalOrCalendarQuarter(quarterNumber(t.get("Q")), yearOf(t.get("YEAR")), c),
  },
  {
    name: "Year and quarter",
    template: "YYYY Q",
    examples: [{ text: "2022 Q3", reads: "Jul 2022 - Sep 2022 (range)", header: true }],
    read: (t, c) => fiscalOrCalendarQuarter(quarterNumber(t.get("Q")), yearOf(t.get("YYYY")), c),
  },
  {
    name: "Year to date",
    template: "YTD ENDING? MON YEAR",
    examples: [
      { text: "YTD Dec 22", reads: "Apr 2022 - Dec 2022 (year to date)" },
      { text: "YTD to Dec-22", reads: "Apr 2022 - Dec 2022 (year to date)" },
      { text: "Year to date Sep 2013", reads: "Apr 2013 - Sep 2013 (year to date)" },
      { text: "YTD Dec 22", reads: "Jan 2022 - Dec 2022 (year to date)", fiscalStartMonth: 1 },
    ],
    read: (t, c) => yearToDate(t, c),
  },
  {
    name: "Year to date (month first)",
    template: "MON YEAR YTD",
    examples: [{ text: "Dec 22 YTD", reads: "Apr 2022 - Dec 2022 (year to date)" }],
    read: (t, c) => yearToDate(t, c),
  },
  {
    name: "Rolling months",
    template: "ROLLING? N MONTHS ENDING MON YEAR",
    examples: [
      { text: "12 months to Dec-22", reads: "Jan 2022 - Dec 2022 (rolling)" },
      { text: "12m to Apr-15", reads: "May 2014 - Apr 2015 (rolling)" },
      { text: "Rolling 12 months to Apr-15", reads: "May 2014 - Apr 2015 (rolling)" },
      { text: "12 months ending March 2019", reads: "Apr 2018 - Mar 2019 (rolling)" },
      { text: "3 months to Dec 22", reads: "Oct 2022 - Dec 2022 (rolling)" },
    ],
    read: (t, c) => rolling(t.get("N"), t.get("MON"), t.get("YEAR"), c.label),
  },
  {
    name: "Year ending",
    template: "YEARWORD ENDING MON YEAR",
    examples: [
      { text: "Year ending Mar 2019", reads: "Apr 2018 - Mar 2019 (rolling)" },
      { text: "Year to Jun 2018", reads: "Jul 2017 - Jun 2018 (rolling)" },
    ],
    read: (t, c) => rolling("12", t.get("MON"), t.get("YEAR"), c.label),
  },
  {
    name: "Range of months with years",
    template: "DAY? MON YEAR TO DAY? MON YEAR",
    examples: [
      { text: "Oct 22 - Dec 22", reads: "Oct 2022 - Dec 2022 (range)" },
      { text: "Jan 12 - Mar 12", reads: "Jan 2012 - Mar 2012 (range)" },
      { text: "Apr 2022 - Dec 2022", reads: "Apr 2022 - Dec 2022 (year to date)" },
      { text: "May-13 to Apr-14", reads: "May 2013 - Apr 2014 (range)" },
      { text: "Jul '17 to Jun '18", reads: "Jul 2017 - Jun 2018 (range)" },
      { text: "1 Apr 2013 - 30 Sep 2013", reads: "Apr 2013 - Sep 2013 (year to date)" },
    ],
    read: (t, c) => monthRange(t.get("MON", 0), yearOf(t.get("YEAR", 0)), monthOf(yearOf(t.get("YEAR", 1)), named(t.get("MON", 1))), c.label, c.fiscalStartMonth),
  },
  {
    name: "Range of months in a year",
    template: "DAY? MON TO DAY? MON YEAR",
    examples: [
      { text: "Oct-Dec 2022", reads: "Oct 2022 - Dec 2022 (range)" },
      { text: "October to December 2022", reads: "Oct 2022 - Dec 2022 (range)" },
      { text: "1 April – 30 September 2013", reads: "Apr 2013 - Sep 2013 (year to date)" },
      { text: "Nov-Jan 2023", reads: "Nov 2022 - Jan 2023 (range)" },
    ],
    read: (t, c) => monthRange(t.get("MON", 0), null, monthOf(yearOf(t.get("YEAR")), named(t.get("MON", 1))), c.label, c.fiscalStartMonth),
  },
  {
    name: "Range of months in a fiscal year",
    template: "MON TO MON FYWORD? FYY",
    examples: [
      { text: "Apr - Sep 2013/14", reads: "Apr 2013 - Sep 2013 (year to date)" },
      { text: "Oct - Mar 2022/23", reads: "Oct 2022 - Mar 2023 (range)" },
    ],
    read: (t, c) => {
      const fy = fiscalYearOf(t.get("FYY"));
      const from = named(t.get("MON", 0));
      const to = named(t.get("MON", 1));
      if (fy === null || from === null || to === null) return null;
      const first = monthInFiscalYear(fy, from, c.fiscalStartMonth);
      const last = monthInFiscalYear(fy, to, c.fiscalStartMonth);
      return span(first, last, spanForm(first, last, c.fiscalStartMonth), c.label);
    },
  },
  {
    name: "Fiscal year",
    template: "FYWORD? FY",
    examples: [
      { text: "2021/22", reads: "2021/22: Apr 2021 - Mar 2022" },
      { text: "2021-22", reads: "2021/22: Apr 2021 - Mar 2022" },
      { text: "2021/2022", reads: "2021/22: Apr 2021 - Mar 2022" },
      { text: "2021 - 22", reads: "2021/22: Apr 2021 - Mar 2022" },
      { text: "FY 2021/22", reads: "2021/22: Apr 2021 - Mar 2022" },
      { text: "2021 to 2022", reads: "2021/22: Apr 2021 - Mar 2022" },
    ],
    yearAlone: true,
    read: (t) => {
      const fy = fiscalYearOf(t.get("FY"));
      return fy === null ? null : whole(fiscalYear(fy));
    },
  },
  {
    name: "Fiscal year in two digits",
    template: "FYWORD FYY",
    examples: [{ text: "FY 13/14", reads: "2013/14: Apr 2013 - Mar 2014" }],
    yearAlone: true,
    read: (t) => {
      const fy = fiscalYearOf(t.get("FYY"));
      return fy === null ? null : whole(fiscalYear(fy));
    },
  },
  {
    name: "Calendar year",
    template: "CYWORD? YYYY",
    examples: [
      { text: "2014", reads: "Jan 2014 - Dec 2014 (range)", header: true },
      { text: "Calendar year 2014", reads: "Jan 2014 - Dec 2014 (range)" },
      { text: "2014", reads: "2014: Jan 2014 - Dec 2014", fiscalStartMonth: 1 },
    ],
    yearAlone: true,
    read: (t, c) => {
      const year = yearOf(t.get("YYYY"));
      if (year === null || year < 1950 || year > 2100) return null;
      if (c.within && t.get("CYWORD") === undefined) return null;
      if (c.fiscalStartMonth === 1) return whole(fiscalYear(year));
      // `Calendar year 2014` says which; `2014` alone only a header can, and only when it is the whole header.
      return t.get("CYWORD") !== undefined || c.header ? span(month(year, 1), month(year, 12), "range", c.label) : null;
    },
  },
  {
    name: "Quarter without a year",
    template: "Q",
    examples: [
      { text: "Q2", reads: "Q2 of the report year" },
      { text: "Quarter 3", reads: "Q3 of the report year" },
    ],
    read: (t) => {
      const q = quarterNumber(t.get("Q"));
      return q === null ? null : { kind: "quarter-only", quarter: q };
    },
  },
  {
    name: "Month without a year",
    template: "MON",
    examples: [{ text: "Sep", reads: "Sep of the report year" }],
    read: (t) => {
      const m = named(t.get("MON"));
      return m === null ? null : { kind: "month-only", month: m };
    },
  },
  {
    name: "Range of months without a year",
    template: "MON TO MON",
    examples: [{ text: "Apr - Sep", reads: "Apr - Sep of the report year" }],
    read: (t) => {
      const from = named(t.get("MON", 0));
      const to = named(t.get("MON", 1));
      return from === null || to === null ? null : { kind: "months-only", from, to };
    },
  },
  {
    name: "Comparison of two periods",
    template: "ANY VS ANY",
    examples: [
      { text: "12m to Apr-15 -v- 12m to Apr-14", reads: "May 2014 - Apr 2015 (rolling) against May 2013 - Apr 2014 (rolling)" },
      { text: "2014/15 vs 2013/14", reads: "2014/15: Apr 2014 - Mar 2015 against 2013/14: Apr 2013 - Mar 2014" },
    ],
    read: (t, c) => {
      const current = c.readPeriod(t.written("ANY", 0) ?? "");
      const previous = c.readPeriod(t.written("ANY", 1) ?? "");
      return current && previous ? { kind: "comparison", current, previous } : null;
    },
  },
];
