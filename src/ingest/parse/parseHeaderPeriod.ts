import type { Period, QuarterNumber } from "../../model/period";
import { cleanText } from "./cleanText";
import { monthFromName } from "./monthFromName";
import { parsePeriod } from "./parsePeriod";
import { parseQuarter } from "./parseQuarter";

/**
 * What a column header says about a period: a whole period (`2013/14`, `Q2 2013-14`, `Apr-13`, `30 Sep 13`), or
 * a quarter or month without a year (`Q2`, `Apr`) that the table's report quarter completes.
 */
export type HeaderPeriod =
  | { readonly kind: "explicit"; readonly period: Period }
  | { readonly kind: "quarter-only"; readonly quarter: QuarterNumber }
  | { readonly kind: "month-only"; readonly month: number };

export interface HeaderPeriodMatch {
  readonly period: HeaderPeriod;
  /** The header's other words, in lower case: `rag` in `RAG Q2`, `establishment at` in `Establishment at 30 Sep 13`. */
  readonly rest: string;
}

/**
 * The period a column header names, alone or among other words, in every form analysts head columns with:
 * months (`Apr-13`, `April 2013`, `2013-04`, `30 Sep 13`, a date), quarters (`Q2 2013-14`, `2013/14 Q2`), fiscal
 * years (`2013/14`, `FY2013/14`), and a quarter or month with no year (`Q2`, `Quarter 3`, `Sep`). `null` when it
 * names none. A date-formatted number is a month.
 * @example parseHeaderPeriod("RAG Q2", 4) // { period: { kind: "quarter-only", quarter: 2 }, rest: "rag" }
 */
export function parseHeaderPeriod(text: string, fiscalStartMonth: number, numberFormat?: string, cell?: number): HeaderPeriodMatch | null {
  if (cell !== undefined) {
    const period = parsePeriod(cell, numberFormat, fiscalStartMonth, { periodColumn: true });
    return period ? { period: { kind: "explicit", period }, rest: "" } : null;
  }
  const clean = cleanText(text).toLowerCase();
  if (clean === "") return null;
  const whole = parsePeriod(clean, undefined, fiscalStartMonth, { periodColumn: true });
  if (whole) return { period: { kind: "explicit", period: whole }, rest: "" };
  const bare = bareQuarterOrMonth(clean);
  if (bare) return { period: bare, rest: "" };

  for (const pattern of EMBEDDED) {
    const match = pattern.exec(clean);
    if (!match) continue;
    const found = match[0] ?? "";
    const rest = cleanText(`${clean.slice(0, match.index)} ${clean.slice(match.index + found.length)}`).replace(/[()[\],:]+/g, " ").replace(/\s+/g, " ").trim();
    const inner = found.trim();
    const period = parseQuarter(inner, fiscalStartMonth) ?? parsePeriod(inner, undefined, fiscalStartMonth, { periodColumn: true });
    if (period) return { period: { kind: "explicit", period }, rest };
    const partial = bareQuarterOrMonth(inner);
    if (partial && partial.kind === "quarter-only") return { period: partial, rest };
  }
  return null;
}

function bareQuarterOrMonth(text: string): HeaderPeriod | null {
  const q = /^(?:q|qtr|quarter)\s*([1-4])$/.exec(text);
  if (q) return { kind: "quarter-only", quarter: Number(q[1]) as QuarterNumber };
  const m = monthFromName(text);
  return m === null ? null : { kind: "month-only", month: m };
}

// Looked for inside a longer header, most specific first.
const EMBEDDED: readonly RegExp[] = [
  /\b(?:q|qtr|quarter)\s*[1-4][\s,]*(?:fy\s*)?\d{2,4}\s*[-/\u2013]\s*\d{2,4}\b/,
  /\b\d{4}\s*[-/\u2013]\s*\d{2,4}\s*(?:q|qtr|quarter)\s*[1-4]\b/,
  /\b\d{1,2}(?:st|nd|rd|th)?\s+[a-z]{3,9}\.?\s+(?:\d{4}|\d{2})\b/,
  /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?[\s'-]+(?:\d{4}|\d{2})\b(?![/\u2013-]\d)/,
  /\b(?:fy\s*)?\d{4}\s*[/\u2013-]\s*\d{2}(?:\d{2})?\b/,
  /\b(?:q|qtr)\s*[1-4]\b/,
];
