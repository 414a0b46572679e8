/**
 * Reads the open workbook into grids through Office.js, in about as many syncs as the data needs responses, each
 * response packed close to Excel on the web's 5 MB from sizes measured on the workbook itself:
 *
 *   1. List the sheets (name, visibility), and ask Excel's DATE function which date system the workbook uses.
 *   2. Each sheet's used range (values only), its first 20 rows ("head", values and number formats), and where its
 *      hidden rows (ExcelApi 1.9), merged areas (1.13) and error cells are. A workbook whose sheets fit their heads
 *      (a KPI register, settings) is read now.
 *   3. The rest of each sheet, in row blocks packed into responses by the bytes its head rows measured: values, and
 *      number formats wherever the column holds numbers (a format is what tells 0.25 from 25% and a date from a
 *      count; a text column's formats change no figure and are not fetched). Given `needs`, a large sheet with a
 *      column per month is read only from the first month the build can use (`planReadWindow`).
 *
 * Above `maxCells` in all, the largest sheets are cut short and say how many rows they have (`totalRows`): ingest
 * reports them and the pipeline refuses to build on part of the data. Small sheets are served first, so a huge
 * extract cannot crowd out the KPI register. If the extras of step 2 make it fail (more than 512 merged areas) it is
 * retried once without them; a response still too large is retried in smaller blocks, extras kept.
 */
import { isDateFormat } from "../ingest/parse/isDateFormat";
import type { ReadNeeds, ReadWindow } from "../ingest/planReadWindow";
import { HEAD_ROWS, planReadWindow } from "../ingest/planReadWindow";
import type { CellRange, CellValue, Grid, WorkbookGrids } from "../model/grid";
import { STORE_SHEET, isOutputSheetName } from "../model/outputSheets";
import { toA1Range } from "../model/address";
import type { SetSupported } from "./checkRequirements";
import { officeSetSupported } from "./checkRequirements";
import { describeOfficeError, officeErrorCode } from "./describeOfficeError";
import { ExcelHostError } from "./excelHostError";
import type { ExcelRun } from "./excelRun";
import { RUN_OPTIONS } from "./excelRun";
import { parseAreasAddress } from "./parseAreasAddress";
import { isTemporarySheetName } from "./temporarySheets";
import { webJsonLength } from "./webJsonLength";

export interface ReadWorkbookOptions {
  /** Cells read in all before sheets are cut short. Default 2,000,000 (about 40 MB of responses). */
  readonly maxCells?: number;
  /** Rows read of any one sheet. Default 1,048,576 (all of them). */
  readonly maxRows?: number;
  /** Estimated bytes per response, as Office on the web sends it. Default 4.6 MB (Excel on the web refuses 5 MB). */
  readonly responseBudget?: number;
  /** Which requirement sets this Excel has; Office's answer by default. */
  readonly isSetSupported?: SetSupported;
  /** What the build will ask for: months it cannot use are not read (large sheets with a column per month). */
  readonly needs?: ReadNeeds;
}

const DEFAULT_MAX_CELLS = 2_000_000;
const DEFAULT_MAX_ROWS = 1_048_576;
const DEFAULT_RESPONSE_BUDGET = 4.6 * 1024 * 1024;
/** Rows still read of a sheet too large to read whole: enough for its headers and the issue that names it. */
const PREVIEW_ROWS = 50;
/** A sheet of more cells than this may be read in part when the build cannot use its oldest months. */
const LARGE_SHEET_CELLS = 5_000;
/** DATE(2000, 1, 1) in the 1900 date system; 1462 less in the 1904 system (Excel's two date systems). */
const SERIAL_2000 = 36526;
const DATE_1904_OFFSET = 1462;
/** Bytes a cell is assumed to take, value and format, where a sheet's head has nothing to measure. */
const DEFAULT_CELL_BYTES = { value: 10, format: 14 };
/** What Excel answers when it cannot list hidden rows or merged areas (over 512 of them, an older build). */
const EXTRAS_FAILURES: ReadonlySet<string> = new Set(["GeneralException", "InvalidArgument", "InvalidOperation", "NotImplemented", "ApiNotFound", "UnsupportedOperation"]);
/** Per-range and per-row overhead of a response (object path ids, brackets, commas). */
const RANGE_OVERHEAD = 200;
const ROW_OVERHEAD = 3;

interface UsedRange {
  readonly rowIndex: number;
  readonly columnIndex: number;
  readonly rowCount: number;
  readonly columnCount: number;
}

/** What step 2 returned for a sheet. */
interface SheetRead {
  readonly name: string;
  readonly hidden: boolean;
  readonly used: UsedRange | null;
  /** The sheet's first rows (absolute positions), values and formats. */
  readonly head: { readonly at: UsedRange; readonly values: unknown[][]; readonly formats: unknown[][] } | null;
  /** Rows of the sheet to read in all (from the used range's top), after `allocate`. */
  rows: number;
  /** 0-based columns not read below `skipFrom` (months the build cannot use). */
  skip: ReadonlySet<number>;
  skipFrom: number;
}

/** A body block: rows `first`..`first + count - 1` (absolute) of a sheet, in column runs. */
interface Block {
  readonly sheet: number;
  readonly first: number;
  readonly count: number;
}

interface Run {
  readonly left: number;
  readonly right: number;
  /** Whether its number formats are read (no: every sampled cell of its columns is text). */
  readonly formats: boolean;
}

interface SheetLayout {
  readonly runs: readonly Run[];
  /** Estimated response bytes of one row of the body. */
  readonly rowBytes: number;
}

interface LoadedRange {
  readonly top: number;
  readonly left: number;
  readonly range: Excel.Range;
  readonly formats: boolean;
}

interface Extras {
  readonly hiddenRows: boolean;
  readonly merges: boolean;
}

interface SheetExtras {
  readonly visible: Excel.RangeAreas | null;
  readonly merged: Excel.RangeAreas | null;
  readonly errors: readonly Excel.RangeAreas[];
}

/**
 * Shares out the cell budget: the store first, then the analyst's sheets, then the tool's own; within each, smaller
 * sheets first, so one huge extract cannot starve the KPI register. A sheet that does not fit whole is not read in
 * part (a build on part of the data would be wrong, and the pipeline refuses it): only its first rows, for context.
 */
function allocate(sheets: SheetRead[], maxCells: number, maxRows: number): void {
  const priority = (s: SheetRead) => (s.name === STORE_SHEET ? 0 : isOutputSheetName(s.name) ? 2 : 1);
  const cells = (s: SheetRead) => (s.used ? s.used.rowCount * (s.used.columnCount - s.skip.size) : 0);
  let remaining = maxCells;
  for (const sheet of [...sheets].sort((a, b) => priority(a) - priority(b) || cells(a) - cells(b))) {
    const used = sheet.used;
    if (!used) continue;
    const fits = used.rowIndex + used.rowCount <= maxRows && cells(sheet) <= remaining;
    sheet.rows = fits ? used.rowCount : Math.min(used.rowCount, PREVIEW_ROWS);
    remaining -= sheet.rows * (used.columnCount - sheet.skip.size);
  }
}

/** The value a cell holds as a grid value: errors (from the error cells Excel listed) kept apart from text. */
function cellValue(value: unknown, isError: boolean): CellValue {
  if (value === "" || value === null || value === undefined) return null;
  if (isError) return { error: String(value) };
  return typeof value === "number" || typeof value === "boolean" || typeof value === "string" ? value : String(value);
}

/**
 * Column runs of a sheet's body and the bytes a row of it takes, measured on its head: a run is a stretch of columns
 * read together, split where months are skipped and where formats are not needed (columns whose sampled cells are
 * all text).
 */
function layoutOf(read: SheetRead): SheetLayout {
  const used = read.used;
  if (!used) return { runs: [], rowBytes: 0 };
  const sample = read.head ? sampleColumns(read.head) : new Map<number, { cells: number; text: number; bytes: number; formatBytes: number }>();
  const runs: Run[] = [];
  let rowBytes = 0;
  for (let col = used.columnIndex; col < used.columnIndex + used.columnCount; col++) {
    if (read.skip.has(col)) continue;
    const seen = sample.get(col);
    const textOnly = seen !== undefined && seen.cells >= 3 && seen.text === seen.cells;
    const formats = !textOnly;
    const valueBytes = seen && seen.cells > 0 ? seen.bytes / seen.cells : DEFAULT_CELL_BYTES.value;
    const formatBytes = seen && seen.cells > 0 ? seen.formatBytes / seen.cells : DEFAULT_CELL_BYTES.format;
    rowBytes += valueBytes + (formats ? formatBytes : 0);
    const last = runs[runs.length - 1];
    if (last && last.right === col - 1 && last.formats === formats) runs[runs.length - 1] = { ...last, right: col };
    else runs.push({ left: col, right: col, formats });
  }
  // Each run's row is a bracketed list with a comma, for its values and again for its formats.
  return { runs, rowBytes: rowBytes + runs.reduce((n, run) => n + ROW_OVERHEAD * (run.formats ? 2 : 1), 0) };
}

/** Per column of a head, below its first non-empty row (a header, most likely): cells, text cells, bytes measured. */
function sampleColumns(head: NonNullable<SheetRead["head"]>): Map<number, { cells: number; text: number; bytes: number; formatBytes: number }> {
  const out = new Map<number, { cells: number; text: number; bytes: number; formatBytes: number }>();
  const firstRow = head.values.findIndex((line) => line.some((v) => v !== "" && v !== null));
  head.values.forEach((line, r) => {
    if (r <= firstRow) return;
    line.forEach((value, c) => {
      if (value === "" || value === null) return;
      const col = head.at.columnIndex + c;
      const entry = out.get(col) ?? { cells: 0, text: 0, bytes: 0, formatBytes: 0 };
      entry.cells += 1;
      if (typeof value === "string") entry.text += 1;
      // A cell's share of the response: its JSON with the web's escapes (the quotes round the whole body are not its),
      // and a comma.
      entry.bytes += webJsonLength(JSON.stringify(value)) - 2 + 1;
      entry.formatBytes += webJsonLength(JSON.stringify(head.formats[r]?.[c] ?? "General")) - 2 + 1;
      out.set(col, entry);
    });
  });
  return out;
}

/** Row blocks of every sheet's body, packed into syncs of at most `budget` estimated bytes, each sync filled. */
function planSyncs(reads: readonly SheetRead[], layouts: readonly SheetLayout[], budget: number): Block[][] {
  const syncs: Block[][] = [];
  let current: Block[] = [];
  let bytes = 0;
  reads.forEach((read, sheet) => {
    const used = read.used;
    const layout = layouts[sheet];
    if (!used || !layout || layout.runs.length === 0) return;
    let first = Math.max(used.rowIndex, HEAD_ROWS);
    const end = used.rowIndex + read.rows;
    while (first < end) {
      const fixed = RANGE_OVERHEAD * layout.runs.length;
      let room = Math.floor((budget - bytes - fixed) / layout.rowBytes);
      if (room < 1 && current.length > 0) {
        syncs.push(current);
        current = [];
        bytes = 0;
        room = Math.floor((budget - fixed) / layout.rowBytes);
      }
      // A row wider than a whole sync still goes, alone.
      const count = Math.min(Math.max(1, room), end - first);
      current.push({ sheet, first, count });
      bytes += fixed + count * layout.rowBytes;
      first += count;
    }
  });
  if (current.length > 0) syncs.push(current);
  return syncs;
}

/** A block in two halves by rows (one row stays whole), for a response that came back too large. */
function split(blocks: readonly Block[]): Block[][] {
  if (blocks.length > 1) {
    const half = Math.ceil(blocks.length / 2);
    return [blocks.slice(0, half), blocks.slice(half)];
  }
  const [block] = blocks;
  if (!block || block.count < 2) return [[...blocks]];
  const half = Math.ceil(block.count / 2);
  return [[{ ...block, count: half }], [{ ...block, first: block.first + half, count: block.count - half }]];
}

/**
 * Every sheet of the open workbook as a grid (tab order; hidden and very hidden sheets too, marked `hidden`).
 * Rejects with an `ExcelHostError` in plain words when Excel fails.
 * @example const grids = await readWorkbook(Excel.run, { needs: { asOf } }); findGrid(grids, "KPIs")
 */
export async function readWorkbook(run: ExcelRun, options: ReadWorkbookOptions = {}): Promise<WorkbookGrids> {
  const supported = options.isSetSupported ?? officeSetSupported;
  const maxCells = options.maxCells ?? DEFAULT_MAX_CELLS;
  const maxRows = options.maxRows ?? DEFAULT_MAX_ROWS;
  const budget = options.responseBudget ?? DEFAULT_RESPONSE_BUDGET;
  try {
    return await run(RUN_OPTIONS, async (context) => {
      // 1. List the sheets; the date system.
      const collection = context.workbook.worksheets;
      collection.load("items/name,items/visibility");
      const date = context.workbook.functions.date(2000, 1, 1);
      date.load("value");
      await context.sync();
      // A render's temporary sheets (left by one that was interrupted) are not the analyst's data.
      const worksheets = collection.items.filter((sheet) => !isTemporarySheetName(sheet.name));
      const date1904 = date.value === SERIAL_2000 - DATE_1904_OFFSET;

      // 2. Used ranges, heads and extras, in one sync (again without the extras if they are what failed).
      let extras: Extras = { hiddenRows: supported("ExcelApi", "1.9"), merges: supported("ExcelApi", "1.13") };
      let second: ReturnType<typeof queueHeads>;
      try {
        second = queueHeads(worksheets, extras);
        await context.sync();
      } catch (error) {
        if ((!extras.hiddenRows && !extras.merges) || !EXTRAS_FAILURES.has(officeErrorCode(error) ?? "")) throw error;
        extras = { hiddenRows: false, merges: false };
        second = queueHeads(worksheets, extras);
        await context.sync();
      }
      const reads: SheetRead[] = worksheets.map((sheet, i) => {
        const used = second.used[i];
        const head = second.heads[i];
        const at = (r: Excel.Range): UsedRange => ({ rowIndex: r.rowIndex, columnIndex: r.columnIndex, rowCount: r.rowCount, columnCount: r.columnCount });
        return {
          name: sheet.name,
          hidden: sheet.visibility !== "Visible",
          used: !used || used.isNullObject ? null : at(used),
          head: !head || head.isNullObject ? null : { at: at(head), values: head.values, formats: head.numberFormat },
          rows: 0,
          skip: new Set(),
          skipFrom: 0,
        };
      });
      const errorCells = second.extras.map((e) => new Set(e.errors.flatMap((areas) => (areas.isNullObject ? [] : cellsOf(areas.address)))));
      const heads: WorkbookGrids = { sheets: reads.map((read, i) => headGrid(read, errorCells[i] ?? new Set(), date1904)) };

      // The months the build cannot use, on large sheets with a column per month.
      const window = options.needs ? planWindow(heads, reads, options.needs) : null;

      // 3. The rest, packed by measured size; a response too large is split and tried again.
      allocate(reads, maxCells, maxRows);
      const layouts = reads.map(layoutOf);
      const loaded: LoadedRange[][] = reads.map(() => []);
      const queue = planSyncs(reads, layouts, budget);
      while (queue.length > 0) {
        const blocks = queue.shift() ?? [];
        const ranges = blocks.flatMap((block) => queueBlock(worksheets, reads, layouts, block));
        try {
          await context.sync();
        } catch (error) {
          if (officeErrorCode(error) !== "ResponsePayloadSizeLimitExceeded" || split(blocks).length < 2) throw error;
          queue.unshift(...split(blocks));
          continue;
        }
        for (const loadedRange of ranges) loaded[loadedRange.sheet]?.push(loadedRange.range);
      }

      // Numbers in a column sampled as text: their formats, in one more sync (rare).
      const missing = loaded.flatMap((ranges, sheet) => ranges.filter((r) => !r.formats && r.range.values.some((line) => line.some((v) => typeof v === "number"))).map((r) => ({ sheet, r })));
      const fetched = new Map<LoadedRange, unknown[][]>();
      if (missing.length > 0) {
        const queued = missing.map(({ sheet, r }) => {
          const rows = r.range.values.length;
          const columns = r.range.values[0]?.length ?? 1;
          return { r, range: worksheets[sheet]!.getRange(toA1Range(r.top, r.left, r.top + rows - 1, r.left + columns - 1)).load("numberFormat") };
        });
        await context.sync();
        for (const { r, range } of queued) fetched.set(r, range.numberFormat);
      }

      const sheets = reads.map((read, i) => toGrid(read, heads.sheets[i]!, loaded[i] ?? [], fetched, errorCells[i] ?? new Set(), second.extras[i], date1904));
      return window ? { sheets, readFrom: window.from, partlyRead: [...window.skip.keys()] } : { sheets };
    });
  } catch (error) {
    if (error instanceof ExcelHostError) throw error;
    throw new ExcelHostError(describeOfficeError(error), officeErrorCode(error), error);
  }
}

/** Step 2's requests: used ranges, heads (the used part of the first rows), hidden rows, merges, error cells. */
function queueHeads(worksheets: readonly Excel.Worksheet[], extras: Extras) {
  const used = worksheets.map((sheet) => sheet.getUsedRangeOrNullObject(true).load("rowIndex,columnIndex,rowCount,columnCount"));
  const heads = worksheets.map((sheet) =>
    sheet.getRange(`1:${HEAD_ROWS}`).getUsedRangeOrNullObject(true).load("values,numberFormat,rowIndex,columnIndex,rowCount,columnCount"),
  );
  const sheetExtras: SheetExtras[] = worksheets.map((sheet) => {
    // On the whole sheet, which always exists: its used range may not, and a null object cannot be asked further.
    const whole = sheet.getRange();
    const visible = extras.hiddenRows ? whole.getSpecialCellsOrNullObject("Visible").load("address") : null;
    const merged = extras.merges ? whole.getMergedAreasOrNullObject().load("address") : null;
    const errors = (["Constants", "Formulas"] as const).map((type) => whole.getSpecialCellsOrNullObject(type, "Errors").load("address"));
    return { visible, merged, errors };
  });
  return { used, heads, extras: sheetExtras };
}

/** The body of one block: a range per column run, values and (where needed) formats. */
function queueBlock(
  worksheets: readonly Excel.Worksheet[],
  reads: readonly SheetRead[],
  layouts: readonly SheetLayout[],
  block: Block,
): { sheet: number; range: LoadedRange }[] {
  const layout = layouts[block.sheet];
  const sheet = worksheets[block.sheet];
  if (!layout || !sheet || !reads[block.sheet]) return [];
  return layout.runs.map((run) => {
    const range = sheet.getRange(toA1Range(block.first, run.left, block.first + block.count - 1, run.right));
    range.load(run.formats ? "values,numberFormat" : "values");
    return { sheet: block.sheet, range: { top: block.first, left: run.left, range, formats: run.formats } };
  });
}

/** Decides which months to skip, on sheets large enough for it to matter. */
function planWindow(heads: WorkbookGrids, reads: SheetRead[], needs: ReadNeeds): ReadWindow | null {
  const large = new Set(reads.filter((r) => r.used && r.used.rowCount * r.used.columnCount > LARGE_SHEET_CELLS).map((r) => r.name));
  if (large.size === 0) return null;
  const window = planReadWindow(heads, needs, large);
  if (!window) return null;
  for (const read of reads) {
    const skip = window.skip.get(read.name);
    if (!skip) continue;
    read.skip = new Set(skip.columns);
    read.skipFrom = skip.headerRow + 1;
  }
  return window;
}

/** `Sheet1!A1:B2, Sheet1!D4` as `row:col` keys of every cell. */
function cellsOf(address: string): string[] {
  const keys: string[] = [];
  for (const area of parseAreasAddress(address)) {
    // Error cells are few; a pathological area (a whole column of #N/A) is still bounded by the sheet's used cells.
    if ((area.bottom - area.top + 1) * (area.right - area.left + 1) > 1_000_000) continue;
    for (let r = area.top; r <= area.bottom; r++) for (let c = area.left; c <= area.right; c++) keys.push(`${r}:${c}`);
  }
  return keys;
}

/** A value as the grid holds it: errors apart, dates in the 1900 system whatever the workbook uses. */
function gridValue(value: unknown, format: unknown, row: number, col: number, errors: ReadonlySet<string>, date1904: boolean): CellValue {
  const cell = cellValue(value, errors.has(`${row}:${col}`));
  if (date1904 && typeof cell === "number" && typeof format === "string" && isDateFormat(format)) return cell + DATE_1904_OFFSET;
  return cell;
}

/** A sheet's head as a grid, for planning (rows from A1, absolute positions). */
function headGrid(read: SheetRead, errors: ReadonlySet<string>, date1904: boolean): Grid {
  const rows: CellValue[][] = [];
  const numberFormats: (string | undefined)[][] = [];
  const head = read.head;
  if (head) {
    head.values.forEach((line, r) => {
      const row = head.at.rowIndex + r;
      const values: CellValue[] = Array.from({ length: head.at.columnIndex }, () => null);
      const formats: (string | undefined)[] = Array.from({ length: head.at.columnIndex }, () => undefined);
      line.forEach((value, c) => {
        const format = head.formats[r]?.[c];
        values.push(gridValue(value, format, row, head.at.columnIndex + c, errors, date1904));
        formats.push(typeof format === "string" ? format : undefined);
      });
      rows[row] = values;
      numberFormats[row] = formats;
    });
  }
  return { sheet: read.name, rows: Array.from(rows, (line) => line ?? []), numberFormats: Array.from(numberFormats, (line) => line ?? []) };
}

function toGrid(
  read: SheetRead,
  head: Grid,
  ranges: readonly LoadedRange[],
  fetched: ReadonlyMap<LoadedRange, unknown[][]>,
  errors: ReadonlySet<string>,
  extras: SheetExtras | undefined,
  date1904: boolean,
): Grid {
  const used = read.used;
  const base = { sheet: read.name, ...(read.hidden ? { hidden: true } : {}) };
  if (!used) return { ...base, rows: [] };
  const last = used.rowIndex + read.rows - 1;
  const width = used.columnIndex + used.columnCount;
  const rows: CellValue[][] = [];
  const numberFormats: (string | undefined)[][] = [];
  for (let r = 0; r <= last; r++) {
    if (r < used.rowIndex) {
      rows.push([]);
      numberFormats.push([]);
      continue;
    }
    // Months the build cannot use are blank below the header row, head rows included, so no sheet is half-read.
    const headRow = head.rows[r];
    const values: CellValue[] = Array.from({ length: width }, (_, c) => (headRow && !(r >= read.skipFrom && read.skip.has(c)) ? (headRow[c] ?? null) : null));
    const formats: (string | undefined)[] = Array.from({ length: width }, (_, c) => (headRow ? head.numberFormats?.[r]?.[c] : undefined));
    rows.push(values);
    numberFormats.push(formats);
  }
  for (const loaded of ranges) {
    const formats = loaded.formats ? loaded.range.numberFormat : fetched.get(loaded);
    loaded.range.values.forEach((line, i) => {
      const row = loaded.top + i;
      const values = rows[row];
      const rowFormats = numberFormats[row];
      if (!values || !rowFormats) return;
      line.forEach((value, j) => {
        const format = formats?.[i]?.[j];
        values[loaded.left + j] = gridValue(value, format, row, loaded.left + j, errors, date1904);
        rowFormats[loaded.left + j] = typeof format === "string" ? format : undefined;
      });
    });
  }

  const grid: { -readonly [K in keyof Grid]: Grid[K] } = { ...base, rows, numberFormats };
  if (extras?.visible) {
    const shown = new Set<number>();
    if (!extras.visible.isNullObject) {
      for (const area of parseAreasAddress(extras.visible.address)) for (let r = Math.max(area.top, used.rowIndex); r <= Math.min(area.bottom, last); r++) shown.add(r);
    }
    const hidden: number[] = [];
    for (let r = used.rowIndex; r <= last; r++) if (!shown.has(r)) hidden.push(r);
    if (hidden.length > 0) grid.hiddenRows = hidden;
  }
  if (extras?.merged && !extras.merged.isNullObject) {
    const merges: CellRange[] = parseAreasAddress(extras.merged.address);
    if (merges.length > 0) grid.merges = merges;
  }
  if (read.rows < used.rowCount) grid.totalRows = used.rowIndex + used.rowCount;
  return grid;
}
