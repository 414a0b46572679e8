import type { Grid } from "../../model/grid";
import type { FinanceLine } from "../../model/kpi";
import { issue } from "../../messages";
import { columnIssues } from "../detect/columnIssues";
import type { FinanceColumn } from "./readFinance";
import { readFinanceLines } from "./readFinance";
import type { ReadResult } from "./readResult";
import type { ColumnRole, DetectedTable } from "../detect/tableTypes";

const COLUMN_OF_ROLE: Readonly<Partial<Record<ColumnRole, FinanceColumn>>> = {
  name: "line",
  group: "group",
  kind: "kind",
  "budget-ytd": "budgetYtd",
  "actual-ytd": "actualYtd",
  "variance-ytd": "varianceYtd",
  "budget-full-year": "budgetFullYear",
  "projection-full-year": "projectionFullYear",
  "variance-full-year": "varianceFullYear",
};

/**
 * Reads a budget table `detectTables` found (seed 000, section 3: `Year to Date Figures` over `Budget | Actuals |
 * Variance`, `Projected Year End Figures` over `Budget | Projection | Variance`, lines in an unheaded first column),
 * the way the Finance sheet is read: group headings, lines, totals, amounts as published.
 * @example readFinanceTable(grid, table).data[0]?.line === "Territorial Policing"
 */
export function readFinanceTable(grid: Grid, table: DetectedTable): ReadResult<readonly FinanceLine[]> {
  const col: Partial<Record<FinanceColumn, number>> = {};
  for (const c of table.columns) {
    const key = COLUMN_OF_ROLE[c.role];
    if (key !== undefined && col[key] === undefined) col[key] = c.col;
  }
  const read = readFinanceLines(grid, col, table.dataRows);
  const at = { sheet: grid.sheet, cell: table.columns.find((c) => c.role === "name")?.cell ?? table.range };
  return {
    data: read.data,
    issues: [...columnIssues(grid, table), ...read.issues, issue("TABLE_READ", at, `${read.data.length} budget line${read.data.length === 1 ? "" : "s"}`, `${grid.sheet}!${table.range}`)],
  };
}
