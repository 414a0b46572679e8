/**
 * The layout shared by both preview sources: cells placed on a grid, merges turned into spans, hidden columns
 * dropped, long sheets cut after `maxRows`, and unwrapped text spilling into the empty cells to its right as it
 * does in Excel (a title in A1 reads across the sheet instead of being cut at column A).
 */
import type { CellStyle } from "../../layout/plan";
import { columnLetters, toA1 } from "../../model/address";
import type { CellRange } from "../../model/grid";
import { formatCellValue } from "../../model/formatCellValue";
import type { PreviewCell, PreviewColumn, PreviewRow, PreviewTable } from "./previewTable";

export interface SourceCell {
  readonly value: string | number | boolean | null;
  readonly numberFormat?: string;
  readonly style?: CellStyle;
}

export interface TableSource {
  /** Cells by row, then column (0-based); absent cells are empty. */
  readonly cells: ReadonlyMap<number, ReadonlyMap<number, SourceCell>>;
  readonly merges: readonly CellRange[];
  readonly columns: readonly { readonly width: number | null; readonly hidden: boolean }[];
  /** Row heights in points where the sheet sets them. */
  readonly rowHeights?: ReadonlyMap<number, number>;
}

/** @example assembleTable({ cells, merges: [], columns: [] }, { maxRows: 200 }).rows[0].cells[0].text */
export function assembleTable(
  source: TableSource,
  options: { readonly maxRows: number; readonly firstRow?: number },
): PreviewTable {
  let rowCount = 0;
  let colCount = source.columns.length;
  for (const [row, cols] of source.cells) {
    rowCount = Math.max(rowCount, row + 1);
    for (const col of cols.keys()) colCount = Math.max(colCount, col + 1);
  }
  for (const m of source.merges) {
    rowCount = Math.max(rowCount, m.bottom + 1);
    colCount = Math.max(colCount, m.right + 1);
  }
  const hidden = (col: number) => source.columns[col]?.hidden === true;
  const visible: number[] = [];
  for (let c = 0; c < colCount; c++) if (!hidden(c)) visible.push(c);

  const mergeAt = new Map<string, CellRange>();
  const covered = new Set<string>();
  for (const m of source.merges) {
    mergeAt.set(`${m.top},${m.left}`, m);
    for (let r = m.top; r <= m.bottom; r++) {
      for (let c = m.left; c <= m.right; c++) if (r !== m.top || c !== m.left) covered.add(`${r},${c}`);
    }
  }

  const firstRow = Math.max(0, Math.min(options.firstRow ?? 0, rowCount - 1));
  const endRow = Math.min(rowCount, firstRow + options.maxRows);
  const rows: PreviewRow[] = [];
  for (let r = firstRow; r < endRow; r++) {
    const cells = visible.map((c): PreviewCell | null | "covered" => {
      if (covered.has(`${r},${c}`)) return "covered";
      const cell = source.cells.get(r)?.get(c);
      const merge = mergeAt.get(`${r},${c}`);
      // An empty value with no style is an empty cell, whatever the source wrote there.
      if ((!cell || (cell.value === null && !cell.style)) && !merge) return null;
      const value = cell?.value ?? null;
      return {
        address: toA1(r, c),
        text: formatCellValue(value, cell?.numberFormat ?? cell?.style?.numberFormat),
        numeric: typeof value === "number",
        style: cell?.style,
        rowSpan: merge ? Math.min(merge.bottom, endRow - 1) - r + 1 : 1,
        colSpan: merge ? visible.filter((v) => v >= merge.left && v <= merge.right).length || 1 : 1,
      };
    });
    spillText(cells);
    rows.push({ index: r, cells, height: source.rowHeights?.get(r) ?? null });
  }
  const columns: PreviewColumn[] = visible.map((c) => ({
    index: c,
    letters: columnLetters(c),
    width: source.columns[c]?.width ?? null,
  }));
  return { columns, rows, omittedRows: rowCount - rows.length, totalRows: rowCount };
}

/** Text that is not wrapped, filled or bordered takes the empty cells after it, as Excel lets it overflow. */
function spillText(cells: (PreviewCell | null | "covered")[]): void {
  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i];
    if (!cell || cell === "covered" || cell.numeric || cell.text === "" || cell.colSpan > 1 || cell.rowSpan > 1) continue;
    const style = cell.style;
    if (style?.wrap || style?.fill || style?.borderTop || style?.borderBottom) continue;
    if (style?.horizontal && style.horizontal !== "left") continue;
    let span = 1;
    while (i + span < cells.length && cells[i + span] === null) span++;
    if (span === 1) continue;
    cells[i] = { ...cell, colSpan: span };
    for (let j = i + 1; j < i + span; j++) cells[j] = "covered";
    i += span - 1;
  }
}
