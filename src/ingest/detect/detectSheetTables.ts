import { columnLetters, toA1, toA1Range } from "../../model/address";
import type { Grid } from "../../model/grid";
import { cellAt, numberFormatAt } from "../../model/grid";
import { cellText } from "../read/cellText";
import type { HeaderCell, HeaderClue } from "./classifyHeader";
import { classifyHeader } from "./classifyHeader";
import { normaliseHeader } from "../parse/normaliseHeader";
import type { IngestMapping, TableMapping } from "../mapping/parseMapping";
import { parseColumnRole } from "../mapping/parseColumnRole";
import { parseMarkedValue } from "../parse/parseMarkedValue";
import type { HeaderPeriod } from "../parse/parseHeaderPeriod";
import { parseHeaderPeriod } from "../parse/parseHeaderPeriod";
import { parseReportQuarter } from "../parse/parseReportQuarter";
import type { ColumnProfile } from "./profileColumn";
import { profileColumn } from "./profileColumn";
import type { ColumnRole, RoleSource, TableKind, TableShape } from "./tableTypes";
import { FINANCE_AMOUNT_ROLES } from "./tableTypes";
import type { Quarter } from "../../model/period";

/** A column as found on its sheet, its period not yet completed by the report quarter. */
export interface SheetColumn {
  readonly col: number;
  readonly letter: string;
  readonly header: string;
  readonly key: string;
  readonly cell: string;
  readonly role: ColumnRole;
  readonly confidence: number;
  readonly reason: string;
  readonly source: RoleSource;
  readonly headerPeriod: HeaderPeriod | null;
}

/** A table as found on its sheet; `detectTables` completes its periods from the report quarter. */
export interface SheetTable extends TableShape {
  /** A quarter named in the title rows above the table or the sheet's name. */
  readonly titleQuarter: { readonly quarter: Quarter; readonly text: string } | null;
  readonly columns: readonly SheetColumn[];
}

export interface DetectSheetTablesOptions {
  readonly fiscalYearStartMonth: number;
  readonly mapping?: IngestMapping;
}

/**
 * Finds the tables on one sheet, wherever they sit: a header row below title rows, a two-level header (`Apr - Sep`
 * over `2012/13 | 2013/14`, `Change` over `Actual | Percentage`, merged or not), several tables one below the
 * other or side by side, blank rows between groups, notes below. Each column gets a role from its header, or from
 * its values where the header says nothing, with a confidence and a reason; the column mapping's roles win.
 * @example detectSheetTables(figure1, { fiscalYearStartMonth: 4 })[0]?.columns.map((c) => c.role)
 * // ["priority", "name", "target", "period", "period", "change", "change"]
 */
export function detectSheetTables(grid: Grid, options: DetectSheetTablesOptions): SheetTable[] {
  const tables: SheetTable[] = [];
  const sheetMapping = options.mapping?.tables.get(grid.sheet.trim().toLowerCase()) ?? null;
  let lastBottom = -1;
  for (let r = 0; r < grid.rows.length; r++) {
    const found = tablesAt(grid, r, lastBottom, options, sheetMapping);
    if ("claimedTo" in found) {
      // A header the analyst mapped that no longer makes a table: its lower row is not the header of another.
      r = found.claimedTo;
      continue;
    }
    if (found.length === 0) continue;
    tables.push(...found);
    lastBottom = Math.max(...found.map((t) => t.bottom));
    r = lastBottom;
  }
  // A title at the top of the sheet (`Quarterly scorecard Q3 2023-24`) stands for every table below it.
  const firstTop = Math.min(...tables.map((t) => t.top));
  const sheetTitle = tables.length === 0 ? null : leadingText(grid, firstTop);
  const sheetQuarter = sheetTitle === null ? null : parseReportQuarter(sheetTitle, options.fiscalYearStartMonth);
  return sheetQuarter ? tables.map((t) => (t.titleQuarter ? t : { ...t, titleQuarter: sheetQuarter })) : tables;
}

function leadingText(grid: Grid, before: number): string | null {
  const texts: string[] = [];
  for (let r = 0; r < before; r++) for (const c of grid.rows[r] ?? []) if (typeof c === "string" && cellText(c) !== "") texts.push(cellText(c));
  return texts.length > 0 ? texts.join(" ") : null;
}

interface HeaderColumn {
  readonly col: number;
  readonly top: HeaderCell;
  readonly sub: HeaderCell | null;
  readonly shown: string;
  readonly cell: string;
  readonly clue: HeaderClue | null;
}

/**
 * The tables whose header starts at row `r`; `claimedTo` (the header's last row) when none does but the sheet's column
 * mapping names a column of a header there by its text: the analyst's edit took the table away (its names set to Segment), and
 * its second header row (`2012/13 | 2013/14`) must not be read as the header of a table of figures under it.
 */
function tablesAt(
  grid: Grid,
  r: number,
  lastBottom: number,
  options: DetectSheetTablesOptions,
  sheetMapping: TableMapping | null,
): SheetTable[] | { readonly claimedTo: number } {
  const row = grid.rows[r] ?? [];
  if (!row.some((c) => typeof c === "string" && cellText(c) !== "")) return [];
  // A header holds words and period headings, never plain figures: a data row full of words is not one.
  if (row.some((c, i) => typeof c === "number" && !isDateFormatted(numberFormatAt(grid, r, i)))) return [];
  const start = options.fiscalYearStartMonth;
  const bands: number[][] = [];
  if (isSubRow(grid, r, r + 1, start)) bands.push([r, r + 1]);
  bands.push([r]);
  let claimedTo: number | null = null;
  for (const band of bands) {
    const headers = readBand(grid, band, start, sheetMapping);
    if (sheetMapping && headers.some((h) => h.shown !== "" && sheetMapping.columns.has(columnKey(h)))) claimedTo = Math.max(claimedTo ?? r, ...band);
    const known = headers.filter((h) => h.clue && h.clue.role !== "ignore").length;
    const shown = headers.filter((h) => h.shown !== "");
    // One header cell is enough only when it names a period over a column of figures (seed 000: "Establishment at 30 Sep 13").
    // Not in the first column (a title such as "Q3 2023-24"), and over a figure.
    const lone = shown.length === 1 ? shown[0] : undefined;
    const lonePeriod =
      lone !== undefined &&
      lone.col > 0 &&
      lone.clue?.role === "period" &&
      lone.clue.period?.kind === "explicit" &&
      parseMarkedValue(cellAt(grid, r + 1, lone.col), numberFormatAt(grid, r + 1, lone.col)).parsed.kind === "number";
    if (band.length === 1 && ((shown.length < 2 && !lonePeriod) || known < 1)) continue;
    const segments = splitSegments(headers);
    const tables: SheetTable[] = [];
    for (const segment of segments) {
      const table = buildTable(grid, band, segment, lastBottom, options, sheetMapping);
      if (table) tables.push(table);
    }
    if (tables.length > 0) return tables;
  }
  return claimedTo === null ? [] : { claimedTo };
}

/** A cell that can be part of a header: text, or a date-formatted number (a month heading). */
function headerCell(grid: Grid, r: number, c: number): HeaderCell {
  const cell = cellAt(grid, r, c);
  const numberFormat = numberFormatAt(grid, r, c);
  if (typeof cell === "number") return { text: cellText(cell), serial: cell, ...(numberFormat !== undefined ? { numberFormat } : {}) };
  return { text: cellText(cell) };
}

/**
 * Whether row `s` is the lower row of a two-level header whose upper row is `r`: every cell of `s` is a header
 * word or a period (none a name), and every cell of `r` heads cells of `s` or is a header word itself.
 */
function isSubRow(grid: Grid, r: number, s: number, start: number): boolean {
  const sub = grid.rows[s];
  if (!sub) return false;
  const width = Math.max(sub.length, grid.rows[r]?.length ?? 0);
  let subCells = 0;
  let topCells = 0;
  for (let c = 0; c < width; c++) {
    const below = cellAt(grid, s, c);
    if (cellText(below) === "") continue;
    if (typeof below === "number" && !isDateFormatted(numberFormatAt(grid, s, c))) return false;
    const cell = headerCell(grid, s, c);
    const clue = classifyHeader(cell, null, start);
    if (!clue || (clue.role === "ignore" && !clue.finance && !SUB_WORDS.has(normaliseHeader(cell.text)))) return false;
    if (LABEL_ROLES.has(clue.role)) return false;
    subCells++;
  }
  if (subCells === 0) return false;
  for (let c = 0; c < width; c++) {
    const above = cellAt(grid, r, c);
    if (cellText(above) === "") continue;
    if (typeof above === "number" && !isDateFormatted(numberFormatAt(grid, r, c))) return false;
    topCells++;
    if (cellText(cellAt(grid, s, c)) !== "" || mergeRight(grid, r, c)) continue;
    const clue = classifyHeader(headerCell(grid, r, c), null, start);
    if (!clue || clue.role === "ignore") return false;
  }
  return topCells > 0;
}

/** Words a lower header row uses under a group (`Change` over `Actual | Percentage`). */
const SUB_WORDS: ReadonlySet<string> = new Set(["percentage", "percent", "%", "number", "no", "no.", "rate", "£", "total", "ytd", "year to date", "full year", "pp", "points"]);

const LABEL_ROLES: ReadonlySet<ColumnRole> = new Set<ColumnRole>(["name", "id", "priority", "segment", "group"]);

function isDateFormatted(format: string | undefined): boolean {
  return format !== undefined && !format.includes("%") && /[dmy]/i.test(format.replace(/"[^"]*"|\[[^\]]*\]/g, ""));
}

function mergeRight(grid: Grid, r: number, c: number): boolean {
  return (grid.merges ?? []).some((m) => m.top <= r && r <= m.bottom && m.left === c && m.right > c);
}

/**
 * The header text over each column: a two-level header's upper text spreads over the columns it heads. A period the
 * column mapping gives a header (`Spring 2013` -> `Mar-May 2013`) is its column's period, whatever the header says.
 */
function readBand(grid: Grid, band: readonly number[], start: number, sheetMapping: TableMapping | null): HeaderColumn[] {
  const [r = 0, s] = band;
  const width = Math.max(...band.map((b) => grid.rows[b]?.length ?? 0));
  const columns: HeaderColumn[] = [];
  let group: HeaderCell | null = null;
  for (let c = 0; c < width; c++) {
    let top = headerCell(grid, r, c);
    const sub = s === undefined ? null : headerCell(grid, s, c);
    const subFilled = sub !== null && sub.text !== "";
    if (top.text === "" && s !== undefined) {
      const merge = (grid.merges ?? []).find((m) => m.top <= r && r <= m.bottom && m.left < c && c <= m.right);
      if (merge) top = headerCell(grid, merge.top, merge.left);
      // Pasted text loses merges: a blank over a sub-header continues the group begun to its left.
      else if (subFilled && group) top = group;
    }
    group = subFilled && top.text !== "" ? top : null;
    const shown = [top.text, sub?.text ?? ""].filter((t) => t !== "").join(" ");
    const mappedPeriod = shown === "" ? undefined : sheetMapping?.periods.get(normaliseHeader(shown));
    const clue = (mappedPeriod === undefined ? null : mappedClue(shown, mappedPeriod, start)) ?? classifyHeader(top, sub && sub.text !== "" ? sub : null, start);
    const cellRow = subFilled && s !== undefined ? s : r;
    columns.push({ col: c, top, sub, shown, cell: toA1(cellRow, c), clue });
  }
  return columns;
}

/**
 * A period column as the column mapping names it, labelled as the table heads it; `null` when the mapping's text is
 * no period (the mapping's issue says so).
 */
function mappedClue(header: string, periodText: string, start: number): HeaderClue | null {
  const read = parseHeaderPeriod(periodText, start);
  if (read?.period.kind !== "explicit") return null;
  return {
    role: "period",
    confidence: 1,
    reason: `the column mapping gives "${header}" the period ${periodText}`,
    period: { kind: "explicit", period: { ...read.period.period, label: header } },
    measureLabel: null,
    valueWord: false,
    themeWord: false,
    finance: null,
  };
}

/** Side-by-side tables share a header row: a second KPI, theme or priority column starts the next one. */
function splitSegments(headers: readonly HeaderColumn[]): HeaderColumn[][] {
  const segments: HeaderColumn[][] = [];
  let current: HeaderColumn[] = [];
  let seen = new Set<ColumnRole>();
  for (const h of headers) {
    const role = h.clue?.role;
    const label = role === "name" || role === "priority" || role === "id";
    if (label && role && seen.has(role) && current.length > 0) {
      segments.push(current);
      current = [];
      seen = new Set();
    }
    if (label && role) seen.add(role);
    current.push(h);
  }
  if (current.length > 0) segments.push(current);
  return segments;
}

interface Draft {
  col: number;
  header: HeaderColumn;
  role: ColumnRole;
  confidence: number;
  reason: string;
  source: RoleSource;
  headerPeriod: HeaderPeriod | null;
}

const VALUE_ROLES: ReadonlySet<ColumnRole> = new Set<ColumnRole>(["period", "previous", "current", "value", "rag", "trend", ...FINANCE_AMOUNT_ROLES]);

function buildTable(
  grid: Grid,
  band: readonly number[],
  segment: readonly HeaderColumn[],
  lastBottom: number,
  options: DetectSheetTablesOptions,
  sheetMapping: TableMapping | null,
): SheetTable | null {
  const start = options.fiscalYearStartMonth;
  const headerBottom = band[band.length - 1] ?? 0;
  const kind = sheetMapping?.kind ?? guessKind(segment);

  // 1. Roles from the headers, then the analyst's word from the mapping.
  const drafts: Draft[] = segment.map((h) => headerDraft(h, kind));
  for (const d of drafts) {
    const override = mappedRole(d.header, options.mapping, sheetMapping);
    if (override) Object.assign(d, { role: override, confidence: 1, reason: "set in the column mapping", source: "mapping" as const });
  }

  // 2. The rows below: down to two blank rows, a note, or the next table.
  const nameDraft = drafts.find((d) => d.role === "name");
  const labelCol = nameDraft?.col ?? firstUnnamedColumn(drafts);
  const dataRows = readDataRows(grid, headerBottom + 1, drafts, labelCol, nameDraft ? normaliseHeader(nameDraft.header.shown) : null, start);

  // 3. Columns the header says nothing about take a role from their values; period columns of marks or RAGs too.
  const profiles = new Map<number, ColumnProfile>(drafts.map((d) => [d.col, profileColumn(grid, d.col, dataRows, start)]));
  refineByValues(drafts, profiles, kind);
  const layout = settleLayout(drafts, profiles, kind);
  const kpiLabel = kind === "kpis" ? settleLabels(drafts, profiles) : null;
  if (kind !== "kpis") settleOtherLabels(drafts, profiles, kind);

  // 4. Is it a table of this kind at all?
  const has = (role: ColumnRole) => drafts.some((d) => d.role === role);
  const qualifies =
    kind === "kpis"
      ? (has("name") || has("id") || kpiLabel !== null) && (layout === "long" ? has("value") : drafts.some((d) => d.role === "period" || d.role === "previous" || d.role === "current" || d.role === "rag"))
      : kind === "themes"
        ? has("name") && (has("rag") || has("commentary"))
        : has("name") && has("budget-ytd") && has("actual-ytd");
  if (!qualifies) return null;
  if (dataRows.length === 0 && !drafts.some((d) => d.source === "header" && d.role === "name" && d.confidence >= 0.95)) return null;

  const used = drafts.filter((d) => d.header.shown !== "" || profiles.get(d.col)?.filled);
  const left = Math.min(...used.map((d) => d.col));
  const right = Math.max(...used.map((d) => d.col));
  const top = band[0] ?? 0;
  const bottom = dataRows[dataRows.length - 1] ?? headerBottom; // rows are in order
  const title = findTitle(grid, top, lastBottom);
  const titleQuarter = parseReportQuarter(title ?? "", start) ?? parseReportQuarter(grid.sheet, start);
  const columns: SheetColumn[] = drafts
    .filter((d) => d.col >= left && d.col <= right)
    .map((d) => ({
      col: d.col,
      letter: columnLetters(d.col),
      header: d.header.shown,
      key: columnKey(d.header),
      cell: d.header.cell,
      role: d.role,
      confidence: d.confidence,
      reason: d.reason,
      source: d.source,
      headerPeriod: d.headerPeriod,
    }));
  const scored = columns.filter((c) => c.role !== "ignore");
  const confidence = round2(scored.reduce((sum, c) => sum + c.confidence, 0) / Math.max(1, scored.length));
  return {
    sheet: grid.sheet,
    kind,
    layout,
    top,
    left,
    bottom,
    right,
    headerRows: band,
    dataRows,
    title,
    titleQuarter,
    columns,
    kpiLabel,
    confidence,
    reason: describeTable(kind, layout, columns, kpiLabel, toA1Range(top, left, bottom, right)),
    skipped: sheetMapping?.skip ?? false,
  };
}

function round2(n: number): number {
  return Math.round(n * 100) / 100;
}

function guessKind(segment: readonly HeaderColumn[]): TableKind {
  const finance = new Set(segment.map((h) => h.clue?.finance).filter((f): f is ColumnRole => !!f));
  const kpiName = segment.some((h) => h.clue?.role === "name" && !h.clue.themeWord);
  if (finance.size >= 2 && !kpiName) return "finance";
  const theme = segment.some((h) => h.clue?.themeWord);
  const figures = segment.some((h) => h.clue && (h.clue.role === "period" || h.clue.role === "previous" || h.clue.role === "current" || h.clue.role === "period-label"));
  return theme && !kpiName && !figures ? "themes" : "kpis";
}

function headerDraft(h: HeaderColumn, kind: TableKind): Draft {
  const base = { col: h.col, header: h, headerPeriod: h.clue?.period ?? null };
  const clue = h.clue;
  if (!clue) return { ...base, role: "ignore", confidence: 0.2, reason: "the column has no header", source: "position" };
  if (kind === "finance") {
    if (clue.finance) return { ...base, role: clue.finance, confidence: 0.9, reason: `the header "${h.shown}" is a budget column`, source: "header" };
    const role: ColumnRole = clue.role === "name" || clue.role === "priority" ? (clue.role === "name" ? "name" : "group") : clue.role === "kind" ? "kind" : "ignore";
    return { ...base, role, confidence: role === "ignore" ? 0.3 : clue.confidence, reason: clue.reason, source: "header" };
  }
  if (kind === "themes") {
    const role: ColumnRole = clue.themeWord ? "name" : clue.role === "rag" || clue.role === "commentary" || clue.role === "priority" ? clue.role : "ignore";
    return { ...base, role, confidence: role === "ignore" ? 0.3 : clue.confidence, reason: clue.reason, source: "header" };
  }
  if (clue.themeWord) return { ...base, role: "priority", confidence: 0.8, reason: `the header "${h.shown}" groups the KPIs, as a priority does`, source: "header" };
  return { ...base, role: clue.role, confidence: clue.confidence, reason: clue.reason, source: "header" };
}

/** The key the column mapping knows a column by: its header, or `column c` for one without. */
function columnKey(h: HeaderColumn): string {
  return h.shown === "" ? `column ${columnLetters(h.col).toLowerCase()}` : normaliseHeader(h.shown);
}

function mappedRole(h: HeaderColumn, mapping: IngestMapping | undefined, sheetMapping: TableMapping | null): ColumnRole | null {
  const key = columnKey(h);
  const own = sheetMapping?.columns.get(key);
  if (own) return own;
  const alias = h.shown === "" ? undefined : mapping?.columns.get(key);
  return alias === undefined ? null : parseColumnRole(alias);
}

function firstUnnamedColumn(drafts: readonly Draft[]): number | null {
  const firstValue = drafts.find((d) => VALUE_ROLES.has(d.role));
  const candidates = drafts.filter((d) => d.header.shown === "" && (!firstValue || d.col < firstValue.col));
  return candidates[candidates.length - 1]?.col ?? null;
}

/** Rows of the table: blank rows inside are skipped; two blank rows, a note or the next table's header end it. */
function readDataRows(grid: Grid, from: number, drafts: readonly Draft[], labelCol: number | null, nameHeader: string | null, start: number): number[] {
  const cols = drafts.map((d) => d.col);
  const valueCols = drafts.filter((d) => VALUE_ROLES.has(d.role) || d.role === "commentary").map((d) => d.col);
  const rows: number[] = [];
  let blanks = 0;
  for (let r = from; r < grid.rows.length; r++) {
    const filled = cols.filter((c) => cellText(cellAt(grid, r, c)) !== "");
    if (filled.length === 0) {
      if (++blanks >= 2) break;
      continue;
    }
    const label = labelCol === null ? "" : normaliseHeader(cellText(cellAt(grid, r, labelCol)));
    if (nameHeader !== null && label === nameHeader) break; // the next table's header
    if (filled.length === 1 && isNote(cellText(cellAt(grid, r, filled[0] ?? 0)), valueCols.includes(filled[0] ?? -1))) break;
    if (blanks > 0) {
      const fits = filled.some((c) => valueCols.includes(c) || c === labelCol);
      if (!fits || looksLikeHeader(grid, r, filled, start)) break;
    }
    blanks = 0;
    rows.push(r);
  }
  return rows;
}

/** After a blank row, a row of header words (two or more, and most of the row) starts another table. */
function looksLikeHeader(grid: Grid, r: number, filled: readonly number[], start: number): boolean {
  if (filled.length < 2) return false;
  let words = 0;
  for (const c of filled) {
    const cell = cellAt(grid, r, c);
    if (typeof cell !== "string") continue;
    const clue = classifyHeader({ text: cell }, null, start);
    if (clue && clue.role !== "ignore" && clue.confidence >= 0.85) words++;
  }
  return words >= 2 && words * 2 >= filled.length;
}

/** A line below a table that is not part of it: a footnote, a source, a numbered paragraph, the next caption. */
function isNote(text: string, inValueColumn: boolean): boolean {
  if (/^(?:figure|table|chart|graph|source|sources|note|notes)\b\s*[\d:.-]/i.test(text)) return true;
  if (/^(?:[\u00b9\u00b2\u00b3\u2070-\u2079]|\*|\u2020)/.test(text)) return true;
  if (/^\d+(?:\.\d+){1,3}\s+\S/.test(text)) return true;
  return !inValueColumn && text.length > 120;
}

function share(part: number, p: ColumnProfile | undefined): number {
  return p && p.filled > 0 ? part / p.filled : 0;
}

/** Period columns holding RAGs or trend marks, and columns without a header, take a role from their values. */
function refineByValues(drafts: Draft[], profiles: ReadonlyMap<number, ColumnProfile>, kind: TableKind): void {
  for (const d of drafts) {
    if (d.source === "mapping") continue;
    const p = profiles.get(d.col);
    if (!p || p.filled === 0) continue;
    if (d.role === "period" && kind === "kpis") {
      if (share(p.rags, p) >= 0.6) Object.assign(d, { role: "rag", confidence: 0.8, reason: `${d.reason}; its cells are RAGs`, source: "values" });
      else if (share(p.marks, p) >= 0.6) Object.assign(d, { role: "trend", confidence: 0.8, reason: `${d.reason}; its cells are trend marks`, source: "values" });
      else if (share(p.longTexts, p) >= 0.5) Object.assign(d, { role: "commentary", confidence: 0.7, reason: `${d.reason}; its cells are commentary`, source: "values" });
      continue;
    }
    if (d.header.shown !== "") continue;
    const by = (role: ColumnRole, confidence: number, reason: string) => Object.assign(d, { role, confidence, reason, source: "values" as const });
    if (share(p.longTexts, p) >= 0.5) by("commentary", 0.6, "a column without a header, of long texts");
    else if (kind === "kpis" && share(p.rags, p) >= 0.6) by("rag", 0.6, "a column without a header, of RAGs");
    else if (kind === "kpis" && share(p.marks, p) >= 0.6) by("trend", 0.6, "a column without a header, of trend marks");
    else if (kind === "kpis" && share(p.figures, p) >= 0.6) by("current", 0.5, "a column without a header, of figures next to the names");
  }
}

/** Long data has a column of periods and one of values; `Actual` and `Value` are then that column, not `Current`. */
function settleLayout(drafts: Draft[], profiles: ReadonlyMap<number, ColumnProfile>, kind: TableKind): "wide" | "long" {
  if (kind !== "kpis") return "wide";
  let periodLabel = drafts.find((d) => d.role === "period-label");
  if (periodLabel && periodLabel.source !== "mapping") {
    const p = profiles.get(periodLabel.col);
    if (p && p.filled > 0 && share(p.periods, p) < 0.6) {
      Object.assign(periodLabel, { role: "ignore", confidence: 0.3, reason: `${periodLabel.reason}, but its cells are not periods`, source: "values" });
      periodLabel = undefined;
    }
  }
  if (!periodLabel && !drafts.some((d) => d.role === "period" || d.role === "previous")) {
    const byValues = drafts.find((d) => d.header.shown === "" && share(profiles.get(d.col)?.periods ?? 0, profiles.get(d.col)) >= 0.8);
    if (byValues) {
      Object.assign(byValues, { role: "period-label", confidence: 0.6, reason: "a column without a header, of periods", source: "values" });
      periodLabel = byValues;
    }
  }
  if (!periodLabel) return "wide";
  const value = drafts.find((d) => d.role === "value") ?? drafts.find((d) => d.role === "current" && d.source !== "mapping");
  if (value && value.role === "current") Object.assign(value, { role: "value", reason: `${value.reason}: the value of each row's period` });
  return "long";
}

/**
 * The KPI table's row labels. Without a name column, the text column left of the figures names the KPIs, unless a
 * KPI is named over the period columns (seed 000's re-offending rates): its rows are then segments.
 */
function settleLabels(drafts: Draft[], profiles: ReadonlyMap<number, ColumnProfile>): string | null {
  if (drafts.some((d) => d.role === "name")) return null;
  const firstValue = drafts.find((d) => VALUE_ROLES.has(d.role));
  const labelCandidates = drafts.filter(
    (d) => (!firstValue || d.col < firstValue.col) && d.source !== "mapping" && (d.role === "ignore" || d.header.shown === "") && (profiles.get(d.col)?.texts ?? 0) > 0,
  );
  const measureLabel = drafts.map((d) => d.header.clue?.measureLabel).find((l): l is string => !!l) ?? null;
  const labelCol = labelCandidates[labelCandidates.length - 1];
  if (!labelCol) return null;
  if (measureLabel) {
    Object.assign(labelCol, { role: "segment", confidence: 0.6, reason: `labels of the rows under "${measureLabel}": its segments`, source: "position" });
    for (const d of labelCandidates.slice(0, -1)) {
      Object.assign(d, { role: "group", confidence: 0.5, reason: "labels carried down over groups of segments", source: "position" });
    }
    return measureLabel;
  }
  Object.assign(labelCol, { role: "name", confidence: 0.6, reason: "the labels left of the figures name the KPIs", source: "position" });
  return null;
}

function settleOtherLabels(drafts: Draft[], profiles: ReadonlyMap<number, ColumnProfile>, kind: TableKind): void {
  if (drafts.some((d) => d.role === "name")) return;
  const label = drafts.find((d) => d.source !== "mapping" && (d.role === "ignore" || d.header.shown === "") && (profiles.get(d.col)?.texts ?? 0) > 0);
  if (label) {
    const what = kind === "finance" ? "budget lines" : "themes";
    Object.assign(label, { role: "name", confidence: 0.6, reason: `the labels left of the figures name the ${what}`, source: "position" });
  }
}

/** The nearest text above the header (within four rows, below the previous table): the table's caption. */
function findTitle(grid: Grid, top: number, lastBottom: number): string | null {
  for (let r = top - 1; r > lastBottom && r >= top - 4; r--) {
    const texts = (grid.rows[r] ?? []).map((c) => cellText(c)).filter((t) => t !== "");
    if (texts.length > 0) return texts.join(" ");
  }
  return null;
}

function describeTable(kind: TableKind, layout: "wide" | "long", columns: readonly SheetColumn[], kpiLabel: string | null, range: string): string {
  const count = (role: ColumnRole) => columns.filter((c) => c.role === role).length;
  const name = columns.find((c) => c.role === "name");
  switch (kind) {
    case "finance":
      return `a budget table at ${range}: lines in ${name?.letter ?? "?"}, ${columns.filter((c) => FINANCE_AMOUNT_ROLES.includes(c.role)).length} amount columns`;
    case "themes":
      return `a theme table at ${range}: themes in ${name?.letter ?? "?"}, ${count("rag")} RAG column(s)${count("commentary") ? ", commentary" : ""}`;
    case "kpis": {
      const figures = count("period") + count("previous") + count("current");
      if (kpiLabel) return `"${kpiLabel}" by segment at ${range}: ${figures} period column(s)`;
      if (layout === "long") return `long data at ${range}: one row per KPI per period`;
      return `a KPI table at ${range}: KPIs in ${name?.letter ?? columns.find((c) => c.role === "id")?.letter ?? "?"}, ${figures} column(s) of figures${count("rag") ? `, ${count("rag")} RAG column(s)` : ""}`;
    }
    default: {
      const unreachable: never = kind;
      return unreachable;
    }
  }
}
