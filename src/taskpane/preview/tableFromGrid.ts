import type { Grid } from "../../model/grid";
import { isCellError } from "../../model/grid";
import type { SourceCell } from "./assembleTable";
import { formatCellValue } from "../../model/formatCellValue";
import { assembleTable } from "./assembleTable";
import type { PreviewTable } from "./previewTable";

/**
 * One of the analyst's own sheets, as read, for showing the cell an issue points at. Values are shown under their
 * number formats; Excel errors as their code (`#DIV/0!`). Grids carry no column widths, so columns fit their text
 * (within reason).
 * @example tableFromGrid(findGrid(grids, "Measurements")!).rows[6].cells[2].address === "C7"
 */
export function tableFromGrid(grid: Grid, options: { readonly maxRows?: number; readonly firstRow?: number } = {}): PreviewTable {
  const cells = new Map<number, Map<number, SourceCell>>();
  grid.rows.forEach((row, r) => {
    const rowCells = new Map<number, SourceCell>();
    row.forEach((value, c) => {
      if (value === null || value === "") return;
      const shown = isCellError(value) ? value.error : value;
      rowCells.set(c, { value: shown, numberFormat: grid.numberFormats?.[r]?.[c] });
    });
    if (rowCells.size > 0) cells.set(r, rowCells);
  });
  const widths: number[] = [];
  for (const [, rowCells] of cells) {
    for (const [c, cell] of rowCells) widths[c] = Math.max(widths[c] ?? 0, formatCellValue(cell.value, cell.numberFormat).length + 1);
  }
  const columns = Array.from(widths, (w) => ({ width: Math.min(Math.max(w ?? 0, 8.43), 40), hidden: false }));
  return assembleTable({ cells, merges: grid.merges ?? [], columns }, { maxRows: options.maxRows ?? 1000, firstRow: options.firstRow });
}
