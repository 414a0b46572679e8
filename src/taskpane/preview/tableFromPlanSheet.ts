import type { CellStyle, ScorecardPlan, SheetPlan } from "../../layout/plan";
import type { CellRange } from "../../model/grid";
import type { SourceCell } from "./assembleTable";
import { assembleTable } from "./assembleTable";
import { parseA1Range } from "./parseA1Range";
import type { PreviewTable } from "./previewTable";

/**
 * A sheet of the plan as the preview shows it: its blocks with their named styles, text conditional formats
 * applied as Excel would (so a RAG cell reading "Green" gets the green fill), and a labelled box where each native
 * chart will sit (Excel draws the charts; the preview only says where and what).
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
  for (const chart of sheet.charts) {
    const area = { top: chart.from.row, left: chart.from.col, bottom: chart.to.row, right: chart.to.col };
    if (!isEmptyArea(cells, merges, area)) continue;
    let rowCells = cells.get(area.top);
    if (!rowCells) cells.set(area.top, (rowCells = new Map()));
    rowCells.set(area.left, { value: `Chart: ${chart.title}`, style: CHART_BOX });
    merges.push(area);
  }
  const columns = sheet.columns.map((c) => ({ width: c.width, hidden: c.hidden === true }));
  const rowHeights = new Map(sheet.rowHeights.map((h) => [h.row, h.height]));
  return assembleTable({ cells, merges, columns, rowHeights }, { maxRows: options.maxRows ?? 400, firstRow: options.firstRow });
}

const CHART_BOX: CellStyle = {
  italic: true,
  fill: "#F3F6FA",
  fontColor: "#44546A",
  horizontal: "center",
  vertical: "center",
  wrap: true,
  borderTop: "thin",
  borderBottom: "thin",
  borderColor: "#BFC9D6",
};

function isEmptyArea(cells: ReadonlyMap<number, ReadonlyMap<number, SourceCell>>, merges: readonly CellRange[], area: CellRange): boolean {
  for (let r = area.top; r <= area.bottom; r++) {
    for (let c = area.left; c <= area.right; c++) {
      const value = cells.get(r)?.get(c)?.value;
      if (value !== undefined && value !== null && value !== "") return false;
    }
  }
  return !merges.some((m) => m.top <= area.bottom && m.bottom >= area.top && m.left <= area.right && m.right >= area.left);
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
