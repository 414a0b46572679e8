/**
 * Periods in a fiscal calendar. A fiscal year is named by the calendar year it starts in: with an April start,
 * `fiscalYear: 2013` is April 2013 - March 2014, labelled `2013/14`, and its second quarter is `Q2 2013-14`.
 */

export type QuarterNumber = 1 | 2 | 3 | 4;

/** A calendar month; `month` is 1-12. */
export interface Month {
  readonly kind: "month";
  readonly year: number;
  readonly month: number;
}

export interface Quarter {
  readonly kind: "quarter";
  readonly fiscalYear: number;
  readonly quarter: QuarterNumber;
}

export interface FiscalYear {
  readonly kind: "year";
  readonly fiscalYear: number;
}

/** Measurements are monthly; quarterly or yearly only where that is all the data there is. */
export type Period = Month | Quarter | FiscalYear;

export function month(year: number, monthNumber: number): Month {
  return { kind: "month", year, month: monthNumber };
}

export function quarter(fiscalYear: number, quarterNumber: QuarterNumber): Quarter {
  return { kind: "quarter", fiscalYear, quarter: quarterNumber };
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
