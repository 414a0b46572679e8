import { columnLetters, toA1, toA1Range } from "../../model/address";
import type { Grid } from "../../model/grid";
import { cellAt, numberFormatAt } from "../../model/grid";
import { cellText } from "../read/cellText";
import type { ChangeKind, HeaderCell, HeaderClue } from "./classifyHeader";
import { classifyHeader } from "./classifyHeader";
import { normaliseHeader } from "../parse/normaliseHeader";
import type { IngestMapping, TableMapping } from "../mapping/parseMapping";
import { parseColumnRole } from "../mapping/parseColumnRole";
import { parseMarkedValue } from "../parse/parseMarkedValue";
import type { HeaderPeriod } from "../parse/parseHeaderPeriod";
import { parseHeaderPeriod } from "../parse/parseHeaderPeriod";
import { parseRag } from "../parse/parseRag";
import { parseReportQuarter } from "../parse/parseReportQuarter";
import { parseTrendMark } from "../parse/parseTrendMark";
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
  readonly measure: string | null;
  readonly levels: { readonly group: string; readonly own: string } | null;
  readonly changeKind: ChangeKind | null;
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
      // A header the analyst mapped that no longer makes a table: neither its lower row nor a row of its body (down
      // to the first blank row) is the header of another, so the table stays in view, lost, for the analyst to mend.
      r = endOfBlock(grid, found.claimedTo);
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
  // A header holds words and period headings (years typed as numbers among them), never plain figures.
  if (!headerNumbersOnly(grid, r)) return [];
  if (!row.some((c) => (typeof c === "string" && cellText(c) !== "") || (typeof c === "number" && isYearNumber(c)))) return [];
  const start = options.fiscalYearStartMonth;
  const bands: number[][] = [];
  if (isSubRow(grid, [r], r + 1, start)) bands.push([r, r + 1]);
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
    // Headings none of which the scorecard knows may still head figures (`Burglary in a dwelling`), periods down the
    // rows; so may one heading alone over figures beside periods (` | Number of claimants` over `1997 | 1,860`).
    const overFigures = shown.filter((h) => figureColumns(grid, r + 1, h.col + 1).has(h.col)).length >= 1;
    const loneOverPeriods = lone !== undefined && lone.col > 0 && overFigures && periodsBelow(grid, r + 1, lone.col, start);
    if (band.length === 1 && ((shown.length < 2 && !lonePeriod && !loneOverPeriods) || (known < 1 && !overFigures))) continue;
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

/** The last row of the block that row `r` is in: the row before the first blank row below it. */
function endOfBlock(grid: Grid, r: number): number {
  let end = r;
  while (end + 1 < grid.rows.length && (grid.rows[end + 1] ?? []).some((c) => cellText(c) !== "")) end++;
  return end;
}

/**
 * A cell that can be part of a header: text, a date-formatted number (a month heading), or a whole number that is a
 * year (`2006`, as Excel turns a pasted year heading into a number), read as its text.
 */
function headerCell(grid: Grid, r: number, c: number): HeaderCell {
  const cell = cellAt(grid, r, c);
  const numberFormat = numberFormatAt(grid, r, c);
  if (typeof cell === "number" && !isDateFormatted(numberFormat) && isYearNumber(cell)) return { text: yearHeading(cell) };
  if (typeof cell === "number") return { text: cellText(cell), serial: cell, ...(numberFormat !== undefined ? { numberFormat } : {}) };
  return { text: cellText(cell) };
}

/** 1900-2100, or such a year with a footnote number of one or two digits pasted onto it (`19921`, 1992 note 1). */
function isYearNumber(n: number): boolean {
  if (!Number.isInteger(n)) return false;
  return isYear(n) || (n >= 19_000 && n < 21_010 && isYear(Math.floor(n / 10))) || (n >= 190_000 && n < 210_100 && isYear(Math.floor(n / 100)));
}

/** A year typed as a number, its pasted footnote number shown as the superscript it was: `19921` is `1992¹`. */
export function yearHeading(n: number): string {
  if (isYear(n)) return String(n);
  const digits = String(n);
  return `${digits.slice(0, 4)}${[...digits.slice(4)].map((d) => SUPERSCRIPTS[Number(d)] ?? d).join("")}`;
}

const SUPERSCRIPTS = ["\u2070", "\u00b9", "\u00b2", "\u00b3", "\u2074", "\u2075", "\u2076", "\u2077", "\u2078", "\u2079"];

function isYear(n: number): boolean {
  return n >= 1900 && n <= 2100;
}

/**
 * Whether a row's numbers can all be header cells: date-formatted, or years (two or more of them, at least one
 * plain, so a figure of 1,997 beside a name is not taken for a heading).
 */
function headerNumbersOnly(grid: Grid, r: number): boolean {
  let years = 0;
  let plain = 0;
  const row = grid.rows[r] ?? [];
  for (let c = 0; c < row.length; c++) {
    const cell = row[c];
    if (typeof cell !== "number" || isDateFormatted(numberFormatAt(grid, r, c))) continue;
    if (!isYearNumber(cell)) return false;
    years++;
    if (isYear(cell)) plain++;
  }
  return years === 0 || (years >= 2 && plain > 0);
}

/**
 * Whether row `s` is a lower row of the header band `band` above it (`Apr - Sep` over `2012/13 | 2013/14`, a year
 * over `Actual | Target`, `Change` over `Numeric | Percentage`, `Number` over the names of the columns): it holds no
 * figures, its cells over the figures below are headings (not values, RAGs, marks or no-data markers), and its
 * first cell is blank, continues a label merged down from above, names a column (`Year`), or stands under a blank
 * (the label heading sits in the lower row, as in `| Primary Fires` over `Year | Dwellings`). Unknown words are
 * allowed: a column whose heading is not understood is ignored, not the whole header.
 */
function isSubRow(grid: Grid, band: readonly number[], s: number, start: number): boolean {
  const sub = grid.rows[s];
  if (!sub || !headerNumbersOnly(grid, s)) return false;
  const top = band[0] ?? 0;
  const width = Math.max(sub.length, ...band.map((b) => grid.rows[b]?.length ?? 0));
  const figures = figureColumns(grid, s + 1, width);
  // The label column: the first one filled in the header or the rows below it.
  const first = firstFilledColumn(grid, [...band, s, s + 1, s + 2, s + 3], width);
  // The upper row heads figures too: a caption or a unit word above the label column is not a header row.
  const over = (c: number) => figures.has(c) || (grid.merges ?? []).some((m) => m.top <= top && top <= m.bottom && m.left <= c && c <= m.right && figures.has(m.right));
  if (!band.every((b) => (grid.rows[b] ?? []).some((cell, c) => c !== first && cellText(cell) !== "" && over(c)))) return false;
  let headings = 0;
  for (let c = 0; c < width; c++) {
    const below = cellAt(grid, s, c);
    const text = cellText(below);
    if (text === "") continue;
    if (typeof below === "string" && looksLikeValue(grid, s, c)) return false;
    if (c === first) {
      const merged = (grid.merges ?? []).some((m) => m.top <= top && m.bottom >= s && m.left <= c && c <= m.right);
      const blankAbove = band.every((b) => cellText(cellAt(grid, b, c)) === "");
      const clue = classifyHeader(headerCell(grid, s, c), null, start);
      // A heading word itself (`Year`, `Area`), not a label that merely contains one (`KPI 12`).
      if (!merged && !blankAbove && (!clue || clue.role === "ignore" || clue.confidence < 0.9)) return false;
      continue;
    }
    if (figures.has(c)) headings++;
  }
  return headings > 0;
}

/** Whether the cells left of `col` in the rows from `from` (to five) are periods: years, `2005-06`, `December 2007`. */
function periodsBelow(grid: Grid, from: number, col: number, start: number): boolean {
  let periods = 0;
  let rows = 0;
  for (let r = from; r < grid.rows.length && rows < 5; r++) {
    const row = grid.rows[r] ?? [];
    const c = row.findIndex((v) => cellText(v) !== "");
    if (c < 0 || c >= col) continue;
    rows++;
    const cell = row[c] ?? null;
    const text = typeof cell === "number" && isYearNumber(cell) ? yearHeading(cell) : cellText(cell);
    if (classifyHeader({ text }, null, start)?.role === "period") periods++;
  }
  return rows > 0 && periods * 2 > rows;
}

/** A cell that reads as a figure's value rather than a heading: a number, a RAG, a trend mark, `n/a`, a grade. */
function looksLikeValue(grid: Grid, r: number, c: number): boolean {
  const cell = cellAt(grid, r, c);
  const text = cellText(cell);
  if (parseRag(text) !== null && text.length > 1) return true;
  if (parseTrendMark(text) !== null) return true;
  const parsed = parseMarkedValue(cell, numberFormatAt(grid, r, c)).parsed;
  return parsed.kind === "number" || parsed.kind === "no-data" || parsed.kind === "grade" || parsed.kind === "error";
}

/** Columns holding figures in the first rows from `from` (to eight non-blank rows): what a header's headings stand over. */
function figureColumns(grid: Grid, from: number, width: number): Set<number> {
  const out = new Set<number>();
  let seen = 0;
  for (let r = from; r < grid.rows.length && seen < 8; r++) {
    const row = grid.rows[r] ?? [];
    if (row.every((c) => cellText(c) === "")) continue;
    seen++;
    for (let c = 0; c < width; c++) {
      const cell = cellAt(grid, r, c);
      if (cellText(cell) === "") continue;
      const parsed = parseMarkedValue(cell, numberFormatAt(grid, r, c)).parsed;
      if (parsed.kind === "number" || parsed.kind === "no-data" || parsed.kind === "grade") out.add(c);
    }
  }
  return out;
}

function firstFilledColumn(grid: Grid, rows: readonly number[], width: number): number {
  for (let c = 0; c < width; c++) if (rows.some((r) => cellText(cellAt(grid, r, c)) !== "")) return c;
  return 0;
}

function isDateFormatted(format: string | undefined): boolean {
  return format !== undefined && !format.includes("%") && /[dmy]/i.test(format.replace(/"[^"]*"|\[[^\]]*\]/g, ""));
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
    const mergedRow = (grid.merges ?? []).some((m) => m.top <= r && r <= m.bottom && m.right > m.left);
    const sub = s === undefined ? null : headerCell(grid, s, c);
    const subFilled = sub !== null && sub.text !== "";
    if (top.text === "" && s !== undefined) {
      const merge = (grid.merges ?? []).find((m) => m.top <= r && r <= m.bottom && m.left < c && c <= m.right);
      if (merge) top = headerCell(grid, merge.top, merge.left);
      // Pasted text loses merges: a blank over a sub-header continues the group begun to its left. Where the header
      // row has merges, they say how far each group reaches (`Primary Fires` over five columns, not eight).
      else if (subFilled && group && !mergedRow) top = group;
    }
    group = subFilled && top.text !== "" ? top : null;
    const shown = [top.text, sub?.text ?? ""].filter((t) => t !== "").join(" ");
    const mappedPeriod = shown === "" ? undefined : sheetMapping?.periods.get(normaliseHeader(shown));
    const clue = (mappedPeriod === undefined ? null : mappedClue(shown, mappedPeriod, start)) ?? classifyHeader(top, sub && sub.text !== "" ? sub : null, start);
    // The cell to point at: the one naming the column's period (`2014/15` over `Actual`), else the lower one.
    const periodAbove = subFilled && s !== undefined && clue?.period && parseHeaderPeriod(top.text, start) !== null && parseHeaderPeriod(sub.text, start) === null;
    const cellRow = subFilled && s !== undefined && !periodAbove ? s : r;
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
    changeKind: null,
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
  changeKind: ChangeKind | null;
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
  settleVariances(drafts);
  const layout = settleLayout(drafts, profiles, kind);
  const kpiLabel = kind === "kpis" ? settleLabels(drafts, profiles) : null;
  if (kind !== "kpis") settleOtherLabels(drafts, profiles, kind);

  // 4. Is it a table of this kind at all?
  const has = (role: ColumnRole) => drafts.some((d) => d.role === role);
  const qualifies =
    kind === "kpis"
      ? (has("name") || has("id") || kpiLabel !== null || (layout === "long" && has("period-label"))) &&
        (layout === "long" ? has("value") : drafts.some((d) => d.role === "period" || d.role === "previous" || d.role === "current" || d.role === "rag"))
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
  const { title, unitNote } = findCaption(grid, top, lastBottom);
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
      measure: d.role === "period" ? (d.header.clue?.measureLabel ?? null) : null,
      levels: d.header.sub && d.header.sub.text !== "" && d.header.top.text !== "" ? { group: d.header.top.text.trim(), own: d.header.sub.text.trim() } : null,
      changeKind: d.role === "change" ? d.changeKind : null,
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
    unitNote,
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
  const base = { col: h.col, header: h, headerPeriod: h.clue?.period ?? null, changeKind: h.clue?.changeKind ?? null };
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
    if (repeatsHeader(grid, r, from - 1, cols)) break; // the next table's header, the same as this one's (` | Q1 | Q2`)
    if (filled.length === 1 && isNote(cellText(cellAt(grid, r, filled[0] ?? 0)), valueCols.includes(filled[0] ?? -1))) break;
    // A lone label right above the next table's header is that table's caption (`Income Management`).
    if (filled.length === 1 && startsTable(grid, r + 1, from - 1, cols, labelCol, nameHeader, start)) break;
    if (blanks > 0) {
      const fits = filled.some((c) => valueCols.includes(c) || c === labelCol);
      if (!fits || looksLikeHeader(grid, r, filled, start)) break;
    }
    blanks = 0;
    rows.push(r);
  }
  return rows;
}

/** Whether row `r` says what the header row `header` says, cell for cell (two cells at least): the next table's header. */
function repeatsHeader(grid: Grid, r: number, header: number, cols: readonly number[]): boolean {
  let same = 0;
  for (const c of cols) {
    const a = cellText(cellAt(grid, r, c));
    if (a !== cellText(cellAt(grid, header, c))) return false;
    if (a !== "") same++;
  }
  return same >= 2;
}

/** Whether the first non-blank row from `r` (within two) is another table's header: this table's header again, or header words. */
function startsTable(grid: Grid, r: number, header: number, cols: readonly number[], labelCol: number | null, nameHeader: string | null, start: number): boolean {
  for (let next = r; next < Math.min(grid.rows.length, r + 2); next++) {
    const filled = cols.filter((c) => cellText(cellAt(grid, next, c)) !== "");
    if (filled.length === 0) continue;
    const label = labelCol === null ? "" : normaliseHeader(cellText(cellAt(grid, next, labelCol)));
    return (nameHeader !== null && label === nameHeader) || looksLikeHeader(grid, next, filled, start) || repeatsHeader(grid, next, header, cols);
  }
  return false;
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
  // `Notes` heading the notes, a key to marks (`p - provisional`), a numbered footnote (`1 Dwellings are ...`).
  if (/^(?:notes?|sources?|footnotes?|key)\s*:?\s*$/i.test(text)) return true;
  if (/^[a-z]\s*[-\u2013=:]\s+[a-z]/i.test(text)) return true;
  if (/^\d{1,2}\s+[A-Z]/.test(text) && text.length > 12) return true;
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
    // RAG words down the first column, with figures beside them, are the rows' names (`Green | 7 | 9`: indicators by grade).
    else if (kind === "kpis" && share(p.rags, p) >= 0.6 && !labelsFigures(d, drafts, profiles)) by("rag", 0.6, "a column without a header, of RAGs");
    else if (kind === "kpis" && share(p.marks, p) >= 0.6) by("trend", 0.6, "a column without a header, of trend marks");
    else if (kind === "kpis" && share(p.figures, p) >= 0.6) by("current", 0.5, "a column without a header, of figures next to the names");
  }
}

/** Whether a column is the first filled one and columns right of it hold figures: it labels them, whatever it says. */
function labelsFigures(d: Draft, drafts: readonly Draft[], profiles: ReadonlyMap<number, ColumnProfile>): boolean {
  const first = drafts.find((x) => (profiles.get(x.col)?.filled ?? 0) > 0);
  return first === d && drafts.some((x) => x.col > d.col && share(profiles.get(x.col)?.figures ?? 0, profiles.get(x.col)) >= 0.6);
}

/**
 * `Variance` (or `Difference`) under a period beside that period's `Target` or `Budget` (`2023/24` over `Actual |
 * Target | Variance`) is the figure against the target, not a change between periods: it is never shown or checked
 * as one.
 */
function settleVariances(drafts: Draft[]): void {
  for (const d of drafts) {
    if (d.role !== "change" || d.source === "mapping" || d.changeKind === "target" || !d.header.sub?.text.trim()) continue;
    const group = d.header.top.text.trim();
    const target = drafts.find((t) => t.role === "target" && t.header.sub?.text.trim() && t.header.top.text.trim() === group);
    if (group === "" || !target) continue;
    Object.assign(d, {
      changeKind: "target",
      reason: `the header "${d.header.shown}" stands beside "${target.header.shown}": the figure against that target, which the scorecard works out itself`,
    });
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
  periodLabel ??= periodsDown(drafts, profiles);
  if (!periodLabel) return "wide";
  // Periods down the rows and no name column: each column of figures is a KPI (`Burglary in a dwelling`), or, under
  // quarters or months without a year (`Q1 | Q2` beside `2005-06`), one KPI whose figures fill a grid of periods.
  if (!drafts.some((d) => d.role === "name" || d.role === "id")) {
    for (const d of drafts) {
      if (d === periodLabel || d.source === "mapping" || d.col < periodLabel.col) continue;
      const p = profiles.get(d.col);
      const partial = d.role === "period" && d.headerPeriod !== null && d.headerPeriod.kind !== "explicit";
      // Dashes stand for figures not given (`—` for an estimate withheld), so count with the figures here.
      if (!p || p.figures === 0 || share(p.figures + p.marks, p) < 0.5 || !(d.role === "ignore" || d.role === "current" || d.role === "value" || partial)) continue;
      const reason = partial
        ? `the figures for ${d.header.shown} of each row's year`
        : `the figures of the KPI "${d.header.shown || `column ${columnLetters(d.col)}`}", one for each row's period`;
      Object.assign(d, { role: "value", confidence: 0.7, reason, source: d.source === "header" && !partial ? "header" : "position" });
    }
    return "long";
  }
  const value = drafts.find((d) => d.role === "value") ?? drafts.find((d) => d.role === "current" && d.source !== "mapping");
  if (value && value.role === "current") Object.assign(value, { role: "value", reason: `${value.reason}: the value of each row's period` });
  return "long";
}

/**
 * The first column, when its cells are periods (`2005-06`, `December 2007`, `1997`, `Quarter 1` under a year's row)
 * and the columns right of it hold figures under headings that are not periods: a table of periods down the rows
 * and KPIs across (Hansard's and the Scottish fire statistics' tables).
 */
function periodsDown(drafts: Draft[], profiles: ReadonlyMap<number, ColumnProfile>): Draft | undefined {
  const label = drafts.find((d) => (profiles.get(d.col)?.filled ?? 0) > 0);
  if (!label || label.source === "mapping" || !(label.role === "ignore" || label.role === "period-label" || label.header.shown === "")) return undefined;
  const p = profiles.get(label.col);
  if (!p) return undefined;
  const periodish = p.periods + p.partialPeriods + p.years;
  if (share(periodish, p) < 0.6 || (p.periods + p.years === 0 && p.partialPeriods < 2)) return undefined;
  const figures = drafts.filter((d) => d.col > label.col && share(profiles.get(d.col)?.figures ?? 0, profiles.get(d.col)) >= 0.5);
  if (figures.length === 0 || figures.some((d) => d.role === "period" && d.headerPeriod?.kind === "explicit")) return undefined;
  const why = label.header.shown === "" ? "a column without a header" : `the header "${label.header.shown}"`;
  Object.assign(label, { role: "period-label", confidence: 0.7, reason: `${why}, over periods down the rows`, source: "values" });
  return label;
}

/**
 * The KPI table's row labels. Without a name column, the text column left of the figures names the KPIs, unless a
 * KPI is named over the period columns (seed 000's re-offending rates): its rows are then segments. With two
 * measures or more over the periods (`Theft from a vehicle` and `Theft of a motor vehicle` over their years, a
 * count and a rate under each date), each row is a KPI under each measure.
 */
function settleLabels(drafts: Draft[], profiles: ReadonlyMap<number, ColumnProfile>): string | null {
  if (drafts.some((d) => d.role === "name")) return null;
  const measures = new Set(drafts.filter((d) => d.role === "period").map((d) => d.header.clue?.measureLabel).filter((l): l is string => !!l));
  const firstValue = drafts.find((d) => VALUE_ROLES.has(d.role));
  const labelCandidates = drafts.filter(
    (d) =>
      (!firstValue || d.col < firstValue.col) &&
      d.source !== "mapping" &&
      d.role !== "period-label" &&
      (d.role === "ignore" || d.header.shown === "" || (measures.size > 1 && d.role === "segment")) &&
      ((profiles.get(d.col)?.texts ?? 0) > 0 || labelsFigures(d, drafts, profiles)),
  );
  const measureLabel = measures.size === 1 ? ([...measures][0] ?? null) : null;
  const labelCol = labelCandidates[labelCandidates.length - 1];
  if (!labelCol) return null;
  if (measures.size > 1) {
    const reason = `the labels left of the figures name the KPIs, one under each of ${measures.size} measures`;
    Object.assign(labelCol, { role: "name", confidence: 0.6, reason, source: "position" });
    return null;
  }
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

/**
 * The table's caption: the nearest text above the header (within six rows, below the previous table), passing over
 * a row that only names the unit (`Number`, `Days`, `Unit | %`: kept as `unitNote`), a `Notes` line, and an
 * analyst's comment (`Comment: ...`).
 */
function findCaption(grid: Grid, top: number, lastBottom: number): { title: string | null; unitNote: string | null } {
  let unitNote: string | null = null;
  for (let r = top - 1; r > lastBottom && r >= top - 6; r--) {
    const texts = (grid.rows[r] ?? []).map((c) => cellText(c)).filter((t) => t !== "");
    if (texts.length === 0) continue;
    const joined = texts.join(" ");
    if (isUnitRow(texts)) {
      unitNote ??= texts[texts.length - 1] ?? null;
      continue;
    }
    if (/^(?:notes?|comments?|commentary)\s*(?::|$)/i.test(joined)) continue;
    return { title: joined, unitNote };
  }
  return { title: null, unitNote };
}

/** A row that only says what unit the figures below are in: `Number`, `Days`, `Thousand`, `£000s`, `Unit | %`. */
function isUnitRow(texts: readonly string[]): boolean {
  const words = texts.map((t) => t.trim().toLowerCase());
  if (words.length === 2 && words[0] === "unit") return true;
  return words.length === 1 && UNIT_WORDS.test(words[0] ?? "");
}

const UNIT_WORDS = /^(?:number|numbers|no\.?|count|%|per ?cent|percentage|rate|rates|days|weeks|hours|minutes|mins|seconds|secs|thousands?|millions?|£|£000'?s|£m|£k|units?)$/;

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
