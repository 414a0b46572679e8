/**
 * Integer arithmetic on fiscal quarters, so quarters compare, subtract and key maps as numbers
 * (the same trick as `monthIndex` in `src/model/period.ts`). Internal to calc.
 */
import type { Quarter, QuarterNumber } from "../model/period";

/**
 * A fiscal year start month as a whole month 1-12. Settings are validated by ingest; this keeps calc total for any
 * number: 13 wraps to 1, and anything that is not a finite number is taken as January.
 * @example normaliseStartMonth(4) === 4
 */
export function normaliseStartMonth(startMonth: number): number {
  if (!Number.isFinite(startMonth)) return 1;
  return ((((Math.round(startMonth) - 1) % 12) + 12) % 12) + 1;
}

/** Quarters since fiscal year 0: `fiscalYear * 4 + (quarter - 1)`. @example quarterIndex(quarter(2013, 2)) === 8053 */
export function quarterIndex(q: Quarter): number {
  return q.fiscalYear * 4 + (q.quarter - 1);
}

/** The quarter a `quarterIndex` stands for. */
export function quarterFromIndex(index: number): Quarter {
  const fiscalYear = Math.floor(index / 4);
  return { kind: "quarter", fiscalYear, quarter: (index - fiscalYear * 4 + 1) as QuarterNumber };
}

/** The `quarterIndex` of the fiscal quarter holding a month given as a `monthIndex`. */
export function quarterIndexOfMonth(monthIdx: number, startMonth: number): number {
  return Math.floor((monthIdx - (normaliseStartMonth(startMonth) - 1)) / 3);
}

/** The `monthIndex` of the first month of a quarter given as a `quarterIndex`. */
export function quarterStartMonthIndex(qIndex: number, startMonth: number): number {
  return qIndex * 3 + (normaliseStartMonth(startMonth) - 1);
}

/** The `monthIndex` of the first month of a fiscal year. */
export function fiscalYearStartMonthIndex(fiscalYear: number, startMonth: number): number {
  return fiscalYear * 12 + (normaliseStartMonth(startMonth) - 1);
}
