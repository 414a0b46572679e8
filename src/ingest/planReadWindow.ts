/**
 * Which months of a large sheet a build can skip reading: a host reads the first rows of every sheet ("heads"), and
 * for a sheet laid out with a column per month it need not read the months before the build's window (the charted
 * years and the rolling 12 months before them, `getChartWindow`): calc uses nothing older. Ten years of history then
 * cost about what three do. Pure: heads in, a plan out; the host reads and the pipeline checks the plan held
 * (`runBuild` reads everything again if the period built needs older months than were read).
 */
import { getChartWindow, ROLLING_LEAD_MONTHS } from "../calc/getChartWindow";
import { getPeriodMonths } from "../calc/getPeriodMonths";
import { quarterIndexOfMonth, quarterStartMonthIndex } from "../calc/quarterIndex";
import type { Grid, WorkbookGrids } from "../model/grid";
import { numberFormatAt } from "../model/grid";
import { monthFromIndex, monthIndex } from "../model/period";
import type { Month, Period } from "../model/period";
import { readStore } from "../store/readStore";
import { ingestWorkbook } from "./ingestWorkbook";
import { parsePeriod } from "./parse/parsePeriod";

/** What the build will ask for: its clock, and the period when the request names one. */
export interface ReadNeeds {
  readonly asOf: Month;
  readonly period?: string | Period;
}

export interface SheetSkip {
  /** The row whose cells name the months (0-based). */
  readonly headerRow: number;
  /** 0-based columns of months before the window, left unread below `headerRow`. */
  readonly columns: readonly number[];
}

export interface ReadWindow {
  /** The first month the build may use; older months are skipped where a sheet names them in a header row. */
  readonly from: Month;
  /** Per large sheet (by name), the columns to skip. */
  readonly skip: ReadonlyMap<string, SheetSkip>;
}

/** A header row must name at least this many months for its sheet to be read in part. */
const MIN_MONTH_COLUMNS = 12;

/** Month columns of a grid's best header row: the row naming the most months. */
function monthColumns(grid: Grid, startMonth: number): { row: number; months: Map<number, number> } | null {
  let best: { row: number; months: Map<number, number> } | null = null;
  grid.rows.forEach((line, r) => {
    const months = new Map<number, number>();
    line.forEach((cell, c) => {
      if (cell === null || cell === "") return;
      const period = parsePeriod(cell, numberFormatAt(grid, r, c), startMonth, { periodColumn: true });
      if (period?.kind === "month") months.set(c, monthIndex(period));
    });
    if (months.size >= MIN_MONTH_COLUMNS && (!best || months.size > best.months.size)) best = { row: r, months };
  });
  return best;
}

/** The latest month at or before `asOf` that a head row below the header has a figure for. */
function latestMonthWithData(grid: Grid, header: { row: number; months: Map<number, number> }, asOf: number): number | null {
  let latest: number | null = null;
  for (const [col, index] of header.months) {
    if (index > asOf || (latest !== null && index <= latest)) continue;
    if (grid.rows.slice(header.row + 1).some((line) => typeof line[col] === "number")) latest = index;
  }
  return latest;
}

/**
 * The months a build of `needs` can skip on `large` sheets (by name), seen from the `heads` of every sheet; `null`
 * when nothing can be skipped safely (no sheet names its months in a header row, or the window cannot be placed).
 * @example planReadWindow(heads, { asOf: month(2014, 4) }, new Set(["Measurements"]))?.from // { year: 2010, month: 5 }
 */
export function planReadWindow(heads: WorkbookGrids, needs: ReadNeeds, large: ReadonlySet<string>): ReadWindow | null {
  const store = readStore(heads);
  const startMonth = ingestWorkbook(heads, { settingsOverride: store.settings, mapping: store.mapping }).settings.fiscalYearStartMonth;
  const sheets = heads.sheets
    .filter((grid) => large.has(grid.sheet))
    .map((grid) => ({ grid, header: monthColumns(grid, startMonth) }))
    .filter((s): s is { grid: Grid; header: { row: number; months: Map<number, number> } } => s.header !== null);
  if (sheets.length === 0) return null;

  // The last month of the period built: the one asked for, or (by default the newest comparable period) the latest
  // month with data, the end of its quarter, or of the quarter before when that one is not complete yet.
  const asOf = monthIndex(needs.asOf);
  const asked = typeof needs.period === "string" ? parsePeriod(needs.period, undefined, startMonth) : (needs.period ?? null);
  if (needs.period !== undefined && asked === null) return null;
  let ends: number[];
  if (asked) ends = [getPeriodMonths(asked, startMonth).last];
  else {
    const latest = Math.max(...sheets.map((s) => latestMonthWithData(s.grid, s.header, asOf) ?? Number.NEGATIVE_INFINITY));
    if (!Number.isFinite(latest)) return null;
    const q = quarterIndexOfMonth(latest, startMonth);
    ends = [q, q - 1].map((qi) => quarterStartMonthIndex(qi, startMonth) + 2);
  }
  const from = Math.min(...ends.map((end) => getChartWindow(end, startMonth).first)) - ROLLING_LEAD_MONTHS;

  const skip = new Map<string, SheetSkip>();
  for (const { grid, header } of sheets) {
    const columns = [...header.months].filter(([, index]) => index < from).map(([col]) => col);
    if (columns.length > 0) skip.set(grid.sheet, { headerRow: header.row, columns });
  }
  return { from: monthFromIndex(from), skip };
}
