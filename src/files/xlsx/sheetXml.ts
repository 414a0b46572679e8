/**
 * Writes one plan sheet as a SpreadsheetML worksheet part. Strings are always inline strings, so text that starts
 * with `=`, `+`, `-` or `@` stays text; nothing here ever writes a formula.
 */
import type { PlanCell, PrintSettings, SheetPlan } from "../../layout/plan";
import { columnLetters, toA1, toA1Range } from "../../model/address";
import { collectPlanCells } from "./collectPlanCells";
import { escapeXml } from "./escapeXml";
import { parseRangeRef } from "./parseRangeRef";
import type { PlanStyleIndex } from "./stylesXml";

/** What the sheet writer needs of a plan sheet; the store sheet has no role. */
export type SheetContent = Omit<SheetPlan, "role">;

export interface SheetXmlOptions {
  readonly styles: PlanStyleIndex;
  /** Relationship id of the sheet's drawing, when it has charts. */
  readonly drawingRelId: string | null;
  /** Whether this is the workbook's active tab. */
  readonly selected: boolean;
}

const SML_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
/** Excel refuses longer cell text and header/footer sections. */
const MAX_CELL_TEXT = 32767;
const MAX_HEADER_FOOTER = 255;

/**
 * Escapes cell text: Excel reads `_xHHHH_` in a string as an escaped character, so a literal one has its underscore
 * escaped as `_x005F_`.
 */
function cellText(text: string): string {
  return escapeXml(text.slice(0, MAX_CELL_TEXT).replace(/_(x[0-9a-fA-F]{4}_)/g, "_x005F_$1"));
}

function cellXml(row: number, col: number, cell: PlanCell, styles: PlanStyleIndex): string {
  const s = styles.xf(cell.style);
  const ref = `r="${toA1(row, col)}"${s ? ` s="${s}"` : ""}`;
  const { value } = cell;
  if (typeof value === "string") {
    const space = /^\s|\s$/.test(value) ? ` xml:space="preserve"` : "";
    return `<c ${ref} t="inlineStr"><is><t${space}>${cellText(value)}</t></is></c>`;
  }
  if (typeof value === "number") return Number.isFinite(value) ? `<c ${ref}><v>${value}</v></c>` : `<c ${ref}/>`;
  if (typeof value === "boolean") return `<c ${ref} t="b"><v>${value ? 1 : 0}</v></c>`;
  return `<c ${ref}/>`;
}

function paneXml(freeze: SheetContent["freeze"]): string {
  if (!freeze || (freeze.rows <= 0 && freeze.columns <= 0)) return "";
  const rows = Math.max(0, freeze.rows);
  const cols = Math.max(0, freeze.columns);
  const pane = rows > 0 && cols > 0 ? "bottomRight" : rows > 0 ? "bottomLeft" : "topRight";
  const split = `${cols > 0 ? ` xSplit="${cols}"` : ""}${rows > 0 ? ` ySplit="${rows}"` : ""}`;
  const topLeft = toA1(rows, cols);
  return (
    `<pane${split} topLeftCell="${topLeft}" activePane="${pane}" state="frozen"/>` +
    `<selection pane="${pane}" activeCell="${topLeft}" sqref="${topLeft}"/>`
  );
}

/**
 * Header/footer text with every `&` doubled (a lone one starts a formatting code) except in `&P` (page) and `&N`
 * (pages), the codes the plan may carry.
 */
function headerFooterText(text: string): string {
  return text.replace(/&(?![PN](?![A-Za-z]))/g, "&&");
}

function headerFooterXml(print: PrintSettings): string {
  const section = (code: string, text: string) => (text ? `&${code}${headerFooterText(text)}` : "");
  const header = section("C", print.headerCenter).slice(0, MAX_HEADER_FOOTER);
  const footer = (section("L", print.footerLeft) + section("R", print.footerRight)).slice(0, MAX_HEADER_FOOTER);
  if (!header && !footer) return "";
  return (
    `<headerFooter>${header ? `<oddHeader>${escapeXml(header)}</oddHeader>` : ""}` +
    `${footer ? `<oddFooter>${escapeXml(footer)}</oddFooter>` : ""}</headerFooter>`
  );
}

/** Manual page breaks; a `brk id` of n breaks between (1-based) rows n and n+1, i.e. above 0-based row n. */
function rowBreaksXml(rows: readonly number[]): string {
  const breaks = [...new Set(rows)].filter((r) => r > 0).sort((a, b) => a - b);
  if (breaks.length === 0) return "";
  return `<rowBreaks count="${breaks.length}" manualBreakCount="${breaks.length}">${breaks.map((r) => `<brk id="${r}" max="16383" man="1"/>`).join("")}</rowBreaks>`;
}

function pageSetupXml(print: PrintSettings): string {
  const fit = print.fitToWidth > 0 || print.fitToHeight > 0;
  const fitAttrs = fit ? ` fitToWidth="${Math.max(0, print.fitToWidth)}" fitToHeight="${Math.max(0, print.fitToHeight)}"` : "";
  // paperSize 9 is A4, the only size the plan asks for.
  return `<pageSetup paperSize="9" orientation="${print.orientation}"${fitAttrs}/>`;
}

/** Non-overlapping merge rectangles; an overlapping pair makes Excel repair the file, so later ones are dropped. */
function mergeRefs(merges: readonly string[]): string[] {
  const kept: { ref: string; top: number; left: number; bottom: number; right: number }[] = [];
  for (const merge of merges) {
    const r = parseRangeRef(merge);
    if (!r || r.sheet !== null || (r.top === r.bottom && r.left === r.right)) continue;
    const overlaps = kept.some((k) => r.top <= k.bottom && k.top <= r.bottom && r.left <= k.right && k.left <= r.right);
    if (!overlaps) kept.push({ ref: toA1Range(r.top, r.left, r.bottom, r.right), ...r });
  }
  return kept.map((k) => k.ref);
}

function quoteFormulaText(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/**
 * The worksheet XML for a plan sheet.
 * @example buildSheetXml(sheet, { styles, drawingRelId: null, selected: false }).startsWith("<?xml")
 */
export function buildSheetXml(sheet: SheetContent, options: SheetXmlOptions): string {
  const grid = collectPlanCells(sheet.blocks);
  // Excel's limits: rows up to 409 points, columns up to 255 characters.
  const heights = new Map(
    sheet.rowHeights.filter((h) => h.row >= 0 && h.height > 0).map((h) => [h.row, Math.min(409, h.height)]),
  );
  const rowIndexes = [...new Set([...grid.rows, ...heights.keys()])].sort((a, b) => a - b);

  let maxRow = 0;
  let maxCol = 0;
  const rowsXml: string[] = [];
  for (const row of rowIndexes) {
    const cells = grid.cellsOf(row);
    const height = heights.get(row);
    const attrs = `r="${row + 1}"${height !== undefined ? ` ht="${height}" customHeight="1"` : ""}`;
    const cellsXml = cells.map(([col, cell]) => cellXml(row, col, cell, options.styles)).join("");
    rowsXml.push(cellsXml ? `<row ${attrs}>${cellsXml}</row>` : `<row ${attrs}/>`);
    maxRow = Math.max(maxRow, row);
    for (const [col] of cells) maxCol = Math.max(maxCol, col);
  }

  const sheetPr =
    (sheet.tabColor && /^#?[0-9a-f]{6}$/i.test(sheet.tabColor)
      ? `<tabColor rgb="FF${sheet.tabColor.replace(/^#/, "").toUpperCase()}"/>`
      : "") +
    (sheet.print.fitToWidth > 0 || sheet.print.fitToHeight > 0 ? `<pageSetUpPr fitToPage="1"/>` : "");
  const viewAttrs = `${sheet.showGridlines ? "" : ` showGridLines="0"`}${options.selected ? ` tabSelected="1"` : ""}`;
  const pane = paneXml(sheet.freeze);
  const cols = sheet.columns
    .map((c, i) => {
      const width = Number.isFinite(c.width) ? Math.min(255, Math.max(0, c.width)) : 8.43;
      return `<col min="${i + 1}" max="${i + 1}" width="${width}" customWidth="1"${c.hidden ? ` hidden="1"` : ""}/>`;
    })
    .join("");
  const merges = mergeRefs(sheet.merges);

  let priority = 0;
  const conditional = sheet.conditionalFormats
    .map((cf) => {
      const range = parseRangeRef(cf.range);
      if (!range || range.sheet !== null) return "";
      priority += 1;
      const sqref = toA1Range(range.top, range.left, range.bottom, range.right);
      // cellIs/equal compares the whole text, ignoring case, and follows whatever the analyst types.
      return (
        `<conditionalFormatting sqref="${sqref}"><cfRule type="cellIs" dxfId="${options.styles.dxf(cf.fill, cf.fontColor)}"` +
        ` priority="${priority}" operator="equal"><formula>${escapeXml(quoteFormulaText(cf.text))}</formula></cfRule>` +
        `</conditionalFormatting>`
      );
    })
    .join("");

  const links: string[] = [];
  for (const row of grid.rows) {
    for (const [col, cell] of grid.cellsOf(row)) {
      if (!cell.link) continue;
      const display = typeof cell.value === "string" ? ` display="${escapeXml(cell.value.slice(0, 255))}"` : "";
      links.push(`<hyperlink ref="${toA1(row, col)}" location="${escapeXml(cell.link.replace(/^#/, ""))}"${display}/>`);
    }
  }

  const dimension = rowsXml.length > 0 ? `A1:${columnLetters(maxCol)}${maxRow + 1}` : "A1";
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<worksheet xmlns="${SML_NS}" xmlns:r="${REL_NS}">` +
    (sheetPr ? `<sheetPr>${sheetPr}</sheetPr>` : "") +
    `<dimension ref="${dimension}"/>` +
    `<sheetViews><sheetView${viewAttrs} workbookViewId="0">${pane}</sheetView></sheetViews>` +
    `<sheetFormatPr defaultRowHeight="15"/>` +
    (cols ? `<cols>${cols}</cols>` : "") +
    (rowsXml.length > 0 ? `<sheetData>${rowsXml.join("")}</sheetData>` : `<sheetData/>`) +
    (merges.length > 0 ? `<mergeCells count="${merges.length}">${merges.map((m) => `<mergeCell ref="${m}"/>`).join("")}</mergeCells>` : "") +
    conditional +
    (links.length > 0 ? `<hyperlinks>${links.join("")}</hyperlinks>` : "") +
    `<pageMargins left="0.5" right="0.5" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>` +
    pageSetupXml(sheet.print) +
    headerFooterXml(sheet.print) +
    rowBreaksXml(sheet.pageBreakRows ?? []) +
    (options.drawingRelId ? `<drawing r:id="${options.drawingRelId}"/>` : "") +
    `</worksheet>`
  );
}
