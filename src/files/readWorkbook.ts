/**
 * Reads an .xlsx package into grids: the file host's half of "host workbook --read--> grids". It takes bytes, not a
 * path, so the same code runs in Node (command line, tests) and in the browser (the standalone page's upload).
 *
 * Our own reader on fflate and a streaming XML scanner, chosen by measurement over ExcelJS and SheetJS (README,
 * "Choices, and why"): parts are inflated piece by piece and scanned as they come, ranges are never expanded cell by
 * cell, and every part, byte and cell counts against `ReadLimits`, checked before the work it bounds.
 *
 *   1. Open the zip's directory (nothing inflated); a file that is not a zip says what it is instead.
 *   2. Find the workbook part, its sheets (tab order, visibility) and date system, and the sheets' parts.
 *   3. Read the styles' number formats and the shared strings.
 *   4. Stream each worksheet into a grid. Given a build's needs (`window`), large sheets are read in two steps: their
 *      first rows, from which the build's window is planned, then the rest without the months it cannot use.
 */
import type { ReadWindow } from "../ingest/planReadWindow";
import { HEAD_ROWS } from "../ingest/planReadWindow";
import type { Grid, WorkbookGrids } from "../model/grid";
import { FileReadError } from "./fileReadError";
import type { Codec } from "./zip/codec";
import { describeNonWorkbook } from "./read/describeNonWorkbook";
import type { ByteBudget, PackageSource } from "./read/packageSource";
import { openPackageSource, scanPartAsync } from "./read/packageSource";
import type { PartRelationship } from "./read/readPackageXml";
import { relationshipsHandler, stylesHandler, workbookHandler } from "./read/readPackageXml";
import type { ReadLimits } from "./read/readLimits";
import { DEFAULT_READ_LIMITS } from "./read/readLimits";
import { sharedStringsHandler } from "./read/sharedStringsHandler";
import type { SheetContext } from "./read/sheetHandler";
import { SheetHandler } from "./read/sheetHandler";
import { relsPathFor, resolveTarget } from "./xlsx/partPaths";

export interface ReadWorkbookGridsOptions {
  /**
   * Read at most this many rows of a sheet; the rest are left out and the sheet's `totalRows` says how many
   * there were, so ingest can report a sheet too large to read. Default: every row (within `limits`).
   */
  readonly maxRows?: number;
  /** The read's budgets; `DEFAULT_READ_LIMITS` unless a test needs smaller ones. */
  readonly limits?: Partial<ReadLimits>;
  /** How parts are inflated: fflate, streamed, unless a shell brings another (`Codec`). */
  readonly codec?: Codec;
  /**
   * The months a build cannot use, planned from every sheet (large sheets by their first `HEAD_ROWS` rows) and the
   * names of the large ones (`planReadWindow`): their columns are left unread on those sheets, and the grids say
   * from which month they hold data (`readFrom`). Default: everything is read.
   */
  readonly window?: (heads: WorkbookGrids, large: ReadonlySet<string>) => ReadWindow | null;
}

/**
 * A worksheet part this large (as inflated: about 30,000 cells) is read in two steps when a build says what it needs;
 * a smaller one is read whole, every cell checked, as reading it costs next to nothing.
 */
export const LARGE_SHEET_BYTES = 1024 * 1024;

const NOWHERE = { sheet: "", cell: "" };

/**
 * Whether a number format shows dates or times, by ExcelJS's rule (which the grids' serials were first defined by):
 * a date or time letter outside quotes and brackets.
 * @example isDateFormatCode("mmm-yy") === true; isDateFormatCode("0.0%") === false
 */
function isDateFormatCode(format: string | undefined): boolean {
  if (!format) return false;
  return /[ymdhMsb]+/.test(format.replace(/\[[^\]]*]/g, "").replace(/"[^"]*"/g, ""));
}

async function readRelationships(source: PackageSource, part: string, budget: ByteBudget, limits: ReadLimits): Promise<PartRelationship[]> {
  const entry = source.entry(relsPathFor(part));
  if (!entry) return [];
  const handler = relationshipsHandler();
  await scanPartAsync(source, entry, handler, budget, limits, { label: `the relationships of ${part || "the package"}`, sheet: "" });
  return handler.result;
}

function relatedPart(rels: readonly PartRelationship[], from: string, kind: string): string | null {
  const rel = rels.find((r) => !r.external && r.type.endsWith(`/${kind}`));
  return rel ? resolveTarget(from, rel.target) : null;
}

/**
 * Reads every worksheet of an .xlsx package, in workbook order, into a `Grid`: values normalised the way ingest
 * expects (dates as 1900-system serials, formulas as their cached result, rich text as plain text, Excel errors as
 * `CellError`), number formats per cell, merged ranges (0-based, inclusive, clipped to the grid), hidden rows and
 * hidden sheets. Trailing empty rows and columns are trimmed; cells covered by a merge (other than its top-left) are
 * `null`.
 *
 * Rejects with a `FileReadError` (a catalogue message) when the bytes are not a workbook it can read, or pass a limit.
 *
 * @example
 * const grids = await readWorkbookGrids(await file.arrayBuffer());
 * cellAt(findGrid(grids, "KPIs")!, 0, 0); // "ID"
 */
export async function readWorkbookGrids(data: ArrayBuffer | Uint8Array, options: ReadWorkbookGridsOptions = {}): Promise<WorkbookGrids> {
  return readGrids(data instanceof Uint8Array ? data : new Uint8Array(data), options);
}

async function readGrids(bytes: Uint8Array, options: ReadWorkbookGridsOptions): Promise<WorkbookGrids> {
  const limits: ReadLimits = { ...DEFAULT_READ_LIMITS, ...options.limits };
  const budget: ByteBudget = { remaining: limits.maxTotalBytes };

  // 1. The zip directory.
  const source = openPackageSource(bytes, limits, options.codec);

  // 2. The workbook, its sheets and their parts.
  const workbookPart = relatedPart(await readRelationships(source, "", budget, limits), "", "officeDocument") ?? "xl/workbook.xml";
  const workbookEntry = source.entry(workbookPart);
  if (!workbookEntry) {
    const why = describeNonWorkbook(bytes, { ok: true, entries: source.entries });
    throw new FileReadError(why.code, NOWHERE, ...why.args);
  }
  const workbook = workbookHandler();
  await scanPartAsync(source, workbookEntry, workbook, budget, limits, { label: "the workbook part", sheet: "" });
  const { sheets, date1904 } = workbook.result;
  if (sheets.length > limits.maxSheets) {
    throw new FileReadError("FILE_TOO_MANY_SHEETS", NOWHERE, sheets.length.toLocaleString("en-GB"), limits.maxSheets.toLocaleString("en-GB"));
  }
  const rels = await readRelationships(source, workbookPart, budget, limits);

  // 3. Number formats and shared strings.
  let formats: (string | undefined)[] = [];
  const stylesPart = relatedPart(rels, workbookPart, "styles");
  const stylesEntry = stylesPart ? source.entry(stylesPart) : undefined;
  if (stylesEntry) {
    const styles = stylesHandler();
    await scanPartAsync(source, stylesEntry, styles, budget, limits, { label: "the styles part", sheet: "" });
    formats = styles.result;
  }
  const isDate = formats.map(isDateFormatCode);
  let sharedStrings: (string | null)[] = [];
  const stringsPart = relatedPart(rels, workbookPart, "sharedStrings");
  const stringsEntry = stringsPart ? source.entry(stringsPart) : undefined;
  if (stringsEntry) {
    const strings = sharedStringsHandler(limits.maxSharedStrings);
    await scanPartAsync(source, stringsEntry, strings, budget, limits, { label: "the shared strings", sheet: "" }, (s) => strings.attach(s));
    sharedStrings = strings.result;
  }

  // 4. Each worksheet, streamed. Chart sheets and macro sheets have no cells and are not read.
  const workbookCells = { stored: 0, limit: limits.maxWorkbookCells };
  const worksheets = sheets.flatMap((sheet) => {
    const rel = rels.find((r) => r.id === sheet.relId);
    if (!rel || rel.external || !rel.type.endsWith("/worksheet")) return [];
    return [{ name: sheet.name, hidden: sheet.state !== "visible", entry: source.entry(resolveTarget(workbookPart, rel.target)) }];
  });
  const read = async (sheet: (typeof worksheets)[number], how: Pick<SheetContext, "headOnly" | "skip"> = {}): Promise<SheetHandler> => {
    const handler = new SheetHandler({
      name: sheet.name,
      hidden: sheet.hidden,
      sharedStrings,
      formats,
      isDate,
      date1904,
      maxRows: how.headOnly ? HEAD_ROWS : (options.maxRows ?? Number.POSITIVE_INFINITY),
      maxSheetCells: limits.maxSheetCells,
      maxMerges: limits.maxMerges,
      // A head is read again with the rest of its sheet: it counts once, then.
      workbookCells: how.headOnly ? { stored: 0, limit: limits.maxWorkbookCells } : workbookCells,
      ...how,
    });
    const { entry } = sheet;
    if (entry) await scanPartAsync(source, entry, handler, budget, limits, { label: `sheet "${sheet.name}"`, sheet: sheet.name }, (s) => handler.attach(s));
    return handler;
  };

  const large = new Set(options.window ? worksheets.filter((s) => (s.entry?.size ?? 0) >= LARGE_SHEET_BYTES).map((s) => s.name) : []);
  // One sheet at a time, in order: a sheet's cells count against the workbook's budget as they are read.
  const grids: Grid[] = [];
  for (const sheet of worksheets) grids.push((await read(sheet, { headOnly: large.has(sheet.name) })).finish());
  if (!options.window || large.size === 0) return { sheets: grids };
  const window = options.window({ sheets: grids }, large);
  const partlyRead: string[] = [];
  for (const [i, sheet] of worksheets.entries()) {
    if (!large.has(sheet.name)) continue;
    const skip = window?.skip.get(sheet.name);
    let handler = await read(sheet, skip ? { skip: { fromRow: skip.headerRow + 1, columns: skip.columns } } : {});
    // Text or a date passed over below the header may head a table stacked under the first: the sheet is read whole.
    if (handler.passedOverLabels) handler = await read(sheet);
    else if (skip) partlyRead.push(sheet.name);
    grids[i] = handler.finish();
  }
  return window ? { sheets: grids, readFrom: window.from, partlyRead } : { sheets: grids };
}
