/**
 * The corpus's workbooks as editable data: the sample workbook's sheets (read once), copied and changed by each
 * case the way analysts change workbooks (rows inserted, columns moved, cells retyped), then written with ExcelJS.
 */
import { readFileSync } from "fs";
import { join } from "path";
import { readWorkbookGrids } from "../../src/files/readWorkbook";
import { parseA1 } from "../../src/model/address";
import type { CellValue, Grid } from "../../src/model/grid";
import { isCellError } from "../../src/model/grid";
import type { CellSpec, SheetSpec } from "./writeWorkbook";

export const SAMPLE_PATH = join(__dirname, "..", "..", "samples", "sample-kpi-workbook.xlsx");

export interface MutableSheet {
  name: string;
  rows: CellSpec[][];
  merges: string[];
  hiddenRows: number[];
  state: "visible" | "hidden" | "veryHidden";
}

/** A grid read back as specs: numbers keep their formats (dates their date formats), errors stay errors. */
export function specOfGrid(grid: Grid): SheetSpec {
  const rows = grid.rows.map((row, r) =>
    row.map((cell: CellValue, c): CellSpec => {
      const numFmt = grid.numberFormats?.[r]?.[c];
      if (typeof cell === "number" && numFmt && numFmt !== "General") return { value: cell, numFmt };
      if (isCellError(cell)) return { error: cell.error };
      return cell;
    }),
  );
  return { name: grid.sheet, rows };
}

let sampleSpecs: Promise<readonly SheetSpec[]> | null = null;

/** The sample workbook's sheets as specs, read once per test file. */
export function loadSampleSpecs(): Promise<readonly SheetSpec[]> {
  sampleSpecs ??= readWorkbookGrids(readFileSync(SAMPLE_PATH)).then((g) => g.sheets.map(specOfGrid));
  return sampleSpecs;
}

/** An editable copy of a workbook's sheets. Addresses are A1, rows and columns 0-based where numbers. */
export class Book {
  readonly sheets: MutableSheet[];

  constructor(specs: readonly SheetSpec[]) {
    this.sheets = specs.map((s) => ({
      name: s.name,
      rows: s.rows.map((row) => [...row]),
      merges: [...(s.merges ?? [])],
      hiddenRows: [...(s.hiddenRows ?? [])],
      state: s.state ?? "visible",
    }));
  }

  sheet(name: string): MutableSheet {
    const found = this.sheets.find((s) => s.name === name);
    if (!found) throw new Error(`no sheet ${name}`);
    return found;
  }

  get(name: string, a1: string): CellSpec {
    const at = parseA1(a1);
    if (!at) throw new Error(`bad address ${a1}`);
    return this.sheet(name).rows[at.row]?.[at.col] ?? null;
  }

  set(name: string, a1: string, value: CellSpec): this {
    const at = parseA1(a1);
    if (!at) throw new Error(`bad address ${a1}`);
    const rows = this.sheet(name).rows;
    while (rows.length <= at.row) rows.push([]);
    const row = rows[at.row] ?? [];
    while (row.length <= at.col) row.push(null);
    row[at.col] = value;
    rows[at.row] = row;
    return this;
  }

  /** Inserts rows before 0-based row `at`. */
  insertRows(name: string, at: number, rows: readonly (readonly CellSpec[])[]): this {
    this.sheet(name).rows.splice(at, 0, ...rows.map((r) => [...r]));
    return this;
  }

  /** Inserts blank columns before 0-based column `at`, in every row. */
  insertColumns(name: string, at: number, count = 1): this {
    for (const row of this.sheet(name).rows) if (row.length > at) row.splice(at, 0, ...Array<CellSpec>(count).fill(null));
    return this;
  }

  deleteColumn(name: string, col: number): this {
    for (const row of this.sheet(name).rows) row.splice(col, 1);
    return this;
  }

  /** The 0-based column whose header (row `headerRow`) is `header`. */
  column(name: string, header: string, headerRow = 0): number {
    const c = (this.sheet(name).rows[headerRow] ?? []).findIndex((cell) => cell === header);
    if (c < 0) throw new Error(`no column ${header} on ${name}`);
    return c;
  }

  /** The 0-based first row matching. */
  rowWhere(name: string, match: (row: readonly CellSpec[]) => boolean): number {
    const r = this.sheet(name).rows.findIndex(match);
    if (r < 0) throw new Error(`no matching row on ${name}`);
    return r;
  }

  rename(from: string, to: string): this {
    this.sheet(from).name = to;
    return this;
  }

  remove(name: string): this {
    const i = this.sheets.findIndex((s) => s.name === name);
    if (i >= 0) this.sheets.splice(i, 1);
    return this;
  }

  add(spec: SheetSpec, before?: string): this {
    const sheet: MutableSheet = { name: spec.name, rows: spec.rows.map((r) => [...r]), merges: [...(spec.merges ?? [])], hiddenRows: [...(spec.hiddenRows ?? [])], state: spec.state ?? "visible" };
    const i = before === undefined ? -1 : this.sheets.findIndex((s) => s.name === before);
    if (i < 0) this.sheets.push(sheet);
    else this.sheets.splice(i, 0, sheet);
    return this;
  }

  specs(): SheetSpec[] {
    return this.sheets.map((s) => ({ name: s.name, rows: s.rows, merges: s.merges, hiddenRows: s.hiddenRows, state: s.state }));
  }
}

/** The number a spec cell holds, if it is one, or text typed as one (`3,512`, as the sample types a few). */
export function numberIn(cell: CellSpec): number | null {
  if (typeof cell === "number") return cell;
  if (typeof cell === "string" && /^-?[\d,]+(\.\d+)?$/.test(cell.trim())) return Number(cell.replace(/,/g, ""));
  if (cell && typeof cell === "object" && "numFmt" in cell && typeof cell.value === "number") return cell.value;
  return null;
}
