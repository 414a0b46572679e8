import type { Grid } from "../../model/grid";
import { cellAt, isCellError, numberFormatAt } from "../../model/grid";
import { cellText } from "../read/cellText";
import { parseMarkedValue } from "../parse/parseMarkedValue";
import { parseHeaderPeriod } from "../parse/parseHeaderPeriod";
import { parsePeriod } from "../parse/parsePeriod";
import { splitPeriodMark } from "../parse/splitPeriodMark";
import { parseRag } from "../parse/parseRag";
import { parseTrendMark } from "../parse/parseTrendMark";

/** What a column's cells look like, counted over a table's data rows. */
export interface ColumnProfile {
  readonly filled: number;
  /** Figures, including `↓ -5%` and `+1.0% (+8)`, no-data markers and grades: what a value column holds. */
  readonly figures: number;
  readonly percents: number;
  readonly rags: number;
  /** Cells that are nothing but a trend mark (`∧`, `V`, `-`). */
  readonly marks: number;
  readonly periods: number;
  /** Periods that need a year from elsewhere (`Quarter 1` under a year's row, `April` under a title's `2023/24`). */
  readonly partialPeriods: number;
  /** Whole numbers that are years (`1997`, as Excel turns a pasted year into a number): periods down a column. */
  readonly years: number;
  /** Text that is none of the above: names, labels. */
  readonly texts: number;
  /** Text long enough to be commentary (over 60 characters). */
  readonly longTexts: number;
  readonly errors: number;
  /** Distinct texts, lower case (up to 50 kept), to tell a repeated label from a list of names. */
  readonly distinctTexts: number;
}

/**
 * Counts what the cells of a column hold over the given rows, so a column without a (known) header can be given
 * a role by its content: names, figures, RAGs, trend marks, periods or commentary.
 * @example profileColumn(grid, 3, [4, 5, 6]).figures === 3
 */
export function profileColumn(grid: Grid, col: number, rows: readonly number[], fiscalStartMonth = 4): ColumnProfile {
  let filled = 0;
  let figures = 0;
  let percents = 0;
  let rags = 0;
  let marks = 0;
  let periods = 0;
  let partialPeriods = 0;
  let years = 0;
  let texts = 0;
  let longTexts = 0;
  let errors = 0;
  const distinct = new Set<string>();
  for (const r of rows) {
    const cell = cellAt(grid, r, col);
    const text = cellText(cell);
    if (text === "") continue;
    filled++;
    if (isCellError(cell)) {
      errors++;
      continue;
    }
    if (typeof cell === "string" && parseRag(text) !== null && text.length > 1) {
      rags++;
      continue;
    }
    if (typeof cell === "string" && parseTrendMark(text) !== null) {
      marks++;
      continue;
    }
    const format = numberFormatAt(grid, r, col);
    if (typeof cell === "string" && text.length <= 20 && parsePeriod(cell, format, fiscalStartMonth) !== null) {
      periods++;
      continue;
    }
    if (typeof cell === "number" && format !== undefined && /[dmy]/i.test(format.replace(/"[^"]*"|\[[^\]]*\]/g, "")) && !format.includes("%")) {
      periods++;
      continue;
    }
    if (typeof cell === "string" && text.length <= 32) {
      // Read as a row's heading: `1997`, `2011-12p` (a mark pasted on), `Quarter 1` (its year above it).
      const heading = parseHeaderPeriod(splitPeriodMark(text)?.text ?? text, fiscalStartMonth);
      if (heading && heading.rest === "" && heading.period.kind === "explicit") {
        periods++;
        continue;
      }
      if (heading && heading.rest === "" && heading.period.kind !== "comparison") {
        partialPeriods++;
        continue;
      }
    }
    if (typeof cell === "number" && Number.isInteger(cell) && cell >= 1900 && cell <= 2100 && (format === undefined || format === "General" || format === "0")) years++;
    const value = parseMarkedValue(cell, format).parsed;
    if (value.kind === "number" || value.kind === "no-data" || value.kind === "grade") {
      figures++;
      if (value.kind === "number" && value.numberKind === "percent") percents++;
      continue;
    }
    if (value.kind === "error") {
      errors++;
      continue;
    }
    texts++;
    if (text.length > 60) longTexts++;
    if (distinct.size < 50) distinct.add(text.toLowerCase());
  }
  return { filled, figures, percents, rags, marks, periods, partialPeriods, years, texts, longTexts, errors, distinctTexts: distinct.size };
}
