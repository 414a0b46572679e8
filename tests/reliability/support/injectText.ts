/**
 * The sample with formula-like text (starting `=`, `+`, `-`, `@`) typed as text into KPI names, targets, theme names
 * and commentary, as grids (for the fake Excel) and as an .xlsx (for the file host, saved by ExcelJS as strings).
 */
import ExcelJS from "exceljs";
import type { CellValue, Grid, WorkbookGrids } from "../../../src/model/grid";

export interface Injection {
  readonly sheet: "KPIs" | "Themes" | "Notes";
  /** The row's key: a KPI ID (KPIs, Notes) or a theme name (Themes, every row of it). */
  readonly key: string;
  readonly column: string;
  readonly text: string;
}

export const INJECTIONS: readonly Injection[] = [
  { sheet: "KPIs", key: "P1-01", column: "Name", text: "=SUM(A1:A9)" },
  { sheet: "KPIs", key: "P1-03", column: "Name", text: "+44 1202 repeat victims" },
  { sheet: "KPIs", key: "P1-04", column: "Name", text: "-ASB incidents" },
  { sheet: "KPIs", key: "P1-05", column: "Name", text: "@Repeat callers" },
  { sheet: "KPIs", key: "P1-03", column: "Target", text: "=1000" },
  { sheet: "KPIs", key: "P1-04", column: "Target", text: "-5%" },
  { sheet: "KPIs", key: "P1-05", column: "Target", text: "+2%" },
  { sheet: "KPIs", key: "P1-06", column: "Target", text: "@95%" },
  { sheet: "Themes", key: "Crime & ASB", column: "Theme", text: "=Crime & ASB" },
  { sheet: "Themes", key: "Burglary", column: "Theme", text: "-Burglary" },
  { sheet: "Notes", key: "P1-01", column: "Commentary", text: '=HYPERLINK("http://example.com","click")' },
  { sheet: "Notes", key: "P1-02", column: "Commentary", text: "-0.3 points short of the 25.5% target." },
  { sheet: "Notes", key: "P1-04", column: "Commentary", text: "@Panel: 1,227 fewer incidents." },
  { sheet: "Notes", key: "P1-06", column: "Commentary", text: "+6.8% on last year." },
];

const KEY_COLUMN: Readonly<Record<Injection["sheet"], string>> = { KPIs: "ID", Themes: "Theme", Notes: "KPI ID" };

/** Where each injection goes: 0-based row and column of the cells to change. */
function targets(grid: Grid, injection: Injection): { row: number; col: number }[] {
  const header = grid.rows[0] ?? [];
  const keyCol = header.indexOf(KEY_COLUMN[injection.sheet]);
  const col = header.indexOf(injection.column);
  if (keyCol < 0 || col < 0) throw new Error(`injectText: no column ${injection.column} on ${injection.sheet}`);
  const rows = grid.rows.flatMap((row, r) => (r > 0 && row[keyCol] === injection.key ? [r] : []));
  // Notes: only the reported quarter's row; the others are earlier quarters.
  const wanted = injection.sheet === "Notes" ? rows.filter((r) => grid.rows[r]?.[1] === "Q2 2013-14") : rows;
  if (wanted.length === 0) throw new Error(`injectText: no row ${injection.key} on ${injection.sheet}`);
  return wanted.map((row) => ({ row, col }));
}

/** @example injectIntoGrids(await sampleGrids()) */
export function injectIntoGrids(workbook: WorkbookGrids): WorkbookGrids {
  const sheets = workbook.sheets.map((grid) => {
    const mine = INJECTIONS.filter((i) => i.sheet === grid.sheet);
    if (mine.length === 0) return grid;
    const rows: CellValue[][] = grid.rows.map((row) => [...row]);
    // Locate every target before changing any: a theme's name is also its key.
    const edits = mine.flatMap((injection) => targets(grid, injection).map((at) => ({ ...at, text: injection.text })));
    for (const { row, col, text } of edits) {
      const line = rows[row];
      if (line) line[col] = text;
    }
    return { ...grid, rows };
  });
  return { sheets };
}

/** `grids` are the sample's as read (to locate the cells). @example await injectIntoXlsx(sampleBytes(), await sampleGrids()) */
export async function injectIntoXlsx(bytes: Uint8Array, grids: WorkbookGrids): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  for (const grid of grids.sheets) {
    const mine = INJECTIONS.filter((i) => i.sheet === grid.sheet);
    const sheet = workbook.getWorksheet(grid.sheet);
    if (mine.length === 0 || !sheet) continue;
    const edits = mine.flatMap((injection) => targets(grid, injection).map((at) => ({ ...at, text: injection.text })));
    // A plain string value: ExcelJS writes it as a shared string, never as a formula.
    for (const { row, col, text } of edits) sheet.getCell(row + 1, col + 1).value = text;
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
