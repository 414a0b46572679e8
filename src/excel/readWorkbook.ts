/**
 * Reads the open workbook into grids through Office.js, in a constant number of syncs whatever the number of
 * sheets or rows:
 *
 *   1. List the sheets (name, visibility).
 *   2. Their used ranges (values only: formatting alone does not make a sheet big).
 *   3. Values, number formats and value types of every sheet at once, with hidden rows (visible cells, ExcelApi
 *      1.9) and merged areas (ExcelApi 1.13) where this Excel has them.
 *
 * One response may not exceed 5 MB on Excel on the web, so step 3 reads at most `maxCells` cells in all and
 * `maxRows` rows of a sheet; a sheet cut short says how many rows it has (`totalRows`) and ingest reports it as too
 * large rather than using part of it. Small sheets are served first, so a huge extract cannot crowd out the KPIs. If the extras (hidden rows, merges) make step 3 fail, it is retried once
 * without them; if the response is still too large, once with a quarter of the cells.
 */
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

export interface ReadWorkbookOptions {
  /** Cells read in all (about 30 bytes each in the response). Default 120,000. */
  readonly maxCells?: number;
  /** Rows read of any one sheet. Default 50,000. */
  readonly maxRows?: number;
  /** Which requirement sets this Excel has; Office's answer by default. */
  readonly isSetSupported?: SetSupported;
}

const DEFAULT_MAX_CELLS = 120_000;
const DEFAULT_MAX_ROWS = 50_000;

interface UsedRange {
  readonly rowIndex: number;
  readonly columnIndex: number;
  readonly rowCount: number;
  readonly columnCount: number;
}

interface SheetRead {
  readonly name: string;
  readonly hidden: boolean;
  readonly used: UsedRange | null;
  /** Rows of the used range to read. */
  rows: number;
}

interface Extras {
  readonly hiddenRows: boolean;
  readonly merges: boolean;
}

/**
 * Shares out the cell budget: the store first, then the analyst's sheets, then the tool's own; within each, smaller
 * sheets first, so one huge extract cannot starve the KPI register (the huge one is cut short instead).
 */
function allocate(sheets: SheetRead[], maxCells: number, maxRows: number): void {
  const priority = (s: SheetRead) => (s.name === STORE_SHEET ? 0 : isOutputSheetName(s.name) ? 2 : 1);
  const cells = (s: SheetRead) => (s.used ? s.used.rowCount * s.used.columnCount : 0);
  let remaining = maxCells;
  for (const sheet of [...sheets].sort((a, b) => priority(a) - priority(b) || cells(a) - cells(b))) {
    const used = sheet.used;
    if (!used) continue;
    const byRows = Math.max(0, maxRows - used.rowIndex);
    const byCells = Math.floor(remaining / Math.max(1, used.columnCount));
    sheet.rows = Math.max(0, Math.min(used.rowCount, byRows, byCells));
    remaining -= sheet.rows * used.columnCount;
  }
}

function cellValue(value: unknown, type: string | undefined): CellValue {
  switch (type) {
    case "Empty":
      return null;
    case "Error":
      return { error: String(value) };
    case "Boolean":
      return value === true || value === "TRUE" || value === "true";
    case "Double":
    case "Integer":
      return typeof value === "number" ? value : Number(value);
    case "String":
      return String(value);
    default:
      if (value === "" || value === null || value === undefined) return null;
      return typeof value === "number" || typeof value === "boolean" || typeof value === "string" ? value : String(value);
  }
}

interface Loaded {
  readonly range: Excel.Range;
  readonly visible: Excel.RangeAreas | null;
  readonly merged: Excel.RangeAreas | null;
}

function queueLoads(worksheets: readonly Excel.Worksheet[], reads: readonly SheetRead[], extras: Extras): (Loaded | null)[] {
  return reads.map((read, i) => {
    const used = read.used;
    const sheet = worksheets[i];
    if (!used || read.rows === 0 || !sheet) return null;
    const address = toA1Range(used.rowIndex, used.columnIndex, used.rowIndex + read.rows - 1, used.columnIndex + used.columnCount - 1);
    const range = sheet.getRange(address);
    range.load("values,numberFormat,valueTypes");
    const visible = extras.hiddenRows ? range.getSpecialCellsOrNullObject("Visible") : null;
    visible?.load("address");
    const merged = extras.merges ? range.getMergedAreasOrNullObject() : null;
    merged?.load("address");
    return { range, visible, merged };
  });
}

function toGrid(read: SheetRead, loaded: Loaded | null): Grid {
  const used = read.used;
  const base = { sheet: read.name, rows: [] as CellValue[][], ...(read.hidden ? { hidden: true } : {}) };
  if (!used || !loaded) return used && read.rows < used.rowCount ? { ...base, totalRows: used.rowIndex + used.rowCount } : base;
  const values = loaded.range.values;
  const formats = loaded.range.numberFormat;
  const types = loaded.range.valueTypes;
  const lead = Array.from({ length: used.columnIndex }, () => null);
  const rows: CellValue[][] = Array.from({ length: used.rowIndex }, () => []);
  const numberFormats: (string | undefined)[][] = Array.from({ length: used.rowIndex }, () => []);
  values.forEach((line, r) => {
    rows.push([...lead, ...line.map((v, c) => cellValue(v, types[r]?.[c]))]);
    numberFormats.push([...lead.map(() => undefined), ...(formats[r] ?? []).map((f) => (typeof f === "string" ? f : undefined))]);
  });

  const grid: { -readonly [K in keyof Grid]: Grid[K] } = { ...base, rows, numberFormats };
  if (loaded.visible) {
    const last = used.rowIndex + read.rows - 1;
    const shown = new Set<number>();
    if (!loaded.visible.isNullObject) {
      for (const area of parseAreasAddress(loaded.visible.address)) for (let r = area.top; r <= Math.min(area.bottom, last); r++) shown.add(r);
    }
    const hidden: number[] = [];
    for (let r = used.rowIndex; r <= last; r++) if (!shown.has(r)) hidden.push(r);
    if (hidden.length > 0) grid.hiddenRows = hidden;
  }
  if (loaded.merged && !loaded.merged.isNullObject) {
    const merges: CellRange[] = parseAreasAddress(loaded.merged.address);
    if (merges.length > 0) grid.merges = merges;
  }
  if (read.rows < used.rowCount) grid.totalRows = used.rowIndex + used.rowCount;
  return grid;
}

/**
 * Every sheet of the open workbook as a grid (tab order; hidden and very hidden sheets too, marked `hidden`).
 * Rejects with an `ExcelHostError` in plain words when Excel fails.
 * @example const grids = await readWorkbook(Excel.run); findGrid(grids, "KPIs")
 */
export async function readWorkbook(run: ExcelRun, options: ReadWorkbookOptions = {}): Promise<WorkbookGrids> {
  const supported = options.isSetSupported ?? officeSetSupported;
  const maxCells = options.maxCells ?? DEFAULT_MAX_CELLS;
  const maxRows = options.maxRows ?? DEFAULT_MAX_ROWS;
  try {
    return await run(RUN_OPTIONS, async (context) => {
      // 1. List the sheets.
      const collection = context.workbook.worksheets;
      collection.load("items/name,items/visibility");
      await context.sync();
      const worksheets = collection.items;

      // 2. Their used ranges, values only.
      const usedRanges = worksheets.map((sheet) => sheet.getUsedRangeOrNullObject(true).load("rowIndex,columnIndex,rowCount,columnCount"));
      await context.sync();
      const reads: SheetRead[] = worksheets.map((sheet, i) => {
        const used = usedRanges[i];
        return {
          name: sheet.name,
          hidden: sheet.visibility !== "Visible",
          used: !used || used.isNullObject ? null : { rowIndex: used.rowIndex, columnIndex: used.columnIndex, rowCount: used.rowCount, columnCount: used.columnCount },
          rows: 0,
        };
      });

      // 3. Values, formats and types of all of them in one batch.
      allocate(reads, maxCells, maxRows);
      const extras: Extras = { hiddenRows: supported("ExcelApi", "1.9"), merges: supported("ExcelApi", "1.13") };
      let loaded: (Loaded | null)[];
      try {
        loaded = queueLoads(worksheets, reads, extras);
        await context.sync();
      } catch (error) {
        const tooLarge = officeErrorCode(error) === "ResponsePayloadSizeLimitExceeded";
        if (!tooLarge && !extras.hiddenRows && !extras.merges) throw error;
        if (tooLarge) allocate(reads, Math.floor(maxCells / 4), maxRows);
        loaded = queueLoads(worksheets, reads, { hiddenRows: false, merges: false });
        await context.sync();
      }
      return { sheets: reads.map((read, i) => toGrid(read, loaded[i] ?? null)) };
    });
  } catch (error) {
    if (error instanceof ExcelHostError) throw error;
    throw new ExcelHostError(describeOfficeError(error), officeErrorCode(error), error);
  }
}
