import { columnLetters, toA1, toA1Range } from "../../model/address";
import type { Grid } from "../../model/grid";
import { cellAt, numberFormatAt } from "../../model/grid";
import type { TableMapping } from "../mapping/parseMapping";
import { cleanText } from "../parse/cleanText";
import { parseHeaderPeriod } from "../parse/parseHeaderPeriod";
import { parseMarkedValue } from "../parse/parseMarkedValue";
import { findPeriodText } from "../parse/parsePeriodText";
import { cellText } from "../read/cellText";
import type { SheetColumn, SheetTable } from "./detectSheetTables";
import { findCaption } from "./findCaption";

/** Rows a block needs: one period and its figure is a sentence's worth, not a table. */
const MIN_ROWS = 2;

/**
 * A table without a header row at row `r`: a column of cells that read as whole periods (`April-June 2022`,
 * `2023-24 average`), each with one figure in the column beside it, down to the first row that is not one (a blank,
 * a note, the next caption); at least two rows. It is one KPI, named by the caption above it (`Invoices paid
 * 2023-24`), periods down the rows. `null` when row `r` does not start one.
 * @example headerlessTableAt(grid, 3, -1, 4, null)?.columns.map((c) => c.role) // ["period-label", "value"]
 */
export function headerlessTableAt(grid: Grid, r: number, lastBottom: number, start: number, sheetMapping: TableMapping | null): SheetTable | null {
  const first = periodRow(grid, r, start);
  if (!first) return null;
  const rows = [r];
  for (let next = r + 1; next < grid.rows.length; next++) {
    const row = periodRow(grid, next, start);
    if (!row || row.periodCol !== first.periodCol || row.valueCol !== first.valueCol) break;
    rows.push(next);
  }
  if (rows.length < MIN_ROWS) return null;
  const bottom = rows[rows.length - 1] ?? r;
  const { title, unitNote } = findCaption(grid, r, lastBottom);
  const range = toA1Range(r, first.periodCol, bottom, first.valueCol);
  const column = (col: number, role: "period-label" | "value", reason: string): SheetColumn => ({
    col,
    letter: columnLetters(col),
    header: "",
    key: `column ${columnLetters(col).toLowerCase()}`,
    cell: toA1(r, col),
    role,
    confidence: 0.6,
    reason,
    source: "values",
    headerPeriod: null,
    measure: null,
    levels: null,
    changeKind: null,
  });
  return {
    sheet: grid.sheet,
    kind: "kpis",
    layout: "long",
    top: r,
    left: first.periodCol,
    bottom,
    right: first.valueCol,
    headerRows: [],
    dataRows: rows,
    title,
    unitNote,
    // Its periods are whole ones, row by row: no report quarter to complete.
    titleQuarter: null,
    columns: [
      column(first.periodCol, "period-label", "a column without a header, of periods, each with a figure beside it"),
      column(first.valueCol, "value", `the figures beside the periods: the KPI ${title === null ? "of the block" : `"${title}"`}`),
    ],
    kpiLabel: null,
    confidence: 0.6,
    reason: `periods down the rows without a header at ${range}: one KPI${title === null ? "" : `, named by the caption "${title}"`}`,
    skipped: sheetMapping?.skip ?? false,
  };
}

/**
 * Blocks without a header stacked one under another under captions that differ only in their period (`Invoices paid
 * 2023-24` over `Invoices paid 2022-23`), with their figures in the same columns: one KPI's figures, given a block per
 * year, so one table. It is named by the title above the first caption (the sheet's title), else by the caption
 * without its period. Other tables are kept as they are.
 * @example joinStackedBlocks(grid, [block2324, block2223], 4).length // 1
 */
export function joinStackedBlocks(grid: Grid, tables: readonly SheetTable[], start: number): SheetTable[] {
  const out: SheetTable[] = [];
  for (const table of tables) {
    const last = out[out.length - 1];
    if (last && headerless(last) && headerless(table) && sameColumns(last, table) && sameSubject(last.title, table.title, start)) {
      out[out.length - 1] = join(last, table);
      continue;
    }
    out.push(table);
  }
  return out.map((t) => (t.blocks && t.blocks.length > 1 ? nameJoined(grid, t, tables, start) : t));
}

function headerless(t: SheetTable): boolean {
  return t.headerRows.length === 0 && t.kind === "kpis";
}

function sameColumns(a: SheetTable, b: SheetTable): boolean {
  return a.left === b.left && a.right === b.right;
}

/** Captions naming the same thing in different periods: `Invoices paid 2023-24` and `Invoices paid 2022-23`. */
function sameSubject(a: string | null, b: string | null, start: number): boolean {
  if (a === null || b === null) return false;
  const subject = (text: string) => withoutPeriod(text, start).toLowerCase();
  return subject(a) !== "" && subject(a) === subject(b) && subject(a) !== cleanText(a).toLowerCase();
}

function join(a: SheetTable, b: SheetTable): SheetTable {
  const blocks = [...(a.blocks ?? [{ top: a.top, caption: a.title }]), { top: b.top, caption: b.title }];
  return { ...a, bottom: b.bottom, dataRows: [...a.dataRows, ...b.dataRows], blocks };
}

/** The joined table's name: the text above its first caption, else that caption without its period. */
function nameJoined(grid: Grid, t: SheetTable, tables: readonly SheetTable[], start: number): SheetTable {
  const before = tables.filter((x) => x.bottom < t.top);
  const lastBottom = Math.max(-1, ...before.map((x) => x.bottom));
  const caption = findCaption(grid, t.top, lastBottom);
  const above = caption.titleRow === null ? null : findCaption(grid, caption.titleRow, lastBottom);
  const title = above?.title ?? withoutPeriod(t.title ?? "", start);
  const top = above?.titleRow ?? caption.titleRow ?? t.top;
  const range = toA1Range(top, t.left, t.bottom, t.right);
  const reason = `${t.blocks?.length ?? 0} blocks of periods down the rows without a header at ${range}, under captions for each year: one KPI, "${title}"`;
  const columns = t.columns.map((c) => (c.role === "value" ? { ...c, reason: `the figures beside the periods, in every block: the KPI "${title}"` } : c));
  return { ...t, top, title, reason, columns };
}

/** A caption without the period it names: `Invoices paid 2023-24` is `Invoices paid`. */
function withoutPeriod(text: string, start: number): string {
  const clean = cleanText(text);
  const found = findPeriodText(clean, start, (m) => m.reading.kind === "period");
  if (!found) return clean;
  return `${clean.slice(0, found.index)} ${clean.slice(found.index + found.text.length)}`.replace(/\s+/g, " ").trim();
}

/** A row whose first filled cell reads as a whole period and whose next filled cell, right beside it, is a figure. */
function periodRow(grid: Grid, r: number, start: number): { periodCol: number; valueCol: number } | null {
  const row = grid.rows[r] ?? [];
  const periodCol = row.findIndex((v) => cellText(v) !== "");
  if (periodCol < 0) return null;
  const cell = cellAt(grid, r, periodCol);
  if (typeof cell !== "string") return null;
  const heading = parseHeaderPeriod(cell, start);
  if (heading?.period.kind !== "explicit" || !SUMMARY_WORDS.test(heading.rest)) return null;
  const valueCol = periodCol + 1;
  if (parseMarkedValue(cellAt(grid, r, valueCol), numberFormatAt(grid, r, valueCol)).parsed.kind !== "number") return null;
  // Nothing more on the row: a row with more figures is some other table's (one with a header row is found as one).
  return row.slice(valueCol + 1).every((v) => cellText(v) === "") ? { periodCol, valueCol } : null;
}

/**
 * Words a period's row may carry after it and still be that period's figure: `2023-24 average`, `2022/23 total`,
 * `2021-22 outturn`. Any other words (`Invoices paid 2023-24`) make the row a caption or a note.
 */
export const SUMMARY_WORDS = /^(?:|average|mean|total|actual|outturn|annual|annual average|full year|year end|year-end)$/;
