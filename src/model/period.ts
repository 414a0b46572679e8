/**
 * Periods: every one a span of whole months. Months, fiscal quarters and fiscal years are named by the calendar
 * (a fiscal year is named by the calendar year it starts in: with an April start, `fiscalYear: 2013` is April 2013 -
 * March 2014, labelled `2013/14`, and its second quarter is `Q2 2013-14`); any other span a table gives figures for
 * (`Oct-Dec 2022`, `YTD Dec 22`, `12 months to Apr-15`, `May-13 to Apr-14`) is a `MonthSpan` that keeps the table's
 * label. A month, quarter or year read from a table also keeps the table's label where it writes it otherwise than
 * the scorecard would (`Q1 2024/25`, `Apr 18`). `getPeriodMonths` (calc) gives any period's first and last month;
 * two periods are the same when their months are (`periodKey`), whatever their labels.
 */

export type QuarterNumber = 1 | 2 | 3 | 4;

/** A calendar month; `month` is 1-12. */
export interface Month {
  readonly kind: "month";
  readonly year: number;
  readonly month: number;
  /** As a table wrote it, where that differs from the scorecard's `Apr-18`: `Apr 18`, `April 2018`. */
  readonly label?: string;
}

export interface Quarter {
  readonly kind: "quarter";
  readonly fiscalYear: number;
  readonly quarter: QuarterNumber;
  /** As a table wrote it, where that differs from the scorecard's `Q1 2024-25`: `Q1 2024/25`, `Q3 2024 to 2025`. */
  readonly label?: string;
}

export interface FiscalYear {
  readonly kind: "year";
  readonly fiscalYear: number;
  /** As a table wrote it, where that differs from the scorecard's `2014/15`: `2014-15`, `FY 2014/15`. */
  readonly label?: string;
}

/** How a `MonthSpan` was written: a range of months, a year to date, or a rolling total of the months to a month. */
export type SpanForm = "range" | "year-to-date" | "rolling";

/**
 * A span of whole months other than a month, quarter or year, as a published table heads a column: `Oct-Dec 2022`
 * and `Jan 12 - Mar 12` (ranges), `YTD Dec 22` and `Apr - Sep` over `2013/14` (years to date), `12 months to Apr-15`
 * (rolling). `first` and `last` are inclusive; `label` is the header as the table wrote it, which the scorecard shows.
 */
export interface MonthSpan {
  readonly kind: "span";
  readonly first: Month;
  readonly last: Month;
  readonly form: SpanForm;
  readonly label: string;
}

/** Measurements are monthly; a quarter, a year or another span only where that is all the data there is. */
export type Period = Month | Quarter | FiscalYear | MonthSpan;

export function month(year: number, monthNumber: number): Month {
  return { kind: "month", year, month: monthNumber };
}

export function quarter(fiscalYear: number, quarterNumber: QuarterNumber): Quarter {
  return { kind: "quarter", fiscalYear, quarter: quarterNumber };
}

export function fiscalYear(year: number): FiscalYear {
  return { kind: "year", fiscalYear: year };
}

/** @example monthSpan(month(2022, 10), month(2022, 12), "range", "Oct-Dec 2022") */
export function monthSpan(first: Month, last: Month, form: SpanForm, label: string): MonthSpan {
  return { kind: "span", first, last, form, label };
}

/** Months since year 0, so months compare and subtract as integers: `monthIndex(m2) - monthIndex(m1)`. */
export function monthIndex(m: { readonly year: number; readonly month: number }): number {
  return m.year * 12 + (m.month - 1);
}

export function monthFromIndex(index: number): Month {
  return { kind: "month", year: Math.floor(index / 12), month: (index % 12) + 1 };
}

export function sameQuarter(a: Quarter, b: Quarter): boolean {
  return a.fiscalYear === b.fiscalYear && a.quarter === b.quarter;
}
