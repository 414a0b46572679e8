/** Test helpers: read a sheet plan back as a host would, cell by cell. */
import { parseA1 } from "../../model/address";
import type { CellValue, Grid } from "../../model/grid";
import type { PlanCell, ScorecardPlan, SheetPlan } from "../plan";

/** The planned cell at a 0-based (row, col), `undefined` when nothing is written there. */
export function cellAt(sheet: SheetPlan, row: number, col: number): PlanCell | undefined {
  for (const block of sheet.blocks) {
    const cell = block.cells[row - block.top]?.[col - block.left];
    if (cell !== undefined) return cell;
  }
  return undefined;
}

/** The planned cell at an A1 address. */
export function cellAtA1(sheet: SheetPlan, address: string): PlanCell | undefined {
  const at = parseA1(address);
  return at ? cellAt(sheet, at.row, at.col) : undefined;
}

/** 0-based index of the first row whose cell in `col` holds `value`, or -1. */
export function findRow(sheet: SheetPlan, col: number, value: PlanCell["value"]): number {
  const rows = Math.max(0, ...sheet.blocks.map((b) => b.top + b.cells.length));
  for (let row = 0; row < rows; row += 1) if (cellAt(sheet, row, col)?.value === value) return row;
  return -1;
}

/** The sheet as a host would read it back into a grid: values only. */
export function sheetToGrid(sheet: SheetPlan): Grid {
  const rows: CellValue[][] = [];
  for (const block of sheet.blocks) {
    block.cells.forEach((cells, r) => {
      const row = (rows[block.top + r] ??= []);
      cells.forEach((cell, c) => {
        row[block.left + c] = cell.value;
      });
    });
  }
  return { sheet: sheet.name, rows: Array.from({ length: rows.length }, (_, i) => Array.from(rows[i] ?? [], (v) => v ?? null)) };
}

export function sheetByRole(plan: ScorecardPlan, role: SheetPlan["role"]): SheetPlan {
  const sheet = plan.sheets.find((s) => s.role === role);
  if (!sheet) throw new Error(`No ${role} sheet in the plan`);
  return sheet;
}
