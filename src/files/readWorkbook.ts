/**
 * Reads an .xlsx package into grids with ExcelJS: the file host's half of "host workbook --read--> grids".
 * It takes bytes, not a path, so the same code runs in Node (command line, tests) and in the browser bundle
 * (the standalone page's upload).
 */
import ExcelJS from "exceljs";
import type { CellRange, CellValue, Grid, WorkbookGrids } from "../model/grid";
import { guardLargeSheets } from "./guardLargeSheets";

export interface ReadWorkbookGridsOptions {
  /**
   * Read at most this many rows of a sheet; the rest are left out and the sheet's `totalRows` says how many
   * there were, so ingest can report a sheet too large to read. Default: every row.
   */
  readonly maxRows?: number;
  /** Worksheet parts larger than this (bytes of XML) are read only in part; see `guardLargeSheets`. */
  readonly maxSheetBytes?: number;
}

/**
 * Reads every worksheet of an .xlsx package, in workbook order, into a `Grid`: values normalised the way ingest
 * expects (dates as 1900-system serials, formulas as their cached result, rich text and hyperlinks as plain text,
 * Excel errors as `CellError`), number formats per cell, merged ranges (0-based, inclusive), hidden rows and hidden
 * sheets. Trailing empty rows and columns are trimmed; cells covered by a merge (other than its top-left) are `null`.
 *
 * Rejects only when the bytes are not an .xlsx package ExcelJS can open; the message says so.
 *
 * @example
 * const grids = await readWorkbookGrids(await file.arrayBuffer());
 * cellAt(findGrid(grids, "KPIs")!, 0, 0); // "ID"
 */
export async function readWorkbookGrids(
  data: ArrayBuffer | Uint8Array,
  options: ReadWorkbookGridsOptions = {},
): Promise<WorkbookGrids> {
  const guarded = guardLargeSheets(data instanceof Uint8Array ? data : new Uint8Array(data), options.maxSheetBytes);
  const workbook = new ExcelJS.Workbook();
  try {
    // ExcelJS types `load` as taking a Node Buffer, but it hands the bytes to JSZip, which also takes an
    // ArrayBuffer or Uint8Array: that is what lets this run in the browser.
    await workbook.xlsx.load(guarded.data as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    throw new Error(`The file could not be read as an .xlsx workbook (${reason}).`);
  }
  return {
    sheets: workbook.worksheets.map((sheet) => {
      const grid = readSheet(sheet, options.maxRows);
      const totalRows = guarded.cut.get(sheet.name);
      return totalRows !== undefined && totalRows > grid.rows.length ? { ...grid, totalRows } : grid;
    }),
  };
}

function readSheet(sheet: ExcelJS.Worksheet, maxRows: number | undefined): Grid {
  const lastRow = sheet.rowCount;
  const rowLimit = maxRows === undefined ? lastRow : Math.min(lastRow, Math.max(0, Math.floor(maxRows)));
  const values: CellValue[][] = [];
  const formats: (string | undefined)[][] = [];
  const hiddenRows: number[] = [];
  let width = 0;
  let height = 0;

  for (let r = 1; r <= rowLimit; r++) {
    const row = sheet.findRow(r);
    const rowValues: CellValue[] = [];
    const rowFormats: (string | undefined)[] = [];
    if (row) {
      if (row.hidden) hiddenRows.push(r - 1);
      row.eachCell({ includeEmpty: false }, (cell, col) => {
        // Only the top-left cell of a merge holds its value, as in Excel.
        const value = cell.master === cell ? normaliseCellValue(cell.value) : null;
        rowValues[col - 1] = value;
        rowFormats[col - 1] = cell.numFmt || undefined;
        if (value !== null) width = Math.max(width, col);
      });
    }
    if (rowValues.some((v) => v !== undefined && v !== null)) height = r;
    values.push(rowValues);
    formats.push(rowFormats);
  }

  const rows = values.slice(0, height).map((row) => fill(row, width, null));
  const numberFormats = formats.slice(0, height).map((row) => fill(row, width, undefined));
  const grid: Grid = {
    sheet: sheet.name,
    rows,
    numberFormats,
    merges: readMerges(sheet),
    hiddenRows: hiddenRows.filter((r) => r < height),
    hidden: sheet.state === "hidden" || sheet.state === "veryHidden",
  };
  return rowLimit < lastRow ? { ...grid, totalRows: lastRow } : grid;
}

/** A dense row of exactly `width` cells (sparse holes and the tail beyond `width` are dropped or filled). */
function fill<T>(row: readonly (T | undefined)[], width: number, empty: T): T[] {
  const out: T[] = [];
  for (let c = 0; c < width; c++) out.push(row[c] ?? empty);
  return out;
}

interface MergeRange {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

function readMerges(sheet: ExcelJS.Worksheet): CellRange[] {
  // `_merges` (master address -> 1-based range) is not in ExcelJS's typings; the public alternative,
  // `sheet.model.merges`, serialises every row of the sheet just to list them.
  const merges = (sheet as unknown as { _merges?: Record<string, MergeRange | undefined> })._merges ?? {};
  return Object.values(merges)
    .filter((m): m is MergeRange => m !== undefined)
    .map((m) => ({ top: m.top - 1, left: m.left - 1, bottom: m.bottom - 1, right: m.right - 1 }))
    .sort((a, b) => a.top - b.top || a.left - b.left);
}

const MS_PER_DAY = 24 * 60 * 60 * 1000;
/** Serial of 1 Jan 1970 in Excel's 1900 date system. */
const UNIX_EPOCH_SERIAL = 25569;

/**
 * ExcelJS turns date-formatted serials into JS Dates at UTC midnight (shifting 1904-system workbooks itself);
 * this undoes it, giving the serial in the 1900 system. 1 Apr 2013 -> 41365.
 */
function serialFromDate(date: Date): number | null {
  const ms = date.getTime();
  if (Number.isNaN(ms)) return null;
  // Add before dividing so whole days stay exact integers.
  return (ms + UNIX_EPOCH_SERIAL * MS_PER_DAY) / MS_PER_DAY;
}

/** A value as ExcelJS holds it (`cell.value`, or a formula's `result`) as a grid value. */
function normaliseCellValue(raw: unknown): CellValue {
  if (raw === null || raw === undefined) return null;
  if (typeof raw === "number") return Number.isFinite(raw) ? raw : null;
  if (typeof raw === "string") return raw === "" ? null : raw;
  if (typeof raw === "boolean") return raw;
  if (raw instanceof Date) return serialFromDate(raw);
  if (typeof raw !== "object") return null;
  const value = raw as Record<string, unknown>;
  if (typeof value.error === "string") return { error: value.error };
  // Formulas (plain, shared, array): the cached result; none means Excel never calculated it.
  if ("formula" in value || "sharedFormula" in value) return normaliseCellValue(value.result);
  if (Array.isArray(value.richText)) return normaliseCellValue(richTextToString(value.richText));
  // Hyperlinks: the text shown, which may itself be rich text.
  if ("hyperlink" in value) return normaliseCellValue(value.text);
  return null;
}

function richTextToString(runs: readonly unknown[]): string {
  return runs.map((run) => (typeof run === "object" && run !== null && "text" in run ? String(run.text) : "")).join("");
}
