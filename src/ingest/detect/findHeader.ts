import { toA1, toA1Range } from "../../model/address";
import type { CellValue, Grid } from "../../model/grid";
import { numberFormatAt } from "../../model/grid";
import type { Issue } from "../../model/issue";
import { issue } from "../../messages";
import { cellText } from "../read/cellText";
import { normaliseHeader } from "../parse/normaliseHeader";

/** A column a reader looks for, by its name in `docs/workbook-format.md` and the synonyms it accepts. */
export interface ColumnSpec<K extends string> {
  readonly key: K;
  /** The name the docs give the column (`KPI ID`), used in messages. */
  readonly label: string;
  /** Other header texts accepted, in lower case (`id`, `ref`). */
  readonly synonyms?: readonly string[];
  readonly required?: boolean;
}

export interface FindHeaderOptions {
  /** First row to look at; 0 unless a sheet holds several tables. */
  readonly firstRow?: number;
  /** How many rows to search for the header (title rows above it are skipped). Default 30. */
  readonly searchRows?: number;
  /** Header texts the column mapping maps onto column labels, both normalised: `crime type` -> `name`. */
  readonly aliases?: ReadonlyMap<string, string>;
  /**
   * Claims a header cell no column spec names, so it is neither matched nor reported unknown: a wide table's
   * period headers (`Apr-12`, dates). Claimed cells do not make a row the header by themselves.
   */
  readonly claim?: (cell: CellValue, numberFormat: string | undefined) => boolean;
  /** An empty sheet is fine (an optional sheet): no header and no issue. */
  readonly optional?: boolean;
}

export interface HeaderMatch<K extends string> {
  /** 0-based row of the header. */
  readonly row: number;
  /** 0-based column of each column found; the first one when a header appears twice. */
  readonly columns: Readonly<Partial<Record<K, number>>>;
  /** Columns the `claim` option took, in order. */
  readonly claimed: readonly number[];
}

export interface HeaderResult<K extends string> {
  readonly header: HeaderMatch<K> | null;
  /** Unknown (info) and duplicate (warning) headers, or the missing columns when no header row was found. */
  readonly issues: readonly Issue[];
}

const DEFAULT_SEARCH_ROWS = 30;

/**
 * Finds a sheet's header row: the first row, within the first 30, whose cells name every required column (by
 * label or synonym, any case, footnote marks ignored). Title rows above it are skipped; columns may be in any order.
 * Without such a row, each missing column is reported against the row that came closest.
 *
 * @example findHeader(grid, [{ key: "id", label: "ID", required: true }]).header?.columns.id === 0
 */
export function findHeader<K extends string>(
  grid: Grid,
  specs: readonly ColumnSpec<K>[],
  options: FindHeaderOptions = {},
): HeaderResult<K> {
  const names = headerNames(specs);
  const required = specs.filter((s) => s.required);
  const first = options.firstRow ?? 0;
  const last = Math.min(grid.rows.length, first + (options.searchRows ?? DEFAULT_SEARCH_ROWS)) - 1;

  let best: { row: number; found: Set<K> } | null = null;
  for (let r = first; r <= last; r++) {
    const found = new Set<K>();
    const row = grid.rows[r] ?? [];
    for (let c = 0; c < row.length; c++) {
      const key = matchHeader(row[c] ?? null, names, options.aliases);
      if (key !== undefined) found.add(key);
    }
    if (found.size === 0) continue;
    if (required.every((s) => found.has(s.key))) return readHeaderRow(grid, r, names, options);
    if (!best || found.size > best.found.size) best = { row: r, found };
  }

  if (options.optional && !hasAnyValue(grid, first, last)) return { header: null, issues: [] };
  if (!hasAnyValue(grid, first, grid.rows.length - 1)) {
    return { header: null, issues: [issue("SHEET_EMPTY", { sheet: grid.sheet, cell: "A1" }, grid.sheet)] };
  }
  const describedRow = best?.row ?? firstNonEmptyRow(grid, first, last);
  const width = Math.max(1, grid.rows[describedRow]?.length ?? 1);
  const at = { sheet: grid.sheet, cell: toA1Range(describedRow, 0, describedRow, width - 1) };
  const description = describeRow(grid, describedRow);
  const missing = required.filter((s) => !best?.found.has(s.key));
  return { header: null, issues: missing.map((s) => issue("COLUMN_MISSING", at, s.label, description)) };
}

/** The specs' names, normalised, to their keys. Labels come first, so a label wins over another spec's synonym. */
function headerNames<K extends string>(specs: readonly ColumnSpec<K>[]): Map<string, K> {
  const names = new Map<string, K>();
  for (const s of specs) names.set(normaliseHeader(s.label), s.key);
  for (const s of specs) {
    for (const syn of s.synonyms ?? []) {
      const name = normaliseHeader(syn);
      if (!names.has(name)) names.set(name, s.key);
    }
  }
  return names;
}

function matchHeader<K extends string>(
  cell: CellValue,
  names: ReadonlyMap<string, K>,
  aliases: ReadonlyMap<string, string> | undefined,
): K | undefined {
  if (typeof cell !== "string") return undefined;
  const text = normaliseHeader(cell);
  if (text === "") return undefined;
  const aliased = aliases?.get(text);
  return (aliased !== undefined ? names.get(aliased) : undefined) ?? names.get(text);
}

function readHeaderRow<K extends string>(
  grid: Grid,
  r: number,
  names: ReadonlyMap<string, K>,
  options: FindHeaderOptions,
): HeaderResult<K> {
  const columns: Partial<Record<K, number>> = {};
  const claimed: number[] = [];
  const issues: Issue[] = [];
  const row = grid.rows[r] ?? [];
  for (let c = 0; c < row.length; c++) {
    const cell = row[c] ?? null;
    const at = { sheet: grid.sheet, cell: toA1(r, c) };
    const key = matchHeader(cell, names, options.aliases);
    if (key !== undefined) {
      if (columns[key] === undefined) columns[key] = c;
      else issues.push(issue("HEADER_DUPLICATE", at, cellText(cell)));
    } else if (options.claim?.(cell, numberFormatAt(grid, r, c))) {
      claimed.push(c);
    } else if (cellText(cell) !== "") {
      issues.push(issue("HEADER_UNKNOWN", at, cellText(cell)));
    }
  }
  return { header: { row: r, columns, claimed }, issues };
}

function hasAnyValue(grid: Grid, first: number, last: number): boolean {
  for (let r = first; r <= last; r++) if ((grid.rows[r] ?? []).some((c) => cellText(c) !== "")) return true;
  return false;
}

function firstNonEmptyRow(grid: Grid, first: number, last: number): number {
  for (let r = first; r <= last; r++) if ((grid.rows[r] ?? []).some((c) => cellText(c) !== "")) return r;
  return first;
}

/** The texts of a row, for a message: `Indicator, Target, Apr-13`. */
export function describeRow(grid: Grid, r: number): string {
  const texts = (grid.rows[r] ?? []).map((c) => cellText(c)).filter((t) => t !== "");
  const joined = texts.join(", ");
  return joined.length > 100 ? `${joined.slice(0, 97)}...` : joined || "an empty row";
}
