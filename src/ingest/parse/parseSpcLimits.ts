import type { CellValue } from "../../model/grid";
import type { SpcBaseline } from "../../model/kpi";
import type { Month, Period } from "../../model/period";
import { monthFromIndex, monthIndex } from "../../model/period";
import { MIN_BASELINE_POINTS } from "../../calc/computeControlLimits";
import { getPeriodMonths } from "../../calc/getPeriodMonths";
import { cleanText } from "./cleanText";
import { parsePeriod } from "./parsePeriod";

/**
 * The forms an SPC baseline takes, each with an example the test reads: a number of points (at least 12, MDC's
 * Excel tool takes 12 to 20) counted from the start of the series and of each recalculated segment, or the periods
 * the limits come from.
 */
export const SPC_BASELINE_FORMS: readonly { readonly example: string; readonly means: string }[] = [
  { example: "12", means: "the first 12 points" },
  { example: "first 20 points", means: "the first 20 points" },
  { example: "18 months", means: "the first 18 points" },
  { example: "Apr-11 to Mar-12", means: "April 2011 to March 2012" },
  { example: "2011-04 - 2012-03", means: "April 2011 to March 2012" },
  { example: "2011/12", means: "the fiscal year: April 2011 to March 2012" },
  { example: "Q1 2011-12 to Q4 2011-12", means: "April 2011 to March 2012" },
];

const FIRST_POINTS = /^(?:first\s+)?(\d+)(?:\s+(?:points?|months?|values?))?$/i;

/** Separates the two ends of a range: `to`, or a dash with spaces around it (`2011-04` keeps its own dash). */
const RANGE_SEPARATOR = /\s+(?:to|-|\u2013|\u2014)\s+/i;
/** Separates recalculation months. */
const LIST_SEPARATOR = /\s*(?:[,;]|\band\b)\s*/i;

/**
 * An SPC baseline as an analyst types it in the KPI register's `SPC baseline` column (or the mapping's
 * `spcBaseline`): `12`, `first 20 points` (the first N points, at least 12), `Apr-11 to Mar-12`, `2011/12`. A number
 * cell is a number of points. `null` for a blank; `"unreadable"` for anything else, fewer than 12 points included.
 * @example parseSpcBaseline("Apr-11 to Mar-12", 4) // { kind: "period", from: Apr-11, to: Mar-12 }
 */
export function parseSpcBaseline(cell: CellValue, fiscalStartMonth: number): SpcBaseline | null | "unreadable" {
  if (typeof cell === "number") return Number.isInteger(cell) && cell >= MIN_BASELINE_POINTS ? { kind: "first-points", count: cell } : "unreadable";
  const text = typeof cell === "string" ? cleanText(cell) : "";
  if (text === "") return null;
  const points = FIRST_POINTS.exec(text);
  if (points) {
    const count = Number(points[1]);
    return count >= MIN_BASELINE_POINTS ? { kind: "first-points", count } : "unreadable";
  }
  const ends = text.split(RANGE_SEPARATOR);
  if (ends.length > 2) return "unreadable";
  const first = monthsOf(parsePeriod(ends[0] ?? "", undefined, fiscalStartMonth), fiscalStartMonth);
  const last = ends.length === 2 ? monthsOf(parsePeriod(ends[1] ?? "", undefined, fiscalStartMonth), fiscalStartMonth) : first;
  if (!first || !last || monthIndex(first.from) > monthIndex(last.to)) return "unreadable";
  return { kind: "period", from: first.from, to: last.to };
}

/**
 * The months an analyst recorded a change in the process from, in the KPI register's `SPC recalculate from` column
 * (or the mapping's `spcRecalculateFrom`): `Apr-13`, `Apr-13; Oct-13`, `2013-04, 2013-10`, or a date cell. In order,
 * without repeats. `[]` for a blank; `"unreadable"` when a part is not a month.
 * @example parseSpcRecalculations("Apr-13; Oct-13", 4) // [Apr-13, Oct-13]
 */
export function parseSpcRecalculations(cell: CellValue, numberFormat: string | undefined, fiscalStartMonth: number): Month[] | "unreadable" {
  if (typeof cell === "number") {
    const period = parsePeriod(cell, numberFormat, fiscalStartMonth, { periodColumn: true });
    return period?.kind === "month" ? [period] : "unreadable";
  }
  const text = typeof cell === "string" ? cleanText(cell) : "";
  if (text === "") return [];
  const months: Month[] = [];
  for (const part of text.split(LIST_SEPARATOR).filter((p) => p !== "")) {
    const period = parsePeriod(part, undefined, fiscalStartMonth);
    if (period?.kind !== "month") return "unreadable";
    months.push(period);
  }
  const unique = new Map(months.map((m) => [monthIndex(m), m]));
  return [...unique.entries()].sort(([a], [b]) => a - b).map(([, m]) => m);
}

/** The first and last month a period covers. */
function monthsOf(period: Period | null, fiscalStartMonth: number): { from: Month; to: Month } | null {
  if (!period) return null;
  const { first, last } = getPeriodMonths(period, fiscalStartMonth);
  return { from: monthFromIndex(first), to: monthFromIndex(last) };
}
