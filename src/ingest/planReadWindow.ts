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
import type { CellValue, Grid, WorkbookGrids } from "../model/grid";
import { numberFormatAt } from "../model/grid";
import { monthFromIndex, monthIndex } from "../model/period";
import type { Month, Period } from "../model/period";
import { readStore } from "../store/readStore";
import { ingestWorkbook } from "./ingestWorkbook";
import { isDateFormat } from "./parse/isDateFormat";
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

/** Rows of each sheet a host reads first for planning (its "head"): titles and header rows. */
export const HEAD_ROWS = 20;

/** Month columns of a grid's best header row among its first `HEAD_ROWS` rows: the row naming the most months. */
function monthColumns(grid: Grid, startMonth: number): { row: number; months: Map<number, number> } | null {
  let best: { row: number; months: Map<number, number> } | null = null;
  grid.rows.slice(0, HEAD_ROWS).forEach((line, r) => {
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
    // A header of months all before the window heads an old table: a newer one may be stacked below it, in the
    // same columns, so the sheet is read whole.
    const reachesWindow = [...header.months.values()].some((index) => index >= from);
    if (columns.length > 0 && reachesWindow) skip.set(grid.sheet, { headerRow: header.row, columns });
  }
  return { from: monthFromIndex(from), skip };
}

/**
 * Whether a sheet read in part (`WorkbookGrids.partlyRead`) names months again below the header row of months in its
 * head: a second table stacked under the first, whose figures may lie in the columns the window left unread. A build
 * on such grids is then built again on all of them (`runBuild`).
 * @example monthsNamedBelowHeader(grids, 4) // true when "Apr-13 | May-13" heads a table at row 40 of "Crime"
 */
export function monthsNamedBelowHeader(workbook: WorkbookGrids, startMonth: number): boolean {
  const partlyRead = new Set(workbook.partlyRead ?? []);
  // Sheets repeat a few texts (IDs, areas) and formats thousands of times: each is looked at once.
  const texts = new Map<string, boolean>();
  const dateFormats = new Map<string, boolean>();
  const isMonth = (cell: CellValue, format: string | undefined): boolean => {
    if (typeof cell === "string") {
      let month = texts.get(cell);
      if (month === undefined) texts.set(cell, (month = parsePeriod(cell, undefined, startMonth, { periodColumn: true })?.kind === "month"));
      return month;
    }
    // A number names a month only as a date; figures are never date-formatted.
    if (typeof cell !== "number" || format === undefined) return false;
    let date = dateFormats.get(format);
    if (date === undefined) dateFormats.set(format, (date = isDateFormat(format)));
    return date && parsePeriod(cell, format, startMonth, { periodColumn: true })?.kind === "month";
  };
  return workbook.sheets.some((grid) => {
    if (!partlyRead.has(grid.sheet)) return false;
    const header = monthColumns(grid, startMonth);
    if (!header) return false;
    // Only the header's month columns can have been left unread, so only a table naming months there matters.
    const columns = [...header.months.keys()];
    for (let r = header.row + 1; r < grid.rows.length; r++) {
      const line = grid.rows[r] ?? [];
      let months = 0;
      for (const c of columns) {
        const cell = line[c] ?? null;
        if (cell !== null && typeof cell !== "boolean" && typeof cell !== "object" && isMonth(cell, numberFormatAt(grid, r, c)) && ++months >= 2) return true;
      }
    }
    return false;
  });
}
