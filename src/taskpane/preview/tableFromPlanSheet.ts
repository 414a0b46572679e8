import type { CellStyle, ScorecardPlan, SheetPlan } from "../../layout/plan";
import type { CellRange } from "../../model/grid";
import type { SourceCell } from "./assembleTable";
import { assembleTable } from "./assembleTable";
import { parseA1Range } from "./parseA1Range";
import type { PreviewTable } from "./previewTable";

/**
 * A sheet of the plan as the preview shows it: its blocks with their named styles, and text conditional formats
 * applied as Excel would (so a RAG cell reading "Green" gets the green fill).
 * @example tableFromPlanSheet(plan.sheets[0], plan.styles).rows[4].cells[6] // { text: "Green", style: { fill: "#C6EFCE" } }
 */
export function tableFromPlanSheet(
  sheet: SheetPlan,
  styles: ScorecardPlan["styles"],
  options: { readonly maxRows?: number; readonly firstRow?: number } = {},
): PreviewTable {
  const cells = new Map<number, Map<number, SourceCell>>();
  for (const block of sheet.blocks) {
    block.cells.forEach((row, r) => {
      row.forEach((cell, c) => {
        const rowIndex = block.top + r;
        const colIndex = block.left + c;
        const style = cell.style === undefined ? undefined : styles[cell.style];
        let rowCells = cells.get(rowIndex);
        if (!rowCells) cells.set(rowIndex, (rowCells = new Map()));
        rowCells.set(colIndex, { value: cell.value, style: withConditionalFormat(sheet, rowIndex, colIndex, cell.value, style) });
      });
    });
  }
  const merges = sheet.merges.map(parseA1Range).filter((m): m is CellRange => m !== null);
  const columns = sheet.columns.map((c) => ({ width: c.width, hidden: c.hidden === true }));
  return assembleTable({ cells, merges, columns }, { maxRows: options.maxRows ?? 400, firstRow: options.firstRow });
}

function withConditionalFormat(
  sheet: SheetPlan,
  row: number,
  col: number,
  value: string | number | boolean | null,
  style: CellStyle | undefined,
): CellStyle | undefined {
  if (typeof value !== "string") return style;
  for (const cf of sheet.conditionalFormats) {
    const range = parseA1Range(cf.range);
    const inside = range && row >= range.top && row <= range.bottom && col >= range.left && col <= range.right;
    // Excel compares text case-insensitively.
    if (inside && value.trim().toLowerCase() === cf.text.trim().toLowerCase()) {
      return { ...style, fill: cf.fill, fontColor: cf.fontColor };
    }
  }
  return style;
}
