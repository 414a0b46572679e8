/**
 * The fake Excel's workbook: plain data that tests snapshot and compare, plus the address arithmetic and the
 * "typed input" rules Excel applies when a range's `values` are set (a string starting with `=` becomes a formula
 * unless the cell is formatted as text `@`, numeric and date-looking strings become numbers).
 */

export type Visibility = "Visible" | "Hidden" | "VeryHidden";

export interface FakeBorder {
  readonly style: string;
  readonly weight: string;
  readonly color: string;
}

/** Cell formatting, only what was set (absent = Excel's default). */
export interface FakeCellFormat {
  bold?: boolean;
  italic?: boolean;
  fontSize?: number;
  /** `#RRGGBB` */
  fontColor?: string;
  /** `#RRGGBB` */
  fill?: string;
  horizontal?: string;
  vertical?: string;
  wrap?: boolean;
  indent?: number;
  borderTop?: FakeBorder;
  borderBottom?: FakeBorder;
  borderLeft?: FakeBorder;
  borderRight?: FakeBorder;
}

export interface FakeHyperlink {
  address?: string;
  documentReference?: string;
  textToDisplay?: string;
  screenTip?: string;
}

/** One cell; an absent key means an empty cell with default formatting. */
export interface FakeCell {
  value?: string | number | boolean;
  /** An Excel error value such as `#DIV/0!`. */
  error?: string;
  /** A formula; the fake never calculates, so a formula cell has no value. */
  formula?: string;
  /** Absent means `General`. */
  numberFormat?: string;
  format?: FakeCellFormat;
  hyperlink?: FakeHyperlink;
}

export interface FakePageLayout {
  orientation?: string;
  paperSize?: string;
  zoom?: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number };
  printTitleRows?: string;
  /** 0-based rows with a manual page break above them, in the order added. */
  rowBreaks?: number[];
  leftHeader?: string;
  centerHeader?: string;
  rightHeader?: string;
  leftFooter?: string;
  centerFooter?: string;
  rightFooter?: string;
}

export interface FakeConditionalFormat {
  /** A1 range on its own sheet. */
  range: string;
  type: string;
  rule?: { formula1?: string; formula2?: string; operator?: string };
  fill?: string;
  fontColor?: string;
}

export interface FakeChartSeries {
  name: string;
  /** Absolute reference, e.g. `'Chart data'!$B$7:$B$66`; follows sheet renames, `#REF!` once its sheet is gone. */
  values: string | null;
  xValues: string | null;
  chartType?: string;
  axisGroup: "Primary" | "Secondary";
  fill?: string;
  lineColor?: string;
  lineStyle?: string;
  lineWeight?: number;
  markerStyle?: string;
  /** The series' marker fill, border and size (ExcelApi 1.7). */
  markerBackgroundColor?: string;
  markerForegroundColor?: string;
  markerSize?: number;
}

export interface FakeChartAxis {
  title?: string;
  numberFormat?: string;
  minimum?: number;
}

export interface FakeChart {
  name: string;
  chartType: string;
  title?: string;
  /** Top-left and bottom-right cells, once `setPosition` was called. */
  from?: string;
  to?: string;
  legend: { position?: string; visible?: boolean };
  series: FakeChartSeries[];
  /** Keyed `Value:Primary`, `Value:Secondary`, `Category:Primary`. */
  axes: Record<string, FakeChartAxis>;
}

/** A workbook-level defined name (Formulas > Name Manager). */
export interface FakeName {
  name: string;
  /** `='Scorecard Q2 2013-14'!$H$7`; follows sheet renames, `#REF!` once its sheet is gone. */
  formula: string;
}

/** A list validation on a range (Data > Data Validation > List), its source a reference. */
export interface FakeValidation {
  /** A1 range on its own sheet. */
  range: string;
  /** `='Theme RAG'!$B$5:$B$12`; follows sheet renames, `#REF!` once its sheet is gone. */
  list: string;
}

export interface FakeSheet {
  /** Stable across renames, as `Worksheet.id` is. */
  id: string;
  name: string;
  visibility: Visibility;
  /** `""` is automatic. */
  tabColor: string;
  showGridlines: boolean;
  /** Keyed by A1 address (`B7`). */
  cells: Record<string, FakeCell>;
  /** A1 rectangles. */
  merges: string[];
  freeze: { rows: number; columns: number } | null;
  /** Points, keyed by column letters. */
  columnWidths: Record<string, number>;
  hiddenColumns: string[];
  /** Points, keyed by 1-based row number. */
  rowHeights: Record<string, number>;
  /** 0-based. */
  hiddenRows: number[];
  pageLayout: FakePageLayout;
  conditionalFormats: FakeConditionalFormat[];
  charts: FakeChart[];
  /** The analyst's list validations; absent when there are none. */
  validations?: FakeValidation[];
}

export interface FakeWorkbookState {
  /** In tab order. */
  sheets: FakeSheet[];
  /** Name of the active sheet. */
  activeSheet: string | null;
  selection: { sheet: string; address: string } | null;
  /** The analyst's defined names; absent when there are none. */
  names?: FakeName[];
  /** The workbook uses the 1904 date system (Excel > Options > Advanced); absent means the 1900 system. */
  date1904?: boolean;
}

export const MAX_ROWS = 1048576;
export const MAX_COLUMNS = 16384;

/** A 0-based inclusive rectangle. */
export interface Rect {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

export function columnLetters(col: number): string {
  let n = col + 1;
  let letters = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

export function cellKey(row: number, col: number): string {
  return `${columnLetters(col)}${row + 1}`;
}

export function parseCellKey(key: string): { row: number; col: number } {
  const m = /^([A-Z]+)(\d+)$/.exec(key);
  if (!m) throw new Error(`FakeExcel: bad cell key ${key}`);
  return { row: Number(m[2]) - 1, col: columnIndex(m[1] ?? "A") };
}

/** Parses one area (`A1`, `$A$1:$C$3`, `A:C`, `2:4`) into a rectangle; `null` if it is not one. */
export function parseArea(address: string): Rect | null {
  const text = address.trim().replace(/\$/g, "").toUpperCase();
  const cell = /^([A-Z]{1,3})(\d{1,7})$/;
  const parts = text.split(":");
  if (parts.length > 2 || parts.length === 0) return null;
  const [a, b = a] = parts as [string, string?];
  if (a === undefined || b === undefined) return null;
  const ca = cell.exec(a);
  const cb = cell.exec(b);
  if (ca && cb) {
    const r1 = Number(ca[2]) - 1;
    const r2 = Number(cb[2]) - 1;
    const c1 = columnIndex(ca[1] ?? "");
    const c2 = columnIndex(cb[1] ?? "");
    if ([r1, r2].some((r) => r < 0 || r >= MAX_ROWS) || [c1, c2].some((c) => c < 0 || c >= MAX_COLUMNS)) return null;
    return { top: Math.min(r1, r2), bottom: Math.max(r1, r2), left: Math.min(c1, c2), right: Math.max(c1, c2) };
  }
  if (parts.length === 2 && /^[A-Z]{1,3}$/.test(a) && /^[A-Z]{1,3}$/.test(b)) {
    const c1 = columnIndex(a);
    const c2 = columnIndex(b);
    if (c1 >= MAX_COLUMNS || c2 >= MAX_COLUMNS) return null;
    return { top: 0, bottom: MAX_ROWS - 1, left: Math.min(c1, c2), right: Math.max(c1, c2) };
  }
  if (parts.length === 2 && /^\d{1,7}$/.test(a) && /^\d{1,7}$/.test(b)) {
    const r1 = Number(a) - 1;
    const r2 = Number(b) - 1;
    if (r1 < 0 || r2 < 0 || r1 >= MAX_ROWS || r2 >= MAX_ROWS) return null;
    return { top: Math.min(r1, r2), bottom: Math.max(r1, r2), left: 0, right: MAX_COLUMNS - 1 };
  }
  return null;
}

/** A1 text of a rectangle the way Excel writes it: `A:C` for whole columns, `2:4` for whole rows. */
export function formatArea(rect: Rect): string {
  const wholeColumns = rect.top === 0 && rect.bottom === MAX_ROWS - 1;
  const wholeRows = rect.left === 0 && rect.right === MAX_COLUMNS - 1;
  if (wholeColumns && !wholeRows) return `${columnLetters(rect.left)}:${columnLetters(rect.right)}`;
  if (wholeRows) return `${rect.top + 1}:${rect.bottom + 1}`;
  const start = cellKey(rect.top, rect.left);
  const end = cellKey(rect.bottom, rect.right);
  return start === end ? start : `${start}:${end}`;
}

export function absoluteArea(rect: Rect): string {
  const a = `$${columnLetters(rect.left)}$${rect.top + 1}`;
  const b = `$${columnLetters(rect.right)}$${rect.bottom + 1}`;
  return a === b ? a : `${a}:${b}`;
}

/** Excel quotes sheet names that are not plain identifiers. */
export function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/** Splits `'My sheet'!$A$1:$B$2` into its sheet and area. */
export function splitRef(ref: string): { sheet: string; area: string } | null {
  const bang = ref.lastIndexOf("!");
  if (bang < 0) return null;
  const raw = ref.slice(0, bang);
  const sheet = raw.startsWith("'") && raw.endsWith("'") ? raw.slice(1, -1).replace(/''/g, "'") : raw;
  return { sheet, area: ref.slice(bang + 1) };
}

export function rectCells(rect: Rect): number {
  return (rect.bottom - rect.top + 1) * (rect.right - rect.left + 1);
}

export function intersect(a: Rect, b: Rect): Rect | null {
  const top = Math.max(a.top, b.top);
  const bottom = Math.min(a.bottom, b.bottom);
  const left = Math.max(a.left, b.left);
  const right = Math.min(a.right, b.right);
  return top <= bottom && left <= right ? { top, bottom, left, right } : null;
}

export function emptySheet(id: string, name: string): FakeSheet {
  return {
    id,
    name,
    visibility: "Visible",
    tabColor: "",
    showGridlines: true,
    cells: {},
    merges: [],
    freeze: null,
    columnWidths: {},
    hiddenColumns: [],
    rowHeights: {},
    hiddenRows: [],
    pageLayout: {},
    conditionalFormats: [],
    charts: [],
  };
}

const ERROR_LITERALS = new Set(["#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A"]);
const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

/** Excel's 1900 date serial of a day. */
function dateSerial(year: number, month: number, day: number): number {
  return Math.round((Date.UTC(year, month - 1, day) - Date.UTC(1899, 11, 30)) / 86400000);
}

/** A number Excel would read from typed text, or `null`. */
function parseTypedNumber(text: string): number | null {
  const t = text.trim();
  let m = /^([+-]?)(\d{1,3}(?:,\d{3})+|\d+)?(\.\d+)?(%?)$/.exec(t);
  if (m && (m[2] !== undefined || m[3] !== undefined)) {
    const n = Number(`${m[1] ?? ""}${(m[2] ?? "0").replace(/,/g, "")}${m[3] ?? ""}`);
    return m[4] === "%" ? n / 100 : n;
  }
  m = /^[+-]?\d+(\.\d+)?[eE][+-]?\d+$/.exec(t);
  if (m) return Number(t);
  // ISO dates (`2013-04-01`, `2013-04`) and month-year text (`Apr-13`, `Apr 2013`) become dates.
  m = /^(\d{4})-(\d{1,2})(?:-(\d{1,2}))?$/.exec(t);
  if (m && Number(m[2]) >= 1 && Number(m[2]) <= 12 && Number(m[3] ?? 1) >= 1 && Number(m[3] ?? 1) <= 31) {
    return dateSerial(Number(m[1]), Number(m[2]), Number(m[3] ?? 1));
  }
  m = /^([A-Za-z]{3})[a-z]*[- ](\d{2}|\d{4})$/.exec(t);
  if (m && MONTHS.includes((m[1] ?? "").toLowerCase())) {
    const y = Number(m[2]);
    return dateSerial(y < 100 ? (y < 30 ? 2000 + y : 1900 + y) : y, MONTHS.indexOf((m[1] ?? "").toLowerCase()) + 1, 1);
  }
  return null;
}

/**
 * What a cell holds after a value is written to it through `Range.values`, the way Excel reads typed input:
 * text in a cell formatted `@` stays text; otherwise `=...` is a formula, numbers, percentages and dates become
 * numbers, other text starting `+`, `-` or `@` becomes a formula (Excel reads a leading sign or `@` as the start of
 * one), error literals become errors and TRUE/FALSE booleans.
 */
export function typedInput(value: string, numberFormat: string | undefined): Pick<FakeCell, "value" | "formula" | "error"> {
  if (numberFormat === "@") return { value };
  if (value.startsWith("=")) return { formula: value };
  const n = parseTypedNumber(value);
  if (n !== null) return { value: n };
  if (/^[+\-@]/.test(value)) return { formula: `=${value}` };
  if (ERROR_LITERALS.has(value.trim().toUpperCase())) return { error: value.trim().toUpperCase() };
  if (/^(true|false)$/i.test(value.trim())) return { value: value.trim().toLowerCase() === "true" };
  return { value };
}

export function deepClone<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}
