/**
 * Reads one worksheet part, streamed, into a `Grid`: cell values normalised as ingest expects (shared strings
 * resolved, formulas as their cached result, dates as 1900-system serials, errors as `CellError`), number formats,
 * hidden rows, and merged ranges kept as ranges, never expanded cell by cell.
 *
 * Every stored cell counts against the sheet's and the workbook's cell budgets. Past the sheet's budget the rest of
 * the part is only scanned for its last row, and the grid says how many rows there were (`totalRows`), which ingest
 * reports as SHEET_TOO_LARGE; past the workbook's budget the read stops with FILE_TOO_MANY_CELLS.
 */
import type { CellRange, CellValue, Grid } from "../../model/grid";
import { FileReadError } from "../fileReadError";
import { decodeXstring } from "../xml/decodeXmlText";
import type { XmlHandler, XmlScanner, XmlTag, XmlText } from "../xml/scanXml";
import { findByte, readAttribute, textOf } from "../xml/scanXml";

export interface SheetContext {
  readonly name: string;
  readonly hidden: boolean;
  readonly sharedStrings: readonly (string | null)[];
  /** Number format by cell style index. */
  readonly formats: readonly (string | undefined)[];
  /** Whether each cell style is a date format (its serials are converted as Excel shows them). */
  readonly isDate: readonly boolean[];
  readonly date1904: boolean;
  readonly maxRows: number;
  readonly maxSheetCells: number;
  readonly maxMerges: number;
  /** Cells stored by earlier sheets, and the workbook's limit. */
  readonly workbookCells: { stored: number; readonly limit: number };
  /** Stop scanning at `maxRows`: a head read for planning, not the sheet. */
  readonly headOnly?: boolean;
  /** Columns left unread from a row on (months the build cannot use, `planReadWindow`): neither decoded nor stored. */
  readonly skip?: { readonly fromRow: number; readonly columns: readonly number[] };
}

const MS_PER_DAY = 86_400_000;
/** Serial of 1 Jan 1970 in Excel's 1900 date system. */
const UNIX_EPOCH_SERIAL = 25569;
/** Days between the 1900 and 1904 date systems' day zero. */
const DAYS_1904 = 1462;
/** Excel's last row and column (1,048,576 x 16,384). */
const MAX_ROW = 1_048_575;
const MAX_COL = 16_383;

/**
 * A date-formatted serial as the 1900 system counts it, to the millisecond (as Excel stores times), so a workbook
 * saved in the 1904 system gives the same serials as one saved in 1900.
 */
function dateSerial(value: number, date1904: boolean): number {
  const ms = Math.round((value - UNIX_EPOCH_SERIAL + (date1904 ? DAYS_1904 : 0)) * MS_PER_DAY);
  return (ms + UNIX_EPOCH_SERIAL * MS_PER_DAY) / MS_PER_DAY;
}

/** `AB12` -> column 27 (0-based), or -1 when there are no letters. Row digits are read by `rowOfRef`. */
function colOfRef(ref: string): number {
  let col = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const ch = ref.charCodeAt(i);
    const upper = ch >= 97 ? ch - 32 : ch;
    if (upper < 65 || upper > 90) break;
    col = col * 26 + (upper - 64);
  }
  return i === 0 ? -1 : col - 1;
}

/** `AB12` -> row 11 (0-based), or -1 when there are no digits. */
function rowOfRef(ref: string): number {
  let i = 0;
  while (i < ref.length && ref.charCodeAt(i) > 57) i++;
  let row = 0;
  let digits = 0;
  for (; i < ref.length; i++) {
    const ch = ref.charCodeAt(i);
    if (ch < 48 || ch > 57) break;
    row = row * 10 + (ch - 48);
    digits++;
  }
  return digits === 0 ? -1 : row - 1;
}

/** `A1:C3` (or `B2`) as a 0-based range within Excel's grid, `null` when it is not one. */
function parseRange(ref: string): CellRange | null {
  const [from = "", to = from] = ref.split(":");
  const top = rowOfRef(from);
  const left = colOfRef(from);
  const bottom = rowOfRef(to);
  const right = colOfRef(to);
  if (top < 0 || left < 0 || bottom < top || right < left) return null;
  return { top, left, bottom: Math.min(bottom, MAX_ROW), right: Math.min(right, MAX_COL) };
}

/** A cell's `r`, `s` and `t`, read in place in one pass (this runs for every cell of every sheet). */
interface CellAttributes {
  /** -1 when the cell has no `r`. */
  col: number;
  row: number;
  style: number;
  type: string;
}

const CELL_TYPES = ["s", "str", "inlineStr", "b", "e", "d", "n"] as const;

function cellTypeAt(b: Uint8Array, start: number, end: number): string {
  for (const type of CELL_TYPES) {
    if (end - start !== type.length) continue;
    let same = true;
    for (let i = 0; i < type.length && same; i++) same = b[start + i] === type.charCodeAt(i);
    if (same) return type;
  }
  return "n";
}

function readCellAttributes(tag: XmlTag, out: CellAttributes): void {
  out.col = -1;
  out.row = -1;
  out.style = 0;
  out.type = "n";
  const b = tag.bytes;
  const n = tag.end;
  let i = tag.start;
  while (i < n) {
    const eq = findByte(b, 61 /* = */, i);
    if (eq < 0 || eq >= n) return;
    let start = eq;
    while (start > i && (b[start - 1] as number) > 32) start--;
    let q = eq + 1;
    while (q < n && (b[q] as number) <= 32) q++;
    const quote = b[q] as number;
    if (quote !== 34 && quote !== 39) return;
    const close = findByte(b, quote, q + 1);
    if (close < 0 || close >= n) return;
    if (eq - start === 1) {
      const name = b[start];
      if (name === 114 /* r */) {
        let col = 0;
        let k = q + 1;
        for (; k < close; k++) {
          const ch = (b[k] as number) & ~32; // upper case
          if (ch < 65 || ch > 90) break;
          col = col * 26 + (ch - 64);
        }
        let row = 0;
        let digits = 0;
        for (; k < close; k++) {
          const ch = b[k] as number;
          if (ch < 48 || ch > 57) break;
          row = row * 10 + (ch - 48);
          digits++;
        }
        out.col = col > 0 ? col - 1 : -1;
        out.row = digits > 0 ? row - 1 : -1;
      } else if (name === 115 /* s */) {
        let style = 0;
        for (let k = q + 1; k < close; k++) {
          const ch = b[k] as number;
          if (ch < 48 || ch > 57) break;
          style = style * 10 + (ch - 48);
        }
        out.style = style;
      } else if (name === 116 /* t */) {
        out.type = cellTypeAt(b, q + 1, close);
      }
    }
    i = close + 1;
  }
}

/**
 * A cell value's digits as a number: exact integers (up to 15 digits, as Excel keeps) without making a string,
 * anything else (decimals, exponents) through `Number`, which rounds as Excel wrote it. `NaN` for what is not one.
 */
function numberOf(text: XmlText): number {
  const b = text.bytes;
  let i = text.start;
  const end = text.end;
  if (end - i > 0 && end - i <= 16 && !text.cdata) {
    const negative = b[i] === 45; /* - */
    if (negative) i++;
    let value = 0;
    let k = i;
    for (; k < end; k++) {
      const ch = b[k] as number;
      if (ch < 48 || ch > 57) break;
      value = value * 10 + (ch - 48);
    }
    if (k === end && k > i) return negative ? (value === 0 ? 0 : -value) : value;
  }
  const decoded = textOf(text);
  return decoded.trim() === "" ? Number.NaN : Number(decoded);
}

/** Equal formats, cell by cell (a plain loop: `every` would skip the holes of a sparse row). */
function sameFormats(a: readonly (string | undefined)[], b: readonly (string | undefined)[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

export class SheetHandler implements XmlHandler {
  private scanner: XmlScanner | null = null;
  private readonly values: CellValue[][] = [];
  private readonly formats: (string | undefined)[][] = [];
  /** Per row: 1 + the last column holding a value. */
  private readonly rowWidth: number[] = [];
  private readonly hiddenRows: number[] = [];
  private readonly merges: CellRange[] = [];
  private row = -1;
  private col = -1;
  /** The highest row any `<row>` or `<c>` named, stored or not. */
  private lastRow = -1;
  private stored = 0;
  /** Rows at and after this one are not stored (maxRows, or the sheet's cell budget ran out). */
  private stopRow: number;
  private cutByBudget = false;
  private readonly attrs: CellAttributes = { col: -1, row: -1, style: 0, type: "n" };
  // The cell being read.
  private inCell = false;
  private cellType = "";
  private cellStyle = 0;
  /** The `<v>` text; for a number or shared-string index read in one run, `valueNumber` instead. */
  private valueText: string | null = null;
  private valueNumber = Number.NaN;
  private valueRuns = 0;
  private inValue = false;
  private inlineText: string | null = null;
  private inInlineText = false;
  private phonetic = 0;
  /** By column, whether `skip` leaves it unread (a mask: this is asked of every cell). */
  private readonly skipColumns: Uint8Array;
  private readonly skipFromRow: number;
  /** The cell being read is one `skip` leaves unread. */
  private skipping = false;
  /** A cell `skip` left unread held text or a date, as a header does, not a figure. */
  passedOverLabels = false;

  constructor(private readonly context: SheetContext) {
    this.stopRow = Math.max(0, Math.floor(context.maxRows));
    const skipped = context.skip?.columns.filter((c) => c >= 0 && c <= MAX_COL) ?? [];
    this.skipColumns = new Uint8Array(skipped.length > 0 ? Math.max(...skipped) + 1 : 0);
    for (const c of skipped) this.skipColumns[c] = 1;
    this.skipFromRow = context.skip?.fromRow ?? MAX_ROW + 1;
  }

  attach(scanner: XmlScanner): void {
    this.scanner = scanner;
  }

  /** A head read is done once a row at or past `maxRows` begins. */
  done(): boolean {
    return this.context.headOnly === true && this.row >= this.stopRow;
  }

  open(name: string, tag: XmlTag): void {
    switch (name) {
      case "c":
        this.openCell(tag);
        return;
      case "v":
        if (this.inCell && !this.skipping) {
          this.inValue = true;
          this.setWantText(true);
        }
        return;
      case "row": {
        this.shareFormats(this.row);
        const r = readAttribute(tag, "r");
        const parsed = r === undefined ? Number.NaN : Number(r) - 1;
        this.row = Number.isInteger(parsed) && parsed >= 0 && parsed <= MAX_ROW ? parsed : Math.min(this.row + 1, MAX_ROW);
        this.col = -1;
        if (this.row > this.lastRow) this.lastRow = this.row;
        const hidden = readAttribute(tag, "hidden");
        if ((hidden === "1" || hidden === "true") && this.row < this.stopRow) this.hiddenRows.push(this.row);
        return;
      }
      case "is":
        if (this.inCell && !this.skipping) this.inlineText = "";
        return;
      case "t":
        if (this.inCell && this.inlineText !== null && this.phonetic === 0) {
          this.inInlineText = true;
          this.setWantText(true);
        }
        return;
      case "rPh":
        this.phonetic += 1;
        return;
      case "mergeCell": {
        const range = parseRange(readAttribute(tag, "ref") ?? "");
        if (!range) return;
        if (this.merges.length >= this.context.maxMerges) {
          throw new FileReadError("FILE_TOO_MANY_MERGES", { sheet: this.context.name, cell: "" }, this.context.name, this.context.maxMerges.toLocaleString("en-GB"));
        }
        this.merges.push(range);
        return;
      }
      default:
        return;
    }
  }

  close(name: string): void {
    switch (name) {
      case "c":
        if (this.inCell) this.closeCell();
        return;
      case "v":
        this.inValue = false;
        this.setWantText(false);
        return;
      case "t":
        this.inInlineText = false;
        this.setWantText(false);
        return;
      case "rPh":
        this.phonetic = Math.max(0, this.phonetic - 1);
        return;
      default:
        return;
    }
  }

  text(text: XmlText): void {
    if (this.inValue) {
      this.valueRuns += 1;
      const numeric = this.cellType === "n" || this.cellType === "s";
      if (numeric && this.valueRuns === 1) this.valueNumber = numberOf(text);
      // A value in several runs (split by a comment or CDATA, which Excel never writes) is joined as text.
      else this.valueText = (this.valueText ?? (numeric ? String(this.valueNumber) : "")) + textOf(text);
    } else if (this.inInlineText) {
      this.inlineText = (this.inlineText ?? "") + textOf(text);
    }
  }

  private setWantText(want: boolean): void {
    if (this.scanner) this.scanner.wantText = want;
  }

  private openCell(tag: XmlTag): void {
    const attrs = this.attrs;
    readCellAttributes(tag, attrs);
    if (attrs.col >= 0) {
      this.col = attrs.col <= MAX_COL ? attrs.col : MAX_COL;
      // A cell naming another row than its <row> (or outside any) goes where it says.
      const row = attrs.row;
      if (row >= 0 && row <= MAX_ROW && row !== this.row) {
        this.row = row;
        if (row > this.lastRow) this.lastRow = row;
      }
    } else {
      this.col = Math.min(this.col + 1, MAX_COL);
      if (this.row < 0) this.row = 0;
    }
    this.inCell = true;
    this.skipping = this.row >= this.skipFromRow && this.skipColumns[this.col] === 1;
    if (this.skipping) {
      const type = attrs.type;
      if (type === "s" || type === "str" || type === "inlineStr" || type === "d" || this.context.isDate[attrs.style] === true) this.passedOverLabels = true;
      if (this.scanner) this.scanner.skipContent = true;
    }
    this.cellType = attrs.type;
    this.cellStyle = attrs.style;
    this.valueText = null;
    this.valueNumber = Number.NaN;
    this.valueRuns = 0;
    this.inlineText = null;
  }

  private closeCell(): void {
    this.inCell = false;
    this.inValue = false;
    this.inInlineText = false;
    const row = this.row;
    if (row < 0 || row >= this.stopRow || this.skipping) return;
    const value = this.cellValue();
    const format = this.context.formats[this.cellStyle];
    if (value === null && format === undefined) return;
    this.stored += 1;
    this.context.workbookCells.stored += 1;
    if (this.stored > this.context.maxSheetCells) {
      this.cutAt(row);
      return;
    }
    if (this.context.workbookCells.stored > this.context.workbookCells.limit) {
      throw new FileReadError("FILE_TOO_MANY_CELLS", { sheet: this.context.name, cell: "" }, this.context.workbookCells.limit.toLocaleString("en-GB"), this.context.name);
    }
    const col = this.col;
    if (value !== null) {
      const values = (this.values[row] ??= []);
      values[col] = value;
      if (col + 1 > (this.rowWidth[row] ?? 0)) this.rowWidth[row] = col + 1;
    }
    if (format !== undefined) {
      let formats = this.formats[row];
      // A cell out of row order may land in a finished row whose formats are shared: that row gets its own copy.
      if (formats && this.sharedFormats.has(formats)) this.formats[row] = formats = formats.slice();
      (formats ?? (this.formats[row] = []))[col] = format;
    }
  }

  /** The sheet's cell budget ran out in `row`: keep only the rows before it; the rest is scanned for its length. */
  private cutAt(row: number): void {
    this.cutByBudget = true;
    this.stopRow = row;
    this.values.length = Math.min(this.values.length, row);
    this.formats.length = Math.min(this.formats.length, row);
    this.rowWidth.length = Math.min(this.rowWidth.length, row);
  }

  private cellValue(): CellValue {
    const text = this.valueText;
    switch (this.cellType) {
      case "s": {
        if (this.valueRuns === 0) return null;
        return this.context.sharedStrings[text === null ? this.valueNumber : Number(text)] ?? null;
      }
      case "inlineStr":
        return this.inlineText === null || this.inlineText === "" ? (text === null || text === "" ? null : text) : decodeXstring(this.inlineText);
      case "str":
        return text === null || text === "" ? null : text;
      case "b":
        return text === null || text === "" ? null : text === "1" || text === "true";
      case "e":
        return text === null || text === "" ? null : { error: text };
      case "d": {
        if (text === null) return null;
        const ms = Date.parse(text);
        return Number.isNaN(ms) ? null : dateSerial(ms / MS_PER_DAY + UNIX_EPOCH_SERIAL, false);
      }
      default: {
        if (this.valueRuns === 0 || text === "") return null;
        const value = text === null ? this.valueNumber : Number(text);
        if (!Number.isFinite(value)) return null;
        return this.context.isDate[this.cellStyle] === true ? dateSerial(value, this.context.date1904) : value;
      }
    }
  }

  /** Recent distinct rows of number formats: a data sheet repeats a few patterns thousands of times. */
  private readonly formatRows: (string | undefined)[][] = [];
  /** Formats arrays that more than one row uses. */
  private readonly sharedFormats = new WeakSet<(string | undefined)[]>();

  /**
   * Gives a finished row the formats array of an earlier row with the same formats (a data sheet of 21,000 rows has
   * a handful of distinct ones), so millions of cells' formats cost a few arrays, not one per row.
   */
  private shareFormats(row: number): void {
    const formats = row >= 0 ? this.formats[row] : undefined;
    if (!formats) return;
    const same = this.formatRows.find((known) => sameFormats(known, formats));
    if (same) {
      this.formats[row] = same;
      this.sharedFormats.add(same);
      return;
    }
    this.formatRows.unshift(formats);
    if (this.formatRows.length > 8) this.formatRows.pop();
  }

  /** The grid, once the whole part has been scanned. */
  finish(): Grid {
    this.shareFormats(this.row);
    const { values, rowWidth } = this;
    this.nullCoveredCells();

    let height = 0;
    let width = 0;
    for (let r = 0; r < values.length; r++) {
      const row = values[r];
      if (!row) continue;
      let w = rowWidth[r] ?? 0;
      while (w > 0 && (row[w - 1] === null || row[w - 1] === undefined)) w--;
      if (w > 0) {
        height = r + 1;
        if (w > width) width = w;
      }
    }

    // Dense rows, as ingest expects: as many as the sheet's used height, each exactly as wide as its used width.
    let kept = height;
    let totalRows = this.cutByBudget || this.lastRow + 1 > this.stopRow ? this.lastRow + 1 : undefined;
    if (height * width > this.context.maxSheetCells) {
      kept = Math.floor(this.context.maxSheetCells / Math.max(1, width));
      totalRows = Math.max(height, this.lastRow + 1);
    }
    const rows: CellValue[][] = [];
    const numberFormats: (string | undefined)[][] = [];
    const noFormats: (string | undefined)[] = new Array<string | undefined>(width).fill(undefined);
    for (let r = 0; r < kept; r++) {
      const row = values[r] ?? [];
      if (row.length > width) row.length = width;
      for (let c = 0; c < width; c++) if (row[c] === undefined) row[c] = null;
      rows.push(row);
      const formats = this.formats[r];
      if (!formats) {
        numberFormats.push(noFormats);
        continue;
      }
      if (formats.length > width) formats.length = width;
      for (let c = formats.length; c < width; c++) formats.push(undefined);
      numberFormats.push(formats);
    }

    const merges = this.merges
      .filter((m) => m.top < kept && m.left < width)
      .map((m) => ({ top: m.top, left: m.left, bottom: Math.min(m.bottom, kept - 1), right: Math.min(m.right, width - 1) }))
      .sort((a, b) => a.top - b.top || a.left - b.left);
    const grid: Grid = {
      sheet: this.context.name,
      rows,
      numberFormats,
      merges,
      hiddenRows: [...new Set(this.hiddenRows.filter((r) => r < kept))].sort((a, b) => a - b),
      hidden: this.context.hidden,
    };
    if (this.context.headOnly) return grid;
    return totalRows !== undefined && totalRows > rows.length ? { ...grid, totalRows } : grid;
  }

  /**
   * Only the top-left cell of a merge holds its value, as in Excel. Excel never saves values under a merge, but
   * other writers may; clearing them costs at most the merge's stored cells, and merges that overlap (which Excel
   * never writes) stop the clearing once it has done twice the sheet's stored cells of work.
   */
  private nullCoveredCells(): void {
    const { values } = this;
    let work = 0;
    const budget = Math.max(1_000_000, 2 * this.stored);
    for (const m of this.merges) {
      const bottom = Math.min(m.bottom, values.length - 1);
      for (let r = m.top; r <= bottom; r++) {
        const row = values[r];
        if (!row) continue;
        const right = Math.min(m.right, row.length - 1);
        for (let c = m.left; c <= right; c++) {
          if (++work > budget) return;
          if ((r !== m.top || c !== m.left) && row[c] !== undefined) row[c] = null;
        }
      }
    }
  }
}
