/**
 * Reads the open workbook into grids through Office.js, in a number of syncs that does not depend on the number of
 * sheets, KPIs or rows until the data itself outgrows one response:
 *
 *   1. List the sheets (name, visibility).
 *   2. Their used ranges (values only: formatting alone does not make a sheet big).
 *   3. Values, number formats and value types, in row blocks packed into syncs of at most `cellsPerSync` cells
 *      (about 30 bytes a cell: one response stays under Excel on the web's 5 MB), with hidden rows (visible cells,
 *      ExcelApi 1.9) and merged areas (ExcelApi 1.13) where this Excel has them. A workbook of up to `cellsPerSync`
 *      cells takes one sync here; a bigger one one more per `cellsPerSync` cells.
 *
 * Above `maxCells` in all, the largest sheets are cut short and say how many rows they have (`totalRows`): ingest
 * reports them and the pipeline refuses to build on part of the data. Small sheets are served first, so a huge
 * extract cannot crowd out the KPI register. If the extras (hidden rows, merges) make a sync fail, it is retried once
 * without them; if a response is still too large, with blocks a quarter of the size.
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
import { isTemporarySheetName } from "./temporarySheets";

export interface ReadWorkbookOptions {
  /** Cells read in all before sheets are cut short. Default 2,000,000 (about 60 MB of responses). */
  readonly maxCells?: number;
  /** Rows read of any one sheet. Default 1,048,576 (all of them). */
  readonly maxRows?: number;
  /** Cells per sync, so each response stays under 5 MB. Default 120,000. */
  readonly cellsPerSync?: number;
  /** Which requirement sets this Excel has; Office's answer by default. */
  readonly isSetSupported?: SetSupported;
}

const DEFAULT_MAX_CELLS = 2_000_000;
const DEFAULT_MAX_ROWS = 1_048_576;
const DEFAULT_CELLS_PER_SYNC = 120_000;

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

/** Rows still read of a sheet too large to read whole: enough for its headers and the issue that names it. */
const PREVIEW_ROWS = 50;

/**
 * Shares out the cell budget: the store first, then the analyst's sheets, then the tool's own; within each, smaller
 * sheets first, so one huge extract cannot starve the KPI register. A sheet that does not fit whole is not read in
 * part (a build on part of the data would be wrong, and the pipeline refuses it): only its first rows, for context.
 */
function allocate(sheets: SheetRead[], maxCells: number, maxRows: number): void {
  const priority = (s: SheetRead) => (s.name === STORE_SHEET ? 0 : isOutputSheetName(s.name) ? 2 : 1);
  const cells = (s: SheetRead) => (s.used ? s.used.rowCount * s.used.columnCount : 0);
  let remaining = maxCells;
  for (const sheet of [...sheets].sort((a, b) => priority(a) - priority(b) || cells(a) - cells(b))) {
    const used = sheet.used;
    if (!used) continue;
    const fits = used.rowIndex + used.rowCount <= maxRows && cells(sheet) <= remaining;
    sheet.rows = fits ? used.rowCount : Math.min(used.rowCount, PREVIEW_ROWS);
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

/** Rows `first`..`first + count - 1` (0-based, within the sheet's used range) of sheet `sheet`. */
interface Block {
  readonly sheet: number;
  readonly first: number;
  readonly count: number;
}

interface LoadedBlock {
  readonly block: Block;
  readonly range: Excel.Range;
}

interface Loaded {
  readonly blocks: LoadedBlock[];
  readonly visible: Excel.RangeAreas | null;
  readonly merged: Excel.RangeAreas | null;
}

/** Splits each sheet's rows into blocks and packs them into syncs of at most `cellsPerSync` cells, filling each. */
function planSyncs(reads: readonly SheetRead[], cellsPerSync: number): Block[][] {
  const syncs: Block[][] = [];
  let current: Block[] = [];
  let cells = 0;
  reads.forEach((read, sheet) => {
    const columns = read.used?.columnCount ?? 0;
    if (!read.used || read.rows === 0 || columns === 0) return;
    let first = 0;
    while (first < read.rows) {
      let room = Math.floor((cellsPerSync - cells) / columns);
      if (room < 1 && current.length > 0) {
        syncs.push(current);
        current = [];
        cells = 0;
        room = Math.floor(cellsPerSync / columns);
      }
      // A row wider than a whole sync still goes, alone.
      const count = Math.min(Math.max(1, room), read.rows - first);
      current.push({ sheet, first, count });
      cells += count * columns;
      first += count;
    }
  });
  if (current.length > 0) syncs.push(current);
  return syncs;
}

function queueBlock(worksheets: readonly Excel.Worksheet[], reads: readonly SheetRead[], block: Block): LoadedBlock {
  const used = reads[block.sheet]!.used!;
  const top = used.rowIndex + block.first;
  const range = worksheets[block.sheet]!.getRange(toA1Range(top, used.columnIndex, top + block.count - 1, used.columnIndex + used.columnCount - 1));
  range.load("values,numberFormat,valueTypes");
  return { block, range };
}

/** Hidden rows and merges come back as addresses for the whole read part of a sheet, queued with its first block. */
function queueExtras(worksheet: Excel.Worksheet, read: SheetRead, extras: Extras): Pick<Loaded, "visible" | "merged"> {
  const used = read.used!;
  const whole = worksheet.getRange(toA1Range(used.rowIndex, used.columnIndex, used.rowIndex + read.rows - 1, used.columnIndex + used.columnCount - 1));
  const visible = extras.hiddenRows ? whole.getSpecialCellsOrNullObject("Visible") : null;
  visible?.load("address");
  const merged = extras.merges ? whole.getMergedAreasOrNullObject() : null;
  merged?.load("address");
  return { visible, merged };
}

/** Runs the planned syncs, each block's proxies kept per sheet. */
async function loadAll(
  context: Excel.RequestContext,
  worksheets: readonly Excel.Worksheet[],
  reads: readonly SheetRead[],
  syncs: readonly Block[][],
  extras: Extras,
): Promise<(Loaded | null)[]> {
  const loaded: (Loaded | null)[] = reads.map(() => null);
  for (const blocks of syncs) {
    for (const block of blocks) {
      let entry = loaded[block.sheet];
      if (!entry) {
        entry = { blocks: [], ...queueExtras(worksheets[block.sheet]!, reads[block.sheet]!, extras) };
        loaded[block.sheet] = entry;
      }
      entry.blocks.push(queueBlock(worksheets, reads, block));
    }
    // One sync per packed group: the number of syncs follows the volume of data, never the number of sheets.
    await context.sync();
  }
  return loaded;
}

function toGrid(read: SheetRead, loaded: Loaded | null): Grid {
  const used = read.used;
  const base = { sheet: read.name, rows: [] as CellValue[][], ...(read.hidden ? { hidden: true } : {}) };
  if (!used || !loaded) return used && read.rows < used.rowCount ? { ...base, totalRows: used.rowIndex + used.rowCount } : base;
  const lead = Array.from({ length: used.columnIndex }, () => null);
  const rows: CellValue[][] = Array.from({ length: used.rowIndex }, () => []);
  const numberFormats: (string | undefined)[][] = Array.from({ length: used.rowIndex }, () => []);
  for (const { range } of loaded.blocks) {
    const formats = range.numberFormat;
    const types = range.valueTypes;
    range.values.forEach((line, r) => {
      rows.push([...lead, ...line.map((v, c) => cellValue(v, types[r]?.[c]))]);
      numberFormats.push([...lead.map(() => undefined), ...(formats[r] ?? []).map((f) => (typeof f === "string" ? f : undefined))]);
    });
  }

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
  const cellsPerSync = options.cellsPerSync ?? DEFAULT_CELLS_PER_SYNC;
  try {
    return await run(RUN_OPTIONS, async (context) => {
      // 1. List the sheets.
      const collection = context.workbook.worksheets;
      collection.load("items/name,items/visibility");
      await context.sync();
      // A render's temporary sheets (left by one that was interrupted) are not the analyst's data.
      const worksheets = collection.items.filter((sheet) => !isTemporarySheetName(sheet.name));

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

      // 3. Values, formats and types, in as few syncs as the volume allows.
      allocate(reads, maxCells, maxRows);
      const extras: Extras = { hiddenRows: supported("ExcelApi", "1.9"), merges: supported("ExcelApi", "1.13") };
      let loaded: (Loaded | null)[];
      try {
        loaded = await loadAll(context, worksheets, reads, planSyncs(reads, cellsPerSync), extras);
      } catch (error) {
        const tooLarge = officeErrorCode(error) === "ResponsePayloadSizeLimitExceeded";
        if (!tooLarge && !extras.hiddenRows && !extras.merges) throw error;
        const smaller = planSyncs(reads, tooLarge ? Math.max(1, Math.floor(cellsPerSync / 4)) : cellsPerSync);
        loaded = await loadAll(context, worksheets, reads, smaller, { hiddenRows: false, merges: false });
      }
      return { sheets: reads.map((read, i) => toGrid(read, loaded[i] ?? null)) };
    });
  } catch (error) {
    if (error instanceof ExcelHostError) throw error;
    throw new ExcelHostError(describeOfficeError(error), officeErrorCode(error), error);
  }
}
