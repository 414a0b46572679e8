/**
 * The fake's "Excel side": objects that act on the workbook state when a batch is applied. Each class mirrors one
 * Office.js type, implements only the members the host uses, and fails like Excel where Excel would (names, sizes,
 * very hidden sheets, the last visible sheet). Anything else throws `FakeExcelUsageError`.
 */
import { FakeExcelUsageError, FakeOfficeError, notImplemented, officeError } from "./errors";
import type {
  FakeBorder,
  FakeCell,
  FakeCellFormat,
  FakeChart,
  FakeChartSeries,
  FakeConditionalFormat,
  FakeSheet,
  FakeWorkbookState,
  Rect,
  Visibility,
} from "./model";
import { rewriteSheetRefs, singleCellRef } from "./references";
import {
  MAX_COLUMNS,
  MAX_ROWS,
  absoluteArea,
  cellKey,
  columnLetters,
  emptySheet,
  formatArea,
  intersect,
  parseArea,
  parseCellKey,
  quoteSheet,
  rectCells,
  splitRef,
  typedInput,
} from "./model";

/** What an `*OrNullObject` method returns when there is nothing. */
export const NULL_OBJECT = Symbol("FakeExcel.null");
export type Resolved = ServerObject | typeof NULL_OBJECT;

/** A query result for one loaded path (`values`, `format/font/bold`, `items/name`). */
export type QueryValues = Record<string, unknown>;

export abstract class ServerObject {
  abstract readonly type: string;
  nav(name: string): ServerObject {
    throw notImplemented(this.type, name);
  }
  get(name: string): unknown {
    throw notImplemented(this.type, name);
  }
  set(name: string, _value: unknown): void {
    throw notImplemented(this.type, name);
  }
  call(name: string, _args: readonly unknown[]): unknown {
    throw notImplemented(this.type, `${name}()`);
  }
  items(): ServerObject[] {
    throw notImplemented(this.type, "items");
  }
}

const SHEET_NAME_FORBIDDEN = /[\\/?*[\]:]/;
const COLOR = /^#[0-9A-Fa-f]{6}$/;
const MAX_READ_CELLS = 5_000_000;
/** getRanges fails on long address strings; reports put the failures at about 8,200 characters. */
export const MAX_RANGES_ADDRESS = 8192;

function isColor(value: unknown): value is string {
  return typeof value === "string" && COLOR.test(value);
}

function upperColor(value: string): string {
  return value.toUpperCase();
}

/** The workbook and its bookkeeping. */
export class Engine {
  private nextSheet: number;
  private nextChart = 1;

  constructor(readonly state: FakeWorkbookState) {
    const ids = state.sheets.map((s) => Number(/\d+$/.exec(s.id)?.[0] ?? 0));
    this.nextSheet = Math.max(0, ...ids) + 1;
  }

  sheetById(id: string): FakeSheet | undefined {
    return this.state.sheets.find((s) => s.id === id);
  }

  requireSheet(id: string, where: string): FakeSheet {
    const sheet = this.sheetById(id);
    if (!sheet) throw officeError.itemNotFound("the worksheet was deleted", where);
    return sheet;
  }

  sheetByName(name: string): FakeSheet | undefined {
    const wanted = name.toLowerCase();
    return this.state.sheets.find((s) => s.name.toLowerCase() === wanted);
  }

  checkNewName(name: unknown, self: FakeSheet | null, where: string): string {
    if (typeof name !== "string" || name.length === 0 || name.length > 31) {
      throw officeError.invalidArgument(`sheet names have 1 to 31 characters: ${JSON.stringify(name)}`, where);
    }
    if (SHEET_NAME_FORBIDDEN.test(name) || name.startsWith("'") || name.endsWith("'") || name.toLowerCase() === "history") {
      throw officeError.invalidArgument(`not a valid sheet name: ${JSON.stringify(name)}`, where);
    }
    const other = this.sheetByName(name);
    if (other && other !== self) throw officeError.itemAlreadyExists(`a sheet is already named ${JSON.stringify(name)}`, where);
    return name;
  }

  addSheet(name: string | undefined): FakeSheet {
    let chosen = name;
    if (chosen === undefined) {
      let n = this.state.sheets.length + 1;
      while (this.sheetByName(`Sheet${n}`)) n += 1;
      chosen = `Sheet${n}`;
    }
    this.checkNewName(chosen, null, "WorksheetCollection.add");
    const sheet = emptySheet(`sheet${this.nextSheet++}`, chosen);
    this.state.sheets.push(sheet);
    return sheet;
  }

  chartName(): string {
    return `Chart ${this.nextChart++}`;
  }

  visibleSheets(): FakeSheet[] {
    return this.state.sheets.filter((s) => s.visibility === "Visible");
  }

  /** Excel moves to a neighbour (right first) when the active sheet goes away or is hidden. */
  activateNeighbour(of: FakeSheet): void {
    const index = this.state.sheets.indexOf(of);
    const right = this.state.sheets.slice(index + 1).find((s) => s.visibility === "Visible" && s !== of);
    const left = [...this.state.sheets.slice(0, index)].reverse().find((s) => s.visibility === "Visible");
    this.state.activeSheet = (right ?? left)?.name ?? null;
  }

  rename(sheet: FakeSheet, name: unknown): void {
    const newName = this.checkNewName(name, sheet, "Worksheet.name");
    const old = sheet.name;
    if (this.state.activeSheet === old) this.state.activeSheet = newName;
    if (this.state.selection?.sheet === old) this.state.selection = { ...this.state.selection, sheet: newName };
    sheet.name = newName;
    this.rewriteRefs(old, `${quoteSheet(newName)}!`);
  }

  deleteSheet(sheet: FakeSheet): void {
    if (sheet.visibility === "VeryHidden") {
      throw officeError.invalidOperation("a very hidden sheet cannot be deleted; change its visibility first", "Worksheet.delete");
    }
    if (sheet.visibility === "Visible" && this.visibleSheets().length === 1) {
      throw officeError.invalidOperation("a workbook must keep at least one visible sheet", "Worksheet.delete");
    }
    if (this.state.activeSheet === sheet.name) this.activateNeighbour(sheet);
    if (this.state.selection?.sheet === sheet.name) this.state.selection = null;
    this.state.sheets.splice(this.state.sheets.indexOf(sheet), 1);
    this.rewriteRefs(sheet.name, "#REF!");
  }

  setVisibility(sheet: FakeSheet, value: unknown): void {
    if (value !== "Visible" && value !== "Hidden" && value !== "VeryHidden") {
      throw officeError.invalidArgument(`visibility ${JSON.stringify(value)}`, "Worksheet.visibility");
    }
    if (value !== "Visible" && sheet.visibility === "Visible" && this.visibleSheets().length === 1) {
      throw officeError.invalidOperation("a workbook must keep at least one visible sheet", "Worksheet.visibility");
    }
    const wasActive = this.state.activeSheet === sheet.name;
    sheet.visibility = value as Visibility;
    if (wasActive && value !== "Visible") this.activateNeighbour(sheet);
  }

  setPosition(sheet: FakeSheet, value: unknown): void {
    const sheets = this.state.sheets;
    if (typeof value !== "number" || !Number.isInteger(value) || value < 0 || value >= sheets.length) {
      throw officeError.invalidArgument(`position ${JSON.stringify(value)}`, "Worksheet.position");
    }
    sheets.splice(sheets.indexOf(sheet), 1);
    sheets.splice(value, 0, sheet);
  }

  activate(sheet: FakeSheet): void {
    if (sheet.visibility !== "Visible") throw officeError.invalidOperation("a hidden sheet cannot be activated", "Worksheet.activate");
    this.state.activeSheet = sheet.name;
  }

  /**
   * References follow a renamed sheet and break (`#REF!`) when it is deleted, as Excel's do: cell formulas, defined
   * names, validation lists and chart series (see references.ts for the sources).
   */
  private rewriteRefs(oldName: string, newPrefix: string): void {
    const fix = (ref: string): string => (ref.includes("!") ? rewriteSheetRefs(ref, oldName, newPrefix) : ref);
    for (const name of this.state.names ?? []) name.formula = fix(name.formula);
    for (const sheet of this.state.sheets) {
      for (const cell of Object.values(sheet.cells)) if (cell.formula !== undefined) cell.formula = fix(cell.formula);
      for (const validation of sheet.validations ?? []) validation.list = fix(validation.list);
      for (const chart of sheet.charts) {
        for (const series of chart.series) {
          series.values = series.values === null ? null : fix(series.values);
          series.xValues = series.xValues === null ? null : fix(series.xValues);
        }
      }
    }
  }

  /** What a formula shows: the fake evaluates a formula that is one cell reference, and nothing else. */
  formulaValue(formula: string): Pick<FakeCell, "value" | "error"> {
    const ref = singleCellRef(formula);
    if (ref === null) return {};
    if ("broken" in ref) return { error: "#REF!" };
    const source = this.sheetByName(ref.sheet)?.cells[ref.cell];
    if (!source) return { value: 0 };
    if (source.formula !== undefined) return this.formulaValue(source.formula);
    return source.error !== undefined ? { error: source.error } : source.value !== undefined ? { value: source.value } : { value: 0 };
  }
}

function cellOf(sheet: FakeSheet, row: number, col: number): FakeCell {
  const key = cellKey(row, col);
  let cell = sheet.cells[key];
  if (!cell) sheet.cells[key] = cell = {};
  return cell;
}

function tidy(sheet: FakeSheet, row: number, col: number): void {
  const key = cellKey(row, col);
  const cell = sheet.cells[key];
  if (!cell) return;
  if (cell.format && Object.keys(cell.format).length === 0) delete cell.format;
  if (Object.keys(cell).length === 0) delete sheet.cells[key];
}

function clearContent(cell: FakeCell): void {
  delete cell.value;
  delete cell.formula;
  delete cell.error;
}

/** A 2-D argument for a range of h x w cells: a single value applies to every cell, an array must match. */
function grid(value: unknown, h: number, w: number, what: string): readonly (readonly unknown[])[] {
  if (!Array.isArray(value)) return Array.from({ length: h }, () => Array.from({ length: w }, () => value));
  if (value.length !== h || value.some((row) => !Array.isArray(row) || row.length !== w)) {
    const got = `${value.length}x${Array.isArray(value[0]) ? (value[0] as unknown[]).length : "?"}`;
    throw officeError.invalidArgument(`${what} is ${got} but the range is ${h}x${w}`, `Range.${what}`);
  }
  return value as unknown[][];
}

function forEachCell(rects: readonly Rect[], fn: (row: number, col: number) => void, limit = 2_000_000): void {
  const total = rects.reduce((n, r) => n + rectCells(r), 0);
  if (total > limit) throw new FakeExcelUsageError(`FakeExcel: ${total} cells is more than the fake formats cell by cell.`);
  for (const r of rects) for (let row = r.top; row <= r.bottom; row++) for (let col = r.left; col <= r.right; col++) fn(row, col);
}

export class WorkbookObject extends ServerObject {
  readonly type = "Workbook";
  constructor(private readonly engine: Engine) {
    super();
  }
  override nav(name: string): ServerObject {
    if (name === "worksheets") return new WorksheetCollectionObject(this.engine);
    if (name === "functions") return new FunctionsObject(this.engine);
    return super.nav(name);
  }
}

/** Days between Excel's 1900 and 1904 date systems (1 Jan 1904 is 1462 in the first, 0 in the second). */
const DATE_1904_OFFSET = 1462;

/**
 * `workbook.functions` (ExcelApi 1.2): only `date(year, month, day)`, which answers with the serial of that day in the
 * workbook's date system, as the DATE function does ("year ... from 1900 or 1904 (depending on the workbook's date
 * system)", @types/office-js `Functions.date`).
 */
export class FunctionsObject extends ServerObject {
  readonly type = "Functions";
  constructor(private readonly engine: Engine) {
    super();
  }
  override call(name: string, args: readonly unknown[]): unknown {
    if (name !== "date") return super.call(name, args);
    const [year, month, day] = args;
    if (![year, month, day].every((v) => typeof v === "number" && Number.isInteger(v))) throw officeError.invalidArgument("date", "Functions.date");
    const serial1900 = Math.round((Date.UTC(year as number, (month as number) - 1, day as number) - Date.UTC(1899, 11, 30)) / 86_400_000);
    return new FunctionResultObject(this.engine.state.date1904 === true ? serial1900 - DATE_1904_OFFSET : serial1900);
  }
}

export class FunctionResultObject extends ServerObject {
  readonly type = "FunctionResult";
  constructor(private readonly value: number) {
    super();
  }
  override get(name: string): unknown {
    if (name === "value") return this.value;
    if (name === "error") return null;
    return super.get(name);
  }
}

export class WorksheetCollectionObject extends ServerObject {
  readonly type = "WorksheetCollection";
  constructor(private readonly engine: Engine) {
    super();
  }
  override items(): ServerObject[] {
    return this.engine.state.sheets.map((s) => new WorksheetObject(this.engine, s.id));
  }
  override call(name: string, args: readonly unknown[]): unknown {
    const engine = this.engine;
    switch (name) {
      case "getItem":
      case "getItemOrNullObject": {
        const key = args[0];
        const sheet = typeof key === "string" ? engine.sheetByName(key) ?? engine.sheetById(key) : undefined;
        if (sheet) return new WorksheetObject(engine, sheet.id);
        if (name === "getItemOrNullObject") return NULL_OBJECT;
        throw officeError.itemNotFound(`no sheet named ${JSON.stringify(key)}`, "WorksheetCollection.getItem");
      }
      case "add": {
        const requested = args[0];
        if (requested !== undefined && typeof requested !== "string") throw officeError.invalidArgument("name", "WorksheetCollection.add");
        return new WorksheetObject(engine, engine.addSheet(requested).id);
      }
      case "getActiveWorksheet": {
        const active = engine.state.activeSheet === null ? undefined : engine.sheetByName(engine.state.activeSheet);
        if (!active) throw officeError.itemNotFound("no active sheet", "WorksheetCollection.getActiveWorksheet");
        return new WorksheetObject(engine, active.id);
      }
      default:
        return super.call(name, args);
    }
  }
}

export class WorksheetObject extends ServerObject {
  readonly type = "Worksheet";
  constructor(
    private readonly engine: Engine,
    readonly sheetId: string,
  ) {
    super();
  }
  sheet(): FakeSheet {
    return this.engine.requireSheet(this.sheetId, "Worksheet");
  }
  override get(name: string): unknown {
    const sheet = this.sheet();
    switch (name) {
      case "id":
        return sheet.id;
      case "name":
        return sheet.name;
      case "visibility":
        return sheet.visibility;
      case "position":
        return this.engine.state.sheets.indexOf(sheet);
      case "tabColor":
        return sheet.visibility === "Visible" ? sheet.tabColor : null;
      case "showGridlines":
        return sheet.showGridlines;
      default:
        return super.get(name);
    }
  }
  override set(name: string, value: unknown): void {
    const sheet = this.sheet();
    switch (name) {
      case "name":
        return this.engine.rename(sheet, value);
      case "visibility":
        return this.engine.setVisibility(sheet, value);
      case "position":
        return this.engine.setPosition(sheet, value);
      case "tabColor":
        if (value !== "" && !isColor(value)) throw officeError.invalidArgument(`tab colour ${JSON.stringify(value)}`, "Worksheet.tabColor");
        sheet.tabColor = value === "" ? "" : upperColor(value as string);
        return;
      case "showGridlines":
        if (typeof value !== "boolean") throw officeError.invalidArgument("showGridlines", "Worksheet.showGridlines");
        sheet.showGridlines = value;
        return;
      default:
        return super.set(name, value);
    }
  }
  override nav(name: string): ServerObject {
    switch (name) {
      case "freezePanes":
        return new FreezePanesObject(this.engine, this.sheetId);
      case "pageLayout":
        return new PageLayoutObject(this.engine, this.sheetId);
      case "horizontalPageBreaks":
        return new PageBreakCollectionObject(this.engine, this.sheetId);
      case "charts":
        return new ChartCollectionObject(this.engine, this.sheetId);
      default:
        return super.nav(name);
    }
  }
  override call(name: string, args: readonly unknown[]): unknown {
    const sheet = this.sheet();
    switch (name) {
      case "delete":
        this.engine.deleteSheet(sheet);
        return undefined;
      case "activate":
        this.engine.activate(sheet);
        return undefined;
      case "getRange": {
        const address = args[0];
        if (address === undefined) return new RangeObject(this.engine, sheet.id, [{ top: 0, left: 0, bottom: MAX_ROWS - 1, right: MAX_COLUMNS - 1 }], false);
        const rect = typeof address === "string" && !address.includes("!") ? parseArea(address) : null;
        if (!rect) throw officeError.invalidArgument(`address ${JSON.stringify(address)}`, "Worksheet.getRange");
        return new RangeObject(this.engine, sheet.id, [rect], false);
      }
      case "getRanges": {
        const address = args[0];
        if (typeof address !== "string" || address.length > MAX_RANGES_ADDRESS) {
          throw officeError.invalidArgument(`getRanges address of ${typeof address === "string" ? address.length : "?"} characters`, "Worksheet.getRanges");
        }
        const rects = address.split(/[,;]/).map((a) => parseArea(a));
        if (rects.length === 0 || rects.some((r) => r === null)) throw officeError.invalidArgument(`address ${address.slice(0, 80)}`, "Worksheet.getRanges");
        return new RangeObject(this.engine, sheet.id, rects as Rect[], true);
      }
      case "getUsedRange":
      case "getUsedRangeOrNullObject": {
        const valuesOnly = args[0] === true;
        let rect: Rect | null = null;
        for (const [key, cell] of Object.entries(sheet.cells)) {
          const hasValue = cell.value !== undefined || cell.formula !== undefined || cell.error !== undefined;
          if (valuesOnly && !hasValue) continue;
          const { row, col } = parseCellKey(key);
          rect = rect
            ? { top: Math.min(rect.top, row), left: Math.min(rect.left, col), bottom: Math.max(rect.bottom, row), right: Math.max(rect.right, col) }
            : { top: row, left: col, bottom: row, right: col };
        }
        if (rect) return new RangeObject(this.engine, sheet.id, [rect], false);
        if (name === "getUsedRangeOrNullObject") return NULL_OBJECT;
        // Excel answers an empty sheet's used range with A1.
        return new RangeObject(this.engine, sheet.id, [{ top: 0, left: 0, bottom: 0, right: 0 }], false);
      }
      default:
        return super.call(name, args);
    }
  }
}

/** A `Range` (one rectangle) or `RangeAreas` (several). */
export class RangeObject extends ServerObject {
  readonly type: string;
  constructor(
    private readonly engine: Engine,
    readonly sheetId: string,
    readonly rects: readonly Rect[],
    readonly areas: boolean,
  ) {
    super();
    this.type = areas ? "RangeAreas" : "Range";
  }
  sheet(): FakeSheet {
    return this.engine.requireSheet(this.sheetId, this.type);
  }
  rect(): Rect {
    const r = this.rects[0];
    if (!r || this.rects.length !== 1) throw new FakeExcelUsageError(`FakeExcel: ${this.type} has ${this.rects.length} areas here.`);
    return r;
  }
  private readable(): Rect {
    const r = this.rect();
    if (rectCells(r) > MAX_READ_CELLS) throw new FakeExcelUsageError(`FakeExcel: reading ${rectCells(r)} cells (Excel refuses more than 5,000,000).`);
    return r;
  }
  private cells<T>(fn: (cell: FakeCell | undefined) => T): T[][] {
    const r = this.readable();
    const sheet = this.sheet();
    const rows: T[][] = [];
    for (let row = r.top; row <= r.bottom; row++) {
      const line: T[] = [];
      for (let col = r.left; col <= r.right; col++) line.push(fn(sheet.cells[cellKey(row, col)]));
      rows.push(line);
    }
    return rows;
  }
  /** A cell as Excel shows it: a formula's result (the fake evaluates single references only), else its value. */
  private shown(cell: FakeCell | undefined): Pick<FakeCell, "value" | "error"> | undefined {
    return cell?.formula !== undefined ? this.engine.formulaValue(cell.formula) : cell;
  }
  override get(name: string): unknown {
    const sheet = this.sheet();
    switch (name) {
      case "address":
        return this.rects.map((r) => `${quoteSheet(sheet.name)}!${formatArea(r)}`).join(", ");
      case "areaCount":
        return this.rects.length;
      case "rowCount":
        return this.rect().bottom - this.rect().top + 1;
      case "columnCount":
        return this.rect().right - this.rect().left + 1;
      case "rowIndex":
        return this.rect().top;
      case "columnIndex":
        return this.rect().left;
      case "values":
        return this.cells((c) => {
          const shown = this.shown(c);
          return shown?.error ?? shown?.value ?? "";
        });
      case "numberFormat":
        return this.cells((c) => c?.numberFormat ?? "General");
      case "valueTypes":
        return this.cells((c) => {
          const shown = this.shown(c);
          if (!shown || (shown.value === undefined && shown.error === undefined)) return "Empty";
          if (shown.error !== undefined) return "Error";
          if (typeof shown.value === "number") return "Double";
          if (typeof shown.value === "boolean") return "Boolean";
          return "String";
        });
      default:
        return super.get(name);
    }
  }
  override set(name: string, value: unknown): void {
    const sheet = this.sheet();
    switch (name) {
      case "values": {
        const r = this.rect();
        const values = grid(value, r.bottom - r.top + 1, r.right - r.left + 1, "values");
        values.forEach((line, i) =>
          line.forEach((v, j) => {
            const row = r.top + i;
            const col = r.left + j;
            if (v === null || v === undefined || (typeof v === "number" && !Number.isFinite(v))) return;
            const cell = cellOf(sheet, row, col);
            clearContent(cell);
            if (typeof v === "number" || typeof v === "boolean") cell.value = v;
            else if (typeof v === "string") {
              if (v !== "") Object.assign(cell, typedInput(v, cell.numberFormat));
            } else throw officeError.invalidArgument(`value ${JSON.stringify(v)}`, "Range.values");
            tidy(sheet, row, col);
          }),
        );
        return;
      }
      case "numberFormat": {
        const r = this.rect();
        const formats = grid(value, r.bottom - r.top + 1, r.right - r.left + 1, "numberFormat");
        formats.forEach((line, i) =>
          line.forEach((f, j) => {
            if (f === null || f === undefined) return;
            if (typeof f !== "string") throw officeError.invalidArgument(`number format ${JSON.stringify(f)}`, "Range.numberFormat");
            const cell = cellOf(sheet, r.top + i, r.left + j);
            if (f === "" || f === "General") delete cell.numberFormat;
            else cell.numberFormat = f;
            tidy(sheet, r.top + i, r.left + j);
          }),
        );
        return;
      }
      case "hyperlink": {
        if (typeof value !== "object" || value === null) throw officeError.invalidArgument("hyperlink", "Range.hyperlink");
        const link = value as Record<string, unknown>;
        const keys = ["address", "documentReference", "textToDisplay", "screenTip"];
        if (Object.keys(link).some((k) => !keys.includes(k)) || Object.values(link).some((v) => v !== undefined && typeof v !== "string")) {
          throw officeError.invalidArgument("hyperlink fields", "Range.hyperlink");
        }
        const r = this.rect();
        forEachCell([r], (row, col) => {
          const cell = cellOf(sheet, row, col);
          cell.hyperlink = Object.fromEntries(Object.entries(link).filter(([, v]) => v !== undefined)) as FakeCell["hyperlink"];
        });
        const text = link.textToDisplay;
        if (typeof text === "string") {
          const anchor = cellOf(sheet, r.top, r.left);
          clearContent(anchor);
          if (text !== "") Object.assign(anchor, typedInput(text, anchor.numberFormat));
        }
        return;
      }
      case "columnHidden":
      case "rowHidden": {
        if (typeof value !== "boolean") throw officeError.invalidArgument(name, `Range.${name}`);
        const r = this.rect();
        if (name === "columnHidden") {
          for (let col = r.left; col <= r.right; col++) {
            const letters = columnLetters(col);
            sheet.hiddenColumns = sheet.hiddenColumns.filter((c) => c !== letters);
            if (value) sheet.hiddenColumns.push(letters);
          }
        } else {
          for (let row = r.top; row <= r.bottom; row++) {
            sheet.hiddenRows = sheet.hiddenRows.filter((h) => h !== row);
            if (value) sheet.hiddenRows.push(row);
          }
          sheet.hiddenRows.sort((a, b) => a - b);
        }
        return;
      }
      default:
        return super.set(name, value);
    }
  }
  /**
   * `Range.copyFrom(source, copyType, skipBlanks, transpose)` (ExcelApi 1.9), as a paste: "All" brings values and
   * formulas, number formats, cell formats, hyperlinks, and the source's merged areas and conditional formats (as
   * Paste All does); "Values", "Formulas" and "Formats" bring their part. The destination grows to the source's size.
   */
  private copyFrom(args: readonly unknown[]): void {
    const [source, copyType = "All", skipBlanks = false, transpose = false] = args;
    if (!(source instanceof RangeObject)) throw officeError.invalidArgument("copyFrom source", "Range.copyFrom");
    if (typeof copyType !== "string" || !COPY_TYPES.includes(copyType)) throw officeError.invalidArgument(`copy type ${String(copyType)}`, "Range.copyFrom");
    if (transpose === true || copyType === "Link") throw new FakeExcelUsageError("FakeExcel: copyFrom with transpose or links is not implemented.");
    const from = source.rect();
    if (rectCells(from) > MAX_READ_CELLS) throw new FakeExcelUsageError(`FakeExcel: copying ${rectCells(from)} cells.`);
    const to = this.rect();
    const fromSheet = source.sheet();
    const sheet = this.sheet();
    const dRow = to.top - from.top;
    const dCol = to.left - from.left;
    const copied: [number, number, FakeCell][] = [];
    forEachCell([from], (row, col) => {
      const cell = fromSheet.cells[cellKey(row, col)];
      if (skipBlanks === true && (!cell || (cell.value === undefined && cell.formula === undefined && cell.error === undefined))) return;
      copied.push([row + dRow, col + dCol, cell ? (JSON.parse(JSON.stringify(cell)) as FakeCell) : {}]);
    });
    for (const [row, col, cell] of copied) {
      const target = cellOf(sheet, row, col);
      if (copyType === "All" || copyType === "Values" || copyType === "Formulas") {
        clearContent(target);
        if (copyType === "Values" && cell.formula !== undefined) Object.assign(target, this.engine.formulaValue(cell.formula));
        else {
          if (cell.value !== undefined) target.value = cell.value;
          if (cell.formula !== undefined) target.formula = cell.formula;
          if (cell.error !== undefined) target.error = cell.error;
        }
      }
      if (copyType === "All" || copyType === "Formats") {
        delete target.numberFormat;
        delete target.format;
        if (cell.numberFormat !== undefined) target.numberFormat = cell.numberFormat;
        if (cell.format !== undefined) target.format = cell.format;
      }
      if (copyType === "All") {
        delete target.hyperlink;
        if (cell.hyperlink !== undefined) target.hyperlink = cell.hyperlink;
      }
      tidy(sheet, row, col);
    }
    if (copyType === "All" || copyType === "Formats") {
      const shift = (r: Rect): Rect => ({ top: r.top + dRow, bottom: r.bottom + dRow, left: r.left + dCol, right: r.right + dCol });
      const inside = (r: Rect) => r.top >= from.top && r.bottom <= from.bottom && r.left >= from.left && r.right <= from.right;
      for (const merge of fromSheet.merges) {
        const area = parseArea(merge);
        if (!area || !inside(area)) continue;
        const moved = shift(area);
        sheet.merges = sheet.merges.filter((m) => {
          const existing = parseArea(m);
          return !existing || !intersect(existing, moved);
        });
        sheet.merges.push(formatArea(moved));
      }
      for (const cf of fromSheet.conditionalFormats) {
        const area = parseArea(cf.range);
        if (!area || !inside(area)) continue;
        sheet.conditionalFormats.push({ ...JSON.parse(JSON.stringify(cf)), range: formatArea(shift(area)) } as FakeConditionalFormat);
      }
    }
  }
  override nav(name: string): ServerObject {
    switch (name) {
      case "format":
        return new RangeFormatObject(this.engine, this);
      case "conditionalFormats":
        if (this.areas) return super.nav(name);
        return new ConditionalFormatCollectionObject(this.engine, this);
      default:
        return super.nav(name);
    }
  }
  override call(name: string, args: readonly unknown[]): unknown {
    const sheet = this.sheet();
    switch (name) {
      case "merge": {
        const across = args[0] === true;
        const r = this.rect();
        const targets: Rect[] = across
          ? Array.from({ length: r.bottom - r.top + 1 }, (_, i) => ({ top: r.top + i, bottom: r.top + i, left: r.left, right: r.right }))
          : [r];
        for (const t of targets) {
          if (rectCells(t) < 2) continue;
          const existing = sheet.merges.map((m) => parseArea(m)).filter((m): m is Rect => m !== null);
          if (existing.some((m) => intersect(m, t))) throw officeError.invalidOperation(`merge ${formatArea(t)} overlaps a merged area`, "Range.merge");
          // Excel keeps only the top-left value of a merged area.
          forEachCell([t], (row, col) => {
            if (row === t.top && col === t.left) return;
            const cell = sheet.cells[cellKey(row, col)];
            if (cell) {
              clearContent(cell);
              tidy(sheet, row, col);
            }
          });
          sheet.merges.push(formatArea(t));
        }
        return undefined;
      }
      case "select": {
        this.engine.activate(sheet);
        this.engine.state.selection = { sheet: sheet.name, address: this.rects.map(formatArea).join(",") };
        return undefined;
      }
      case "getUsedRangeOrNullObject": {
        // The used part of this range (values only when asked), as the sheet's used range within it.
        const valuesOnly = args[0] === true;
        const r = this.rect();
        let used: Rect | null = null;
        for (const [key, cell] of Object.entries(sheet.cells)) {
          if (valuesOnly && cell.value === undefined && cell.formula === undefined && cell.error === undefined) continue;
          const { row, col } = parseCellKey(key);
          if (row < r.top || row > r.bottom || col < r.left || col > r.right) continue;
          used = used
            ? { top: Math.min(used.top, row), left: Math.min(used.left, col), bottom: Math.max(used.bottom, row), right: Math.max(used.right, col) }
            : { top: row, left: col, bottom: row, right: col };
        }
        return used ? new RangeObject(this.engine, sheet.id, [used], false) : NULL_OBJECT;
      }
      case "getIntersection":
      case "getIntersectionOrNullObject": {
        const other = args[0];
        const otherRect = other instanceof RangeObject ? other.rect() : typeof other === "string" ? parseArea(other) : null;
        if (!otherRect) throw officeError.invalidArgument("intersection argument", `Range.${name}`);
        const hit = intersect(this.rect(), otherRect);
        if (hit) return new RangeObject(this.engine, sheet.id, [hit], false);
        // The null-object variant exists because getIntersection fails with ItemNotFound where there is none (as
        // RangeAreas.getIntersection documents).
        if (name === "getIntersection") throw officeError.itemNotFound("no intersection", "Range.getIntersection");
        return NULL_OBJECT;
      }
      case "getEntireRow": {
        const r = this.rect();
        return new RangeObject(this.engine, sheet.id, [{ top: r.top, bottom: r.bottom, left: 0, right: MAX_COLUMNS - 1 }], false);
      }
      case "getEntireColumn": {
        const r = this.rect();
        return new RangeObject(this.engine, sheet.id, [{ top: 0, bottom: MAX_ROWS - 1, left: r.left, right: r.right }], false);
      }
      case "find": {
        // Range.find (ExcelApi 1.9): within the range when it is larger than one cell, the first matching cell going
        // forward by rows; `completeMatch` and `matchCase` default to false; no match is an ItemNotFound error, where
        // findOrNullObject returns a null object (Excel.Range in office-js-docs-reference).
        const [text, criteria] = args as [unknown, { completeMatch?: boolean; matchCase?: boolean; searchDirection?: string } | undefined];
        if (typeof text !== "string") throw officeError.invalidArgument("find text", "Range.find");
        if (criteria?.searchDirection !== undefined && criteria.searchDirection !== "Forward") {
          throw new FakeExcelUsageError("FakeExcel: Range.find searches forward only here.");
        }
        const r = this.rect();
        if (rectCells(r) === 1) throw new FakeExcelUsageError("FakeExcel: Range.find from a single cell (a whole-sheet search) is not implemented.");
        const wanted = criteria?.matchCase ? text : text.toLowerCase();
        const hits = Object.entries(sheet.cells)
          .map(([key, cell]) => ({ ...parseCellKey(key), cell }))
          .filter(({ row, col }) => row >= r.top && row <= r.bottom && col >= r.left && col <= r.right)
          .filter(({ cell }) => {
            const shown = cell.error ?? (cell.value === undefined ? "" : typeof cell.value === "boolean" ? (cell.value ? "TRUE" : "FALSE") : String(cell.value));
            const seen = criteria?.matchCase ? shown : shown.toLowerCase();
            return criteria?.completeMatch ? seen === wanted : wanted !== "" && seen.includes(wanted);
          })
          .sort((a, b) => a.row - b.row || a.col - b.col);
        const first = hits[0];
        if (!first) throw officeError.itemNotFound(`no cell matching ${JSON.stringify(text)}`, "Range.find");
        return new RangeObject(this.engine, sheet.id, [{ top: first.row, bottom: first.row, left: first.col, right: first.col }], false);
      }
      case "getSpecialCellsOrNullObject": {
        if ((args[0] === "Constants" || args[0] === "Formulas") && args[1] === "Errors") {
          // Cells holding an error value, typed (Constants) or a formula's result (Formulas).
          const r = this.rect();
          const hits: Rect[] = [];
          for (const [key, cell] of Object.entries(sheet.cells)) {
            const { row, col } = parseCellKey(key);
            if (row < r.top || row > r.bottom || col < r.left || col > r.right) continue;
            const error = args[0] === "Formulas" ? (cell.formula !== undefined ? this.engine.formulaValue(cell.formula).error : undefined) : cell.formula === undefined ? cell.error : undefined;
            if (error !== undefined) hits.push({ top: row, bottom: row, left: col, right: col });
          }
          return hits.length === 0 ? NULL_OBJECT : new RangeObject(this.engine, sheet.id, hits, true);
        }
        if (args[0] !== "Visible") return super.call(`getSpecialCellsOrNullObject(${String(args[0])})`, args);
        const r = this.rect();
        const rowRuns = runs(r.top, r.bottom, (row) => !sheet.hiddenRows.includes(row));
        const colRuns = runs(r.left, r.right, (col) => !sheet.hiddenColumns.includes(columnLetters(col)));
        const rects: Rect[] = [];
        for (const [top, bottom] of rowRuns) for (const [left, right] of colRuns) rects.push({ top, bottom, left, right });
        return rects.length === 0 ? NULL_OBJECT : new RangeObject(this.engine, sheet.id, rects, true);
      }
      case "getMergedAreasOrNullObject": {
        const r = this.rect();
        const hits = sheet.merges.map((m) => parseArea(m)).filter((m): m is Rect => m !== null && intersect(m, r) !== null);
        if (hits.length > 512) throw officeError.general("more than 512 merged areas", "Range.getMergedAreasOrNullObject");
        return hits.length === 0 ? NULL_OBJECT : new RangeObject(this.engine, sheet.id, hits, true);
      }
      case "copyFrom":
        this.copyFrom(args);
        return undefined;
      case "clear": {
        const applyTo = args[0] ?? "All";
        if (typeof applyTo !== "string" || !["All", "Contents", "Formats", "Hyperlinks", "RemoveHyperlinks", "ResetContents"].includes(applyTo)) {
          throw officeError.invalidArgument(`clear ${String(applyTo)}`, "Range.clear");
        }
        for (const r of this.rects) {
          for (const key of Object.keys(sheet.cells)) {
            const { row, col } = parseCellKey(key);
            if (row < r.top || row > r.bottom || col < r.left || col > r.right) continue;
            const cell = sheet.cells[key];
            if (!cell) continue;
            if (applyTo === "All" || applyTo === "Contents" || applyTo === "ResetContents") clearContent(cell);
            if (applyTo === "All" || applyTo === "Formats") {
              delete cell.numberFormat;
              delete cell.format;
            }
            if (applyTo === "All" || applyTo === "Hyperlinks" || applyTo === "RemoveHyperlinks") delete cell.hyperlink;
            tidy(sheet, row, col);
          }
        }
        return undefined;
      }
      case "unmerge": {
        sheet.merges = sheet.merges.filter((m) => {
          const area = parseArea(m);
          return !area || !this.rects.some((r) => intersect(area, r));
        });
        return undefined;
      }
      default:
        return super.call(name, args);
    }
  }
}

/** Copy types of `Range.copyFrom` and what each carries over (cell by cell). */
const COPY_TYPES = ["All", "Formulas", "Values", "Formats", "Link"];

function runs(from: number, to: number, keep: (i: number) => boolean): [number, number][] {
  const out: [number, number][] = [];
  let start: number | null = null;
  for (let i = from; i <= to + 1; i++) {
    const ok = i <= to && keep(i);
    if (ok && start === null) start = i;
    if (!ok && start !== null) {
      out.push([start, i - 1]);
      start = null;
    }
  }
  return out;
}

function inColumns(letters: string, r: Rect): boolean {
  const col = parseCellKey(`${letters}1`).col;
  return col >= r.left && col <= r.right;
}

const HORIZONTAL = ["General", "Left", "Center", "Right", "Fill", "Justify", "CenterAcrossSelection", "Distributed"];
const VERTICAL = ["Top", "Center", "Bottom", "Justify", "Distributed"];

export class RangeFormatObject extends ServerObject {
  readonly type = "RangeFormat";
  constructor(
    private readonly engine: Engine,
    private readonly range: RangeObject,
  ) {
    super();
  }
  /** Applies a format change to every cell of every area. */
  apply(fn: (format: FakeCellFormat) => void): void {
    const sheet = this.range.sheet();
    forEachCell(this.range.rects, (row, col) => {
      const cell = cellOf(sheet, row, col);
      cell.format ??= {};
      fn(cell.format);
      tidy(sheet, row, col);
    });
  }
  override set(name: string, value: unknown): void {
    const sheet = this.range.sheet();
    switch (name) {
      case "columnWidth": {
        if (typeof value !== "number" || value < 0 || value > 1800) throw officeError.invalidArgument(`column width ${String(value)}`, "RangeFormat.columnWidth");
        for (const r of this.range.rects) for (let col = r.left; col <= r.right; col++) sheet.columnWidths[columnLetters(col)] = value;
        return;
      }
      case "rowHeight": {
        if (typeof value !== "number" || value < 0 || value > 409) throw officeError.invalidArgument(`row height ${String(value)}`, "RangeFormat.rowHeight");
        for (const r of this.range.rects) {
          if (r.bottom - r.top > 100_000) throw new FakeExcelUsageError("FakeExcel: row height on a whole column is not implemented.");
          for (let row = r.top; row <= r.bottom; row++) sheet.rowHeights[String(row + 1)] = value;
        }
        return;
      }
      case "useStandardWidth":
        if (value !== true) throw officeError.invalidArgument("useStandardWidth can only be set to true", "RangeFormat.useStandardWidth");
        for (const r of this.range.rects) for (const letters of Object.keys(sheet.columnWidths)) if (inColumns(letters, r)) delete sheet.columnWidths[letters];
        return;
      case "useStandardHeight":
        if (value !== true) throw officeError.invalidArgument("useStandardHeight can only be set to true", "RangeFormat.useStandardHeight");
        for (const r of this.range.rects) for (const row of Object.keys(sheet.rowHeights)) if (Number(row) - 1 >= r.top && Number(row) - 1 <= r.bottom) delete sheet.rowHeights[row];
        return;
      case "horizontalAlignment":
        if (typeof value !== "string" || !HORIZONTAL.includes(value)) throw officeError.invalidArgument(`horizontal ${String(value)}`, "RangeFormat.horizontalAlignment");
        return this.apply((f) => (f.horizontal = value));
      case "verticalAlignment":
        if (typeof value !== "string" || !VERTICAL.includes(value)) throw officeError.invalidArgument(`vertical ${String(value)}`, "RangeFormat.verticalAlignment");
        return this.apply((f) => (f.vertical = value));
      case "wrapText":
        if (typeof value !== "boolean") throw officeError.invalidArgument("wrapText", "RangeFormat.wrapText");
        return this.apply((f) => (f.wrap = value));
      case "indentLevel":
        if (typeof value !== "number" || !Number.isInteger(value) || value < 0 || value > 250) throw officeError.invalidArgument("indentLevel", "RangeFormat.indentLevel");
        return this.apply((f) => (f.indent = value));
      default:
        return super.set(name, value);
    }
  }
  override nav(name: string): ServerObject {
    switch (name) {
      case "font":
        return new RangeFontObject(this);
      case "fill":
        return new RangeFillObject(this);
      case "borders":
        return new RangeBordersObject(this.range);
      default:
        return super.nav(name);
    }
  }
}

export class RangeFontObject extends ServerObject {
  readonly type = "RangeFont";
  constructor(private readonly format: RangeFormatObject) {
    super();
  }
  override set(name: string, value: unknown): void {
    switch (name) {
      case "bold":
      case "italic":
        if (typeof value !== "boolean") throw officeError.invalidArgument(name, `RangeFont.${name}`);
        return this.format.apply((f) => (f[name] = value));
      case "size":
        if (typeof value !== "number" || value < 1 || value > 409) throw officeError.invalidArgument("size", "RangeFont.size");
        return this.format.apply((f) => (f.fontSize = value));
      case "color":
        if (!isColor(value)) throw officeError.invalidArgument(`font colour ${String(value)}`, "RangeFont.color");
        return this.format.apply((f) => (f.fontColor = upperColor(value)));
      default:
        return super.set(name, value);
    }
  }
}

export class RangeFillObject extends ServerObject {
  readonly type = "RangeFill";
  constructor(private readonly format: RangeFormatObject) {
    super();
  }
  override set(name: string, value: unknown): void {
    if (name !== "color") return super.set(name, value);
    if (!isColor(value)) throw officeError.invalidArgument(`fill colour ${String(value)}`, "RangeFill.color");
    this.format.apply((f) => (f.fill = upperColor(value)));
  }
}

const BORDER_SIDES = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight", "InsideHorizontal", "InsideVertical"];

export class RangeBordersObject extends ServerObject {
  readonly type = "RangeBorderCollection";
  constructor(private readonly range: RangeObject) {
    super();
  }
  override call(name: string, args: readonly unknown[]): unknown {
    if (name !== "getItem") return super.call(name, args);
    const side = args[0];
    if (typeof side !== "string" || !BORDER_SIDES.includes(side)) throw officeError.invalidArgument(`border ${String(side)}`, "RangeBorderCollection.getItem");
    return new RangeBorderObject(this.range, side);
  }
}

const BORDER_STYLES = ["None", "Continuous", "Dash", "DashDot", "DashDotDot", "Dot", "Double", "SlantDashDot"];
const BORDER_WEIGHTS = ["Hairline", "Thin", "Medium", "Thick"];

export class RangeBorderObject extends ServerObject {
  readonly type = "RangeBorder";
  constructor(
    private readonly range: RangeObject,
    private readonly side: string,
  ) {
    super();
  }
  override set(name: string, value: unknown): void {
    const valid =
      (name === "style" && typeof value === "string" && BORDER_STYLES.includes(value)) ||
      (name === "weight" && typeof value === "string" && BORDER_WEIGHTS.includes(value)) ||
      (name === "color" && isColor(value));
    if (!["style", "weight", "color"].includes(name)) return super.set(name, value);
    if (!valid) throw officeError.invalidArgument(`border ${name} ${String(value)}`, `RangeBorder.${name}`);
    const sheet = this.range.sheet();
    const key = (edge: "Top" | "Bottom" | "Left" | "Right") => `border${edge}` as const;
    for (const r of this.range.rects) {
      const targets: [number, number, "Top" | "Bottom" | "Left" | "Right"][] = [];
      forEachCell([r], (row, col) => {
        if (this.side === "EdgeTop" && row === r.top) targets.push([row, col, "Top"]);
        if (this.side === "EdgeBottom" && row === r.bottom) targets.push([row, col, "Bottom"]);
        if (this.side === "EdgeLeft" && col === r.left) targets.push([row, col, "Left"]);
        if (this.side === "EdgeRight" && col === r.right) targets.push([row, col, "Right"]);
        if (this.side === "InsideHorizontal" && row > r.top) targets.push([row, col, "Top"]);
        if (this.side === "InsideVertical" && col > r.left) targets.push([row, col, "Left"]);
      });
      for (const [row, col, edge] of targets) {
        const cell = cellOf(sheet, row, col);
        cell.format ??= {};
        const current: FakeBorder = cell.format[key(edge)] ?? { style: "Continuous", weight: "Thin", color: "#000000" };
        const next: FakeBorder =
          name === "style" ? { ...current, style: value as string } : name === "weight" ? { ...current, weight: value as string } : { ...current, color: upperColor(value as string) };
        if (next.style === "None") delete cell.format[key(edge)];
        else cell.format[key(edge)] = next;
        tidy(sheet, row, col);
      }
    }
  }
}

/** `worksheet.horizontalPageBreaks`: `add(range)` puts a manual break above the range's first row. */
export class PageBreakCollectionObject extends ServerObject {
  readonly type = "WorksheetPageBreakCollection";
  constructor(
    private readonly engine: Engine,
    private readonly sheetId: string,
  ) {
    super();
  }
  override call(name: string, args: readonly unknown[]): unknown {
    if (name === "removePageBreaks") {
      delete this.engine.requireSheet(this.sheetId, "WorksheetPageBreakCollection").pageLayout.rowBreaks;
      return undefined;
    }
    if (name !== "add") return super.call(name, args);
    const sheet = this.engine.requireSheet(this.sheetId, "WorksheetPageBreakCollection");
    const target = args[0];
    const rect = target instanceof RangeObject ? target.rect() : typeof target === "string" ? parseArea(target) : null;
    if (!rect) throw officeError.invalidArgument("page break range", "WorksheetPageBreakCollection.add");
    const breaks = (sheet.pageLayout.rowBreaks ??= []);
    if (breaks.includes(rect.top)) throw officeError.invalidArgument("a page break is already there", "WorksheetPageBreakCollection.add");
    breaks.push(rect.top);
    return new PageBreakObject();
  }
}

export class PageBreakObject extends ServerObject {
  readonly type = "PageBreak";
}

export class FreezePanesObject extends ServerObject {
  readonly type = "WorksheetFreezePanes";
  constructor(
    private readonly engine: Engine,
    private readonly sheetId: string,
  ) {
    super();
  }
  override call(name: string, args: readonly unknown[]): unknown {
    const sheet = this.engine.requireSheet(this.sheetId, "WorksheetFreezePanes");
    const count = args[0];
    switch (name) {
      case "freezeRows":
      case "freezeColumns": {
        const n = count === undefined ? 1 : count;
        if (typeof n !== "number" || !Number.isInteger(n) || n < 0) throw officeError.invalidArgument("count", `WorksheetFreezePanes.${name}`);
        sheet.freeze = name === "freezeRows" ? { rows: n, columns: 0 } : { rows: 0, columns: n };
        return undefined;
      }
      case "freezeAt": {
        const target = args[0];
        const rect = target instanceof RangeObject ? target.rect() : typeof target === "string" ? parseArea(target) : null;
        if (!rect) throw officeError.invalidArgument("frozen range", "WorksheetFreezePanes.freezeAt");
        sheet.freeze = { rows: rect.bottom + 1, columns: rect.right + 1 };
        return undefined;
      }
      case "unfreeze":
        sheet.freeze = null;
        return undefined;
      default:
        return super.call(name, args);
    }
  }
}

const HEADER_FOOTER = ["leftHeader", "centerHeader", "rightHeader", "leftFooter", "centerFooter", "rightFooter"] as const;

export class PageLayoutObject extends ServerObject {
  readonly type = "PageLayout";
  constructor(
    private readonly engine: Engine,
    private readonly sheetId: string,
  ) {
    super();
  }
  sheet(): FakeSheet {
    return this.engine.requireSheet(this.sheetId, "PageLayout");
  }
  override get(name: string): unknown {
    const layout = this.sheet().pageLayout;
    if (name === "orientation") return layout.orientation ?? "Portrait";
    if (name === "paperSize") return layout.paperSize ?? "Letter";
    if (name === "zoom") return layout.zoom ?? { scale: 100 };
    return super.get(name);
  }
  override set(name: string, value: unknown): void {
    const layout = this.sheet().pageLayout;
    switch (name) {
      case "orientation":
        if (value !== "Portrait" && value !== "Landscape") throw officeError.invalidArgument(`orientation ${String(value)}`, "PageLayout.orientation");
        layout.orientation = value;
        return;
      case "paperSize":
        if (typeof value !== "string" || !["A4", "A3", "Letter", "Legal"].includes(value)) throw officeError.invalidArgument(`paper ${String(value)}`, "PageLayout.paperSize");
        layout.paperSize = value;
        return;
      case "zoom": {
        if (typeof value !== "object" || value === null) throw officeError.invalidArgument("zoom", "PageLayout.zoom");
        const z = value as Record<string, unknown>;
        const pages = (v: unknown) => v === undefined || v === null || (typeof v === "number" && Number.isInteger(v) && v >= 0 && v <= 32767);
        const scaleOk = z.scale === undefined || z.scale === null || (typeof z.scale === "number" && z.scale >= 10 && z.scale <= 400);
        if (!pages(z.horizontalFitToPages) || !pages(z.verticalFitToPages) || !scaleOk || Object.keys(z).some((k) => !["horizontalFitToPages", "verticalFitToPages", "scale"].includes(k))) {
          throw officeError.invalidArgument("zoom options", "PageLayout.zoom");
        }
        layout.zoom = Object.fromEntries(Object.entries(z).filter(([, v]) => v !== undefined && v !== null)) as FakeSheet["pageLayout"]["zoom"];
        // 100% is Excel's default: kept as absent, as a sheet never zoomed.
        if (JSON.stringify(layout.zoom) === JSON.stringify({ scale: 100 })) delete layout.zoom;
        return;
      }
      default:
        return super.set(name, value);
    }
  }
  override call(name: string, args: readonly unknown[]): unknown {
    if (name !== "setPrintTitleRows") return super.call(name, args);
    const rows = args[0];
    const rect = typeof rows === "string" ? parseArea(rows) : rows instanceof RangeObject ? rows.rect() : null;
    if (!rect || rect.left !== 0 || rect.right !== MAX_COLUMNS - 1) throw officeError.invalidArgument("print title rows must be whole rows", "PageLayout.setPrintTitleRows");
    this.sheet().pageLayout.printTitleRows = `$${rect.top + 1}:$${rect.bottom + 1}`;
    return undefined;
  }
  override nav(name: string): ServerObject {
    if (name === "headersFooters") return new HeaderFooterGroupObject(this);
    return super.nav(name);
  }
}

export class HeaderFooterGroupObject extends ServerObject {
  readonly type = "HeaderFooterGroup";
  constructor(private readonly layout: PageLayoutObject) {
    super();
  }
  override nav(name: string): ServerObject {
    if (name === "defaultForAllPages") return new HeaderFooterObject(this.layout);
    return super.nav(name);
  }
}

export class HeaderFooterObject extends ServerObject {
  readonly type = "HeaderFooter";
  constructor(private readonly layout: PageLayoutObject) {
    super();
  }
  override set(name: string, value: unknown): void {
    if (!(HEADER_FOOTER as readonly string[]).includes(name)) return super.set(name, value);
    if (typeof value !== "string") throw officeError.invalidArgument(`${name} text`, `HeaderFooter.${name}`);
    const layout = this.layout.sheet().pageLayout;
    // Excel stores a header (and a footer) as one string, `&L..&C..&R..`, of at most 255 characters (MS-XLSB 2.5.73).
    const kind = name.endsWith("Header") ? "Header" : "Footer";
    const next = { ...layout, [name]: value };
    const whole = (["left", "center", "right"] as const).reduce((n, side) => {
      const text = next[`${side}${kind}` as (typeof HEADER_FOOTER)[number]] ?? "";
      return n + (text === "" ? 0 : 2 + text.length);
    }, 0);
    if (whole > 255) throw officeError.invalidArgument(`the ${kind.toLowerCase()} would be ${whole} characters, codes included (at most 255)`, `HeaderFooter.${name}`);
    // Empty is Excel's default: kept as absent, so a cleared section and one never set compare equal.
    if (value === "") delete layout[name as (typeof HEADER_FOOTER)[number]];
    else layout[name as (typeof HEADER_FOOTER)[number]] = value;
  }
}

export class ConditionalFormatCollectionObject extends ServerObject {
  readonly type = "ConditionalFormatCollection";
  constructor(
    private readonly engine: Engine,
    private readonly range: RangeObject,
  ) {
    super();
  }
  override call(name: string, args: readonly unknown[]): unknown {
    if (name === "clearAll") {
      const sheet = this.range.sheet();
      const r = this.range.rect();
      sheet.conditionalFormats = sheet.conditionalFormats.filter((cf) => {
        const area = parseArea(cf.range);
        return !area || !intersect(area, r);
      });
      return undefined;
    }
    if (name !== "add") return super.call(name, args);
    if (args[0] !== "CellValue") return super.call(`add(${String(args[0])})`, args);
    const format: FakeConditionalFormat = { range: formatArea(this.range.rect()), type: "CellValue" };
    this.range.sheet().conditionalFormats.push(format);
    return new ConditionalFormatObject(this.engine, this.range.sheetId, format);
  }
}

export class ConditionalFormatObject extends ServerObject {
  readonly type = "ConditionalFormat";
  constructor(
    private readonly engine: Engine,
    private readonly sheetId: string,
    private readonly format: FakeConditionalFormat,
  ) {
    super();
  }
  live(): FakeConditionalFormat {
    const sheet = this.engine.requireSheet(this.sheetId, "ConditionalFormat");
    if (!sheet.conditionalFormats.includes(this.format)) throw officeError.itemNotFound("conditional format", "ConditionalFormat");
    return this.format;
  }
  override get(name: string): unknown {
    if (name === "type") return this.live().type;
    return super.get(name);
  }
  override nav(name: string): ServerObject {
    if (name === "cellValue") {
      if (this.live().type !== "CellValue") throw officeError.invalidOperation("not a cell value format", "ConditionalFormat.cellValue");
      return new CellValueFormatObject(this);
    }
    return super.nav(name);
  }
}

const CELL_VALUE_OPERATORS = ["Between", "NotBetween", "EqualTo", "NotEqualTo", "GreaterThan", "LessThan", "GreaterThanOrEqual", "LessThanOrEqual"];

export class CellValueFormatObject extends ServerObject {
  readonly type = "CellValueConditionalFormat";
  constructor(readonly owner: ConditionalFormatObject) {
    super();
  }
  override set(name: string, value: unknown): void {
    if (name !== "rule") return super.set(name, value);
    const rule = value as Record<string, unknown> | null;
    if (!rule || typeof rule.formula1 !== "string" || typeof rule.operator !== "string" || !CELL_VALUE_OPERATORS.includes(rule.operator)) {
      throw officeError.invalidArgument("cell value rule", "CellValueConditionalFormat.rule");
    }
    const f = this.owner.live();
    f.rule = { formula1: rule.formula1, operator: rule.operator, ...(typeof rule.formula2 === "string" ? { formula2: rule.formula2 } : {}) };
  }
  override nav(name: string): ServerObject {
    if (name === "format") return new ConditionalRangeFormatObject(this.owner);
    return super.nav(name);
  }
}

export class ConditionalRangeFormatObject extends ServerObject {
  readonly type = "ConditionalRangeFormat";
  constructor(private readonly owner: ConditionalFormatObject) {
    super();
  }
  override nav(name: string): ServerObject {
    if (name === "fill" || name === "font") return new ConditionalColorObject(this.owner, name);
    return super.nav(name);
  }
}

export class ConditionalColorObject extends ServerObject {
  readonly type: string;
  constructor(
    private readonly owner: ConditionalFormatObject,
    private readonly part: "fill" | "font",
  ) {
    super();
    this.type = part === "fill" ? "ConditionalRangeFill" : "ConditionalRangeFont";
  }
  override set(name: string, value: unknown): void {
    if (name !== "color") return super.set(name, value);
    if (!isColor(value)) throw officeError.invalidArgument(`colour ${String(value)}`, `${this.type}.color`);
    const f = this.owner.live();
    if (this.part === "fill") f.fill = upperColor(value);
    else f.fontColor = upperColor(value);
  }
}

const CHART_TYPES = ["ColumnClustered", "Line", "LineMarkers", "BarClustered", "Area", "Pie", "XYScatter"];
const MARKER_STYLES = ["Automatic", "None", "Square", "Diamond", "Triangle", "X", "Star", "Dot", "Dash", "Circle", "Plus", "Picture"];
const LINE_STYLES = ["None", "Continuous", "Dash", "DashDot", "DashDotDot", "Dot", "Grey25", "Grey50", "Grey75", "Automatic", "RoundDot"];

function refOf(engine: Engine, range: unknown, where: string): string {
  if (!(range instanceof RangeObject)) throw officeError.invalidArgument("a Range is expected", where);
  return `${quoteSheet(range.sheet().name)}!${absoluteArea(range.rect())}`;
}

export class ChartCollectionObject extends ServerObject {
  readonly type = "ChartCollection";
  constructor(
    private readonly engine: Engine,
    private readonly sheetId: string,
  ) {
    super();
  }
  override items(): ServerObject[] {
    const sheet = this.engine.requireSheet(this.sheetId, "ChartCollection");
    return sheet.charts.map((chart) => new ChartObject(this.engine, this.sheetId, chart));
  }
  override call(name: string, args: readonly unknown[]): unknown {
    if (name !== "add") return super.call(name, args);
    const [type, source, seriesBy = "Auto"] = args;
    if (typeof type !== "string" || !CHART_TYPES.includes(type)) throw officeError.invalidArgument(`chart type ${String(type)}`, "ChartCollection.add");
    if (!(source instanceof RangeObject)) throw officeError.invalidArgument("source data", "ChartCollection.add");
    if (seriesBy !== "Auto" && seriesBy !== "Columns" && seriesBy !== "Rows") throw officeError.invalidArgument("seriesBy", "ChartCollection.add");
    const sheet = this.engine.requireSheet(this.sheetId, "ChartCollection");
    const r = source.rect();
    const rows = r.bottom - r.top + 1;
    const cols = r.right - r.left + 1;
    const byColumns = seriesBy === "Columns" || (seriesBy === "Auto" && rows >= cols);
    const sourceSheet = source.sheet().name;
    const series: FakeChartSeries[] = (byColumns ? Array.from({ length: cols }, (_, i) => ({ ...r, left: r.left + i, right: r.left + i })) : Array.from({ length: rows }, (_, i) => ({ ...r, top: r.top + i, bottom: r.top + i }))).map(
      (rect, i) => ({ name: `Series${i + 1}`, values: `${quoteSheet(sourceSheet)}!${absoluteArea(rect)}`, xValues: null, axisGroup: "Primary" }),
    );
    const chart: FakeChart = { name: this.engine.chartName(), chartType: type, legend: {}, series, axes: {} };
    sheet.charts.push(chart);
    return new ChartObject(this.engine, this.sheetId, chart);
  }
}

export class ChartObject extends ServerObject {
  readonly type = "Chart";
  constructor(
    readonly engine: Engine,
    private readonly sheetId: string,
    private readonly chart: FakeChart,
  ) {
    super();
  }
  live(): FakeChart {
    const sheet = this.engine.requireSheet(this.sheetId, "Chart");
    if (!sheet.charts.includes(this.chart)) throw officeError.itemNotFound("chart", "Chart");
    return this.chart;
  }
  override get(name: string): unknown {
    if (name === "name") return this.live().name;
    if (name === "chartType") return this.live().chartType;
    return super.get(name);
  }
  override set(name: string, value: unknown): void {
    const chart = this.live();
    if (name === "name") {
      if (typeof value !== "string" || value.length === 0 || value.length > 255) throw officeError.invalidArgument("chart name", "Chart.name");
      chart.name = value;
      return;
    }
    if (name === "chartType") {
      if (typeof value !== "string" || !CHART_TYPES.includes(value)) throw officeError.invalidArgument("chart type", "Chart.chartType");
      chart.chartType = value;
      return;
    }
    super.set(name, value);
  }
  override call(name: string, args: readonly unknown[]): unknown {
    if (name === "delete") {
      const sheet = this.engine.requireSheet(this.sheetId, "Chart");
      sheet.charts.splice(sheet.charts.indexOf(this.live()), 1);
      return undefined;
    }
    if (name !== "setPosition") return super.call(name, args);
    const chart = this.live();
    const cell = (v: unknown): Rect | null => (v instanceof RangeObject ? v.rect() : typeof v === "string" ? parseArea(v) : null);
    const start = cell(args[0]);
    const end = args[1] === undefined ? start : cell(args[1]);
    if (!start || !end) throw officeError.invalidArgument("chart position", "Chart.setPosition");
    chart.from = cellKey(start.top, start.left);
    chart.to = cellKey(end.bottom, end.right);
    return undefined;
  }
  override nav(name: string): ServerObject {
    switch (name) {
      case "title":
        return new ChartTextObject(this, "ChartTitle", (c) => c, "title");
      case "legend":
        return new ChartLegendObject(this);
      case "axes":
        return new ChartAxesObject(this);
      case "series":
        return new ChartSeriesCollectionObject(this);
      default:
        return super.nav(name);
    }
  }
}

export class ChartTextObject extends ServerObject {
  constructor(
    private readonly chart: ChartObject,
    readonly type: string,
    private readonly target: (chart: FakeChart) => { title?: string },
    private readonly key: "title",
  ) {
    super();
  }
  override set(name: string, value: unknown): void {
    if (name !== "text") return super.set(name, value);
    if (typeof value !== "string") throw officeError.invalidArgument("text", `${this.type}.text`);
    this.target(this.chart.live())[this.key] = value;
  }
}

export class ChartLegendObject extends ServerObject {
  readonly type = "ChartLegend";
  constructor(private readonly chart: ChartObject) {
    super();
  }
  override set(name: string, value: unknown): void {
    const legend = this.chart.live().legend;
    if (name === "position") {
      if (typeof value !== "string" || !["Top", "Bottom", "Left", "Right", "Corner", "Custom"].includes(value)) throw officeError.invalidArgument("legend position", "ChartLegend.position");
      legend.position = value;
      return;
    }
    if (name === "visible") {
      if (typeof value !== "boolean") throw officeError.invalidArgument("legend visible", "ChartLegend.visible");
      legend.visible = value;
      return;
    }
    super.set(name, value);
  }
}

export class ChartAxesObject extends ServerObject {
  readonly type = "ChartAxes";
  constructor(private readonly chart: ChartObject) {
    super();
  }
  override nav(name: string): ServerObject {
    if (name === "valueAxis") return new ChartAxisObject(this.chart, "Value", "Primary");
    if (name === "categoryAxis") return new ChartAxisObject(this.chart, "Category", "Primary");
    return super.nav(name);
  }
  override call(name: string, args: readonly unknown[]): unknown {
    if (name !== "getItem") return super.call(name, args);
    const [type, group = "Primary"] = args;
    if ((type !== "Value" && type !== "Category") || (group !== "Primary" && group !== "Secondary")) throw officeError.invalidArgument("axis", "ChartAxes.getItem");
    if (group === "Secondary" && !this.chart.live().series.some((s) => s.axisGroup === "Secondary")) {
      throw officeError.invalidArgument("the chart has no secondary axis", "ChartAxes.getItem");
    }
    return new ChartAxisObject(this.chart, type, group);
  }
}

export class ChartAxisObject extends ServerObject {
  readonly type = "ChartAxis";
  constructor(
    private readonly chart: ChartObject,
    private readonly axisType: string,
    private readonly group: string,
  ) {
    super();
  }
  axis() {
    const axes = this.chart.live().axes;
    const key = `${this.axisType}:${this.group}`;
    return (axes[key] ??= {});
  }
  override set(name: string, value: unknown): void {
    if (name === "minimum") {
      // ChartAxis.minimum (ExcelApi 1.7): a number.
      if (typeof value !== "number" || !Number.isFinite(value)) throw officeError.invalidArgument("axis minimum", "ChartAxis.minimum");
      this.axis().minimum = value;
      return;
    }
    if (name !== "numberFormat") return super.set(name, value);
    if (typeof value !== "string") throw officeError.invalidArgument("number format", "ChartAxis.numberFormat");
    this.axis().numberFormat = value;
  }
  override nav(name: string): ServerObject {
    if (name === "title") return new ChartAxisTitleObject(this);
    return super.nav(name);
  }
}

export class ChartAxisTitleObject extends ServerObject {
  readonly type = "ChartAxisTitle";
  constructor(private readonly axis: ChartAxisObject) {
    super();
  }
  override set(name: string, value: unknown): void {
    if (name !== "text") return super.set(name, value);
    if (typeof value !== "string") throw officeError.invalidArgument("text", "ChartAxisTitle.text");
    this.axis.axis().title = value;
  }
}

export class ChartSeriesCollectionObject extends ServerObject {
  readonly type = "ChartSeriesCollection";
  constructor(private readonly chart: ChartObject) {
    super();
  }
  override get(name: string): unknown {
    if (name === "count") return this.chart.live().series.length;
    return super.get(name);
  }
  override call(name: string, args: readonly unknown[]): unknown {
    const chart = this.chart.live();
    if (name === "getItemAt") {
      const i = args[0];
      const series = typeof i === "number" ? chart.series[i] : undefined;
      if (!series) throw officeError.invalidArgument(`series index ${String(i)}`, "ChartSeriesCollection.getItemAt");
      return new ChartSeriesObject(this.chart, series);
    }
    if (name === "add") {
      const [seriesName, index] = args;
      if (seriesName !== undefined && typeof seriesName !== "string") throw officeError.invalidArgument("series name", "ChartSeriesCollection.add");
      const series: FakeChartSeries = { name: seriesName ?? `Series${chart.series.length + 1}`, values: null, xValues: null, axisGroup: "Primary" };
      if (typeof index === "number") chart.series.splice(index, 0, series);
      else chart.series.push(series);
      return new ChartSeriesObject(this.chart, series);
    }
    return super.call(name, args);
  }
}

export class ChartSeriesObject extends ServerObject {
  readonly type = "ChartSeries";
  constructor(
    private readonly chart: ChartObject,
    private readonly series: FakeChartSeries,
  ) {
    super();
  }
  live(): FakeChartSeries {
    if (!this.chart.live().series.includes(this.series)) throw officeError.itemNotFound("series", "ChartSeries");
    return this.series;
  }
  /**
   * A series about to be formatted must have data: EmptyChartSeries ("The attempted operation failed because the chart
   * series is empty", Microsoft's application-specific error page). Which operations raise it is not documented; the
   * fake raises it when a series whose cells are all blank is formatted (fill, line, markers).
   */
  withData(where: string): FakeChartSeries {
    const s = this.live();
    const ref = s.values === null ? null : splitRef(s.values);
    const area = ref ? parseArea(ref.area) : null;
    const sheet = ref ? this.chart.engine.sheetByName(ref.sheet) : undefined;
    let filled = false;
    if (area && sheet) {
      forEachCell([area], (row, col) => {
        const cell = sheet.cells[cellKey(row, col)];
        if (cell && (cell.value !== undefined || cell.formula !== undefined || cell.error !== undefined)) filled = true;
      });
    }
    if (!filled) throw new FakeOfficeError("EmptyChartSeries", "The attempted operation failed because the chart series is empty.", where);
    return s;
  }
  override get(name: string): unknown {
    const s = this.live();
    if (name === "name") return s.name;
    if (name === "chartType") return s.chartType ?? this.chart.live().chartType;
    if (name === "axisGroup") return s.axisGroup;
    return super.get(name);
  }
  override set(name: string, value: unknown): void {
    const s = this.live();
    switch (name) {
      case "name":
        if (typeof value !== "string") throw officeError.invalidArgument("series name", "ChartSeries.name");
        s.name = value;
        return;
      case "chartType":
        if (typeof value !== "string" || !CHART_TYPES.includes(value)) throw officeError.invalidArgument("chart type", "ChartSeries.chartType");
        s.chartType = value;
        return;
      case "axisGroup":
        if (value !== "Primary" && value !== "Secondary") throw officeError.invalidArgument("axis group", "ChartSeries.axisGroup");
        s.axisGroup = value;
        return;
      case "markerStyle":
        if (typeof value !== "string" || !MARKER_STYLES.includes(value)) throw officeError.invalidArgument("marker style", "ChartSeries.markerStyle");
        this.withData("ChartSeries.markerStyle").markerStyle = value;
        return;
      case "markerBackgroundColor":
      case "markerForegroundColor":
      case "markerSize":
        setMarker(s, name, value, "ChartSeries");
        return;
      default:
        return super.set(name, value);
    }
  }
  override call(name: string, args: readonly unknown[]): unknown {
    const s = this.live();
    switch (name) {
      case "setValues":
        s.values = refOf(this.chart.engine, args[0], "ChartSeries.setValues");
        return undefined;
      case "setXAxisValues":
        s.xValues = refOf(this.chart.engine, args[0], "ChartSeries.setXAxisValues");
        return undefined;
      case "delete":
        this.chart.live().series.splice(this.chart.live().series.indexOf(s), 1);
        return undefined;
      default:
        return super.call(name, args);
    }
  }
  override nav(name: string): ServerObject {
    if (name === "format") return new ChartSeriesFormatObject(this);
    return super.nav(name);
  }
}

/** A series' marker (ExcelApi 1.7): colours as `#RRGGBB` or names, a size from 2 to 72. */
function setMarker(
  target: { markerBackgroundColor?: string; markerForegroundColor?: string; markerSize?: number },
  name: "markerBackgroundColor" | "markerForegroundColor" | "markerSize",
  value: unknown,
  where: string,
): void {
  if (name === "markerSize") {
    if (typeof value !== "number" || !Number.isInteger(value) || value < 2 || value > 72) throw officeError.invalidArgument("marker size", `${where}.markerSize`);
    target.markerSize = value;
    return;
  }
  if (!isColor(value)) throw officeError.invalidArgument("marker colour", `${where}.${name}`);
  target[name] = upperColor(value);
}

export class ChartSeriesFormatObject extends ServerObject {
  readonly type = "ChartSeriesFormat";
  constructor(private readonly series: ChartSeriesObject) {
    super();
  }
  override nav(name: string): ServerObject {
    if (name === "fill") return new ChartFillObject(this.series);
    if (name === "line") return new ChartLineObject(this.series);
    return super.nav(name);
  }
}

export class ChartFillObject extends ServerObject {
  readonly type = "ChartFill";
  constructor(private readonly series: ChartSeriesObject) {
    super();
  }
  override call(name: string, args: readonly unknown[]): unknown {
    if (name !== "setSolidColor") return super.call(name, args);
    if (!isColor(args[0])) throw officeError.invalidArgument("colour", "ChartFill.setSolidColor");
    this.series.withData("ChartFill.setSolidColor").fill = upperColor(args[0]);
    return undefined;
  }
}

export class ChartLineObject extends ServerObject {
  readonly type = "ChartLineFormat";
  constructor(private readonly series: ChartSeriesObject) {
    super();
  }
  override set(name: string, value: unknown): void {
    const s = ["color", "lineStyle", "weight"].includes(name) ? this.series.withData(`ChartLineFormat.${name}`) : this.series.live();
    switch (name) {
      case "color":
        if (!isColor(value)) throw officeError.invalidArgument("line colour", "ChartLineFormat.color");
        s.lineColor = upperColor(value);
        return;
      case "lineStyle":
        if (typeof value !== "string" || !LINE_STYLES.includes(value)) throw officeError.invalidArgument("line style", "ChartLineFormat.lineStyle");
        s.lineStyle = value;
        return;
      case "weight":
        if (typeof value !== "number" || value < 0 || value > 1584) throw officeError.invalidArgument("line weight", "ChartLineFormat.weight");
        s.lineWeight = value;
        return;
      default:
        return super.set(name, value);
    }
  }
}
