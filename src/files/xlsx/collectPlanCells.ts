/**
 * A sheet's blocks flattened into one sparse grid, so the sheet writer can emit rows in order and chart caches can
 * look values up by address. Where blocks overlap, the later block wins, as it would when writing cell by cell.
 */
import type { CellBlock, PlanCell } from "../../layout/plan";

export interface PlanCellGrid {
  /** Row indexes in ascending order. */
  readonly rows: readonly number[];
  /** The cells of one row in ascending column order. */
  cellsOf(row: number): readonly (readonly [number, PlanCell])[];
  get(row: number, col: number): PlanCell | undefined;
}

/**
 * Flattens plan blocks into a sparse grid.
 * @example collectPlanCells([{ top: 1, left: 0, cells: [[{ value: "x" }]] }]).get(1, 0)?.value === "x"
 */
export function collectPlanCells(blocks: readonly CellBlock[]): PlanCellGrid {
  const rows = new Map<number, Map<number, PlanCell>>();
  for (const block of blocks) {
    block.cells.forEach((line, r) => {
      line.forEach((cell, c) => {
        const row = block.top + r;
        const col = block.left + c;
        if (row < 0 || col < 0) return;
        let cells = rows.get(row);
        if (!cells) rows.set(row, (cells = new Map()));
        cells.set(col, cell);
      });
    });
  }
  const sortedRows = [...rows.keys()].sort((a, b) => a - b);
  const sortedCells = new Map<number, (readonly [number, PlanCell])[]>();
  for (const [row, cells] of rows) sortedCells.set(row, [...cells.entries()].sort((a, b) => a[0] - b[0]));
  return {
    rows: sortedRows,
    cellsOf: (row) => sortedCells.get(row) ?? [],
    get: (row, col) => rows.get(row)?.get(col),
  };
}
