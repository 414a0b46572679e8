import { toA1 } from "../../model/address";
import type { Grid } from "../../model/grid";
import { cellAt, isCellError } from "../../model/grid";
import type { Issue } from "../../model/issue";
import { issue } from "../../messages";

/**
 * `VALUE_ERROR` for each of the row's cells in the given columns that holds an Excel error (`#N/A`, `#REF!`):
 * a text column (a name, an ID, a quarter) must not read a formula's failure as a word.
 * @example errorCells(grid, 4, [0, 2]).map((i) => i.cell) // ["C5"]
 */
export function errorCells(grid: Grid, r: number, columns: readonly (number | undefined)[]): Issue[] {
  const issues: Issue[] = [];
  for (const c of new Set(columns)) {
    if (c === undefined) continue;
    const cell = cellAt(grid, r, c);
    if (isCellError(cell)) issues.push(issue("VALUE_ERROR", { sheet: grid.sheet, cell: toA1(r, c) }, cell.error));
  }
  return issues;
}
