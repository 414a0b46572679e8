/**
 * Finding a KPI's cells on a built scorecard, in the fake Excel's state or in grids read back from an .xlsx, and
 * typing into a cell of a built package the way Excel would save it.
 */
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { sheetPartOf } from "../../../src/files/xlsx/testing/inspectPackage";
import { HEADER_COMMENTARY, HEADER_ID } from "../../../src/layout/scorecardColumns";
import { toA1 } from "../../../src/model/address";
import type { CellValue } from "../../../src/model/grid";
import type { FakeSheet } from "../../fakes/fakeExcel";
import { parseCellKey } from "../../fakes/fakeExcel/model";

/** A fake sheet's values as rows (formulas as `{ formula }` so a test can tell them apart). */
export function fakeSheetRows(sheet: FakeSheet): (CellValue | { formula: string })[][] {
  const rows: (CellValue | { formula: string })[][] = [];
  for (const [key, cell] of Object.entries(sheet.cells)) {
    const { row, col } = parseCellKey(key);
    const line = (rows[row] ??= []);
    line[col] = cell.formula !== undefined ? { formula: cell.formula } : cell.error !== undefined ? { error: cell.error } : (cell.value ?? null);
  }
  return Array.from(rows, (line) => Array.from(line ?? [], (v) => v ?? null));
}

/**
 * The A1 address of a KPI's Commentary cell on a scorecard, found by the header texts as a reader would.
 * @example commentaryCell(rows, "P1-01") // "L9"
 */
export function commentaryCell(rows: readonly (readonly unknown[])[], kpiId: string): string {
  let columns: { id: number; commentary: number } | null = null;
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r] ?? [];
    const id = row.indexOf(HEADER_ID);
    const commentary = row.indexOf(HEADER_COMMENTARY);
    if (id >= 0 && commentary >= 0) columns = { id, commentary };
    else if (columns && row[columns.id] === kpiId) return toA1(r, columns.commentary);
  }
  throw new Error(`commentaryCell: no row for ${kpiId}`);
}

/** The value at an A1 address of row-major values. */
export function valueAt(rows: readonly (readonly unknown[])[], address: string): unknown {
  const { row, col } = parseCellKey(address);
  return rows[row]?.[col] ?? null;
}

function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/**
 * A copy of the package with text typed into one cell of a sheet, saved as Excel saves typed text (a string cell,
 * here inline). The cell must already be in the sheet's XML (the scorecard writes every table cell, styled).
 */
export function typeIntoPackage(bytes: Uint8Array, sheet: string, address: string, text: string): Uint8Array {
  const entries = unzipSync(bytes);
  const part = sheetPartOf(entries, sheet);
  const xml = strFromU8(entries[part] ?? new Uint8Array());
  const cell = new RegExp(`<c r="${address}"( s="\\d+")?[^>]*?(?:/>|>.*?</c>)`);
  const match = cell.exec(xml);
  if (!match) throw new Error(`typeIntoPackage: no cell ${address} in ${part}`);
  const typed = `<c r="${address}"${match[1] ?? ""} t="inlineStr"><is><t xml:space="preserve">${escapeXml(text)}</t></is></c>`;
  entries[part] = strToU8(xml.replace(cell, typed));
  return zipSync(entries);
}

/**
 * A copy of the package with a number typed into one cell as Excel saves `10%` or `1 Apr 2014` typed into a General
 * cell: the number, and a new cell style carrying the format Excel chose (built-in `numFmtId`, e.g. 9 for `0%`,
 * 15 for `d-mmm-yy`).
 */
export function typeNumberIntoPackage(bytes: Uint8Array, sheet: string, address: string, value: number, numFmtId: number): Uint8Array {
  const entries = unzipSync(bytes);
  const styles = strFromU8(entries["xl/styles.xml"] ?? new Uint8Array());
  const xfs = /<cellXfs count="(\d+)">([\s\S]*?)<\/cellXfs>/.exec(styles);
  if (!xfs) throw new Error("typeNumberIntoPackage: no cellXfs");
  const index = Number(xfs[1]);
  const xf = `<xf numFmtId="${numFmtId}" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>`;
  entries["xl/styles.xml"] = strToU8(styles.replace(xfs[0], `<cellXfs count="${index + 1}">${xfs[2] ?? ""}${xf}</cellXfs>`));
  const part = sheetPartOf(entries, sheet);
  const xml = strFromU8(entries[part] ?? new Uint8Array());
  const cell = new RegExp(`<c r="${address}"( s="\\d+")?[^>]*?(?:/>|>.*?</c>)`);
  if (!cell.test(xml)) throw new Error(`typeNumberIntoPackage: no cell ${address} in ${part}`);
  entries[part] = strToU8(xml.replace(cell, `<c r="${address}" s="${index}"><v>${value}</v></c>`));
  return zipSync(entries);
}
