/**
 * Grids are what a host reads out of a workbook before anything is understood: one per sheet, row-major,
 * 0-based from A1. Hosts normalise their own quirks into this shape so ingest never sees ExcelJS or Office.js:
 * dates become Excel serial numbers, error values become `CellError`, formulas become their cached result.
 */
import type { Month } from "./period";

/** An Excel error value such as `#DIV/0!` or `#N/A`, kept apart from text that merely looks like one. */
export interface CellError {
  readonly error: string;
}

export type CellValue = number | string | boolean | null | CellError;

/** A rectangle of cells, 0-based and inclusive. */
export interface CellRange {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

export interface Grid {
  readonly sheet: string;
  readonly rows: ReadonlyArray<ReadonlyArray<CellValue>>;
  /** Number formats, same shape as `rows` where the host knows them; tells a date serial or a percentage apart. */
  readonly numberFormats?: ReadonlyArray<ReadonlyArray<string | undefined>>;
  readonly merges?: ReadonlyArray<CellRange>;
  /** 0-based indexes of hidden rows. */
  readonly hiddenRows?: ReadonlyArray<number>;
  /** Whether the sheet is hidden (or very hidden) in the workbook. */
  readonly hidden?: boolean;
  /** Rows in the sheet's used range, when the host had to stop reading early (huge sheets). */
  readonly totalRows?: number;
}

export interface WorkbookGrids {
  readonly sheets: ReadonlyArray<Grid>;
  /**
   * Set when the host read only what a build needs (`ReadNeeds`): months before this one were left unread on sheets
   * that name their months in a header row. Absent when everything was read.
   */
  readonly readFrom?: Month;
  /** The sheets read in part from `readFrom` (set with it): the only ones a window may have left figures out of. */
  readonly partlyRead?: readonly string[];
}

export function isCellError(value: CellValue | undefined): value is CellError {
  return typeof value === "object" && value !== null && "error" in value;
}

/** The value at (row, col), `null` for an empty or absent cell. */
export function cellAt(grid: Grid, row: number, col: number): CellValue {
  return grid.rows[row]?.[col] ?? null;
}

export function numberFormatAt(grid: Grid, row: number, col: number): string | undefined {
  return grid.numberFormats?.[row]?.[col];
}

export function findGrid(workbook: WorkbookGrids, name: string): Grid | undefined {
  const wanted = name.trim().toLowerCase();
  return workbook.sheets.find((g) => g.sheet.trim().toLowerCase() === wanted);
}
