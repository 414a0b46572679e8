import { toA1 } from "../../model/address";
import type { Grid } from "../../model/grid";
import { cellAt, numberFormatAt } from "../../model/grid";
import type { Issue } from "../../model/issue";
import type { FinanceLine, FinanceRowKind } from "../../model/kpi";
import { issue } from "../../messages";
import { cellText } from "./cellText";
import { errorCells } from "./errorCells";
import type { ColumnSpec } from "../detect/findHeader";
import { findHeader } from "../detect/findHeader";
import { keyOf } from "../parse/keyOf";
import { parseValue } from "../parse/parseValue";
import type { ReadResult } from "./readResult";

export type FinanceColumn =
  | "line"
  | "group"
  | "kind"
  | "budgetYtd"
  | "actualYtd"
  | "budgetFullYear"
  | "projectionFullYear"
  | "varianceYtd"
  | "varianceFullYear";

type AmountColumn = Exclude<FinanceColumn, "line" | "group" | "kind">;
const AMOUNT_COLUMNS: readonly AmountColumn[] = ["budgetYtd", "actualYtd", "budgetFullYear", "projectionFullYear", "varianceYtd", "varianceFullYear"];

export const FINANCE_COLUMNS: readonly ColumnSpec<FinanceColumn>[] = [
  { key: "line", label: "Line", synonyms: ["description", "budget line", "heading", "budget heading", "cost centre", "service"], required: true },
  { key: "group", label: "Group", synonyms: ["section", "category"] },
  { key: "kind", label: "Kind", synonyms: ["type", "row type", "row kind"] },
  { key: "budgetYtd", label: "Budget YTD", synonyms: ["ytd budget", "year to date budget", "budget year to date"], required: true },
  { key: "actualYtd", label: "Actual YTD", synonyms: ["ytd actual", "actuals ytd", "ytd actuals", "year to date actual", "actual year to date"], required: true },
  { key: "budgetFullYear", label: "Budget full year", synonyms: ["full year budget", "annual budget", "budget fy"] },
  { key: "projectionFullYear", label: "Projection full year", synonyms: ["full year projection", "projected outturn", "forecast outturn", "outturn", "forecast", "projection"] },
  { key: "varianceYtd", label: "Variance YTD", synonyms: ["ytd variance", "year to date variance"] },
  { key: "varianceFullYear", label: "Variance full year", synonyms: ["full year variance", "projected variance", "projected year end variance"] },
];

export interface ReadFinanceOptions {
  readonly aliases?: ReadonlyMap<string, string>;
}

/**
 * Reads the Finance sheet (seed 000, section 3), amounts as published (`1,563`, `(45)`). `Kind` is `line`
 * (default), `total` or `grand total`; without a Kind column a line named `... Total` is a total and one named
 * `Total` the grand total. A row naming a line but no amounts (`Operational Commands`) is a group heading for the
 * rows below it that give no group. The variance columns are optional.
 * @example readFinance(grid).data[0]?.actualYtd === 346
 */
export function readFinance(grid: Grid, options: ReadFinanceOptions = {}): ReadResult<readonly FinanceLine[]> {
  const found = findHeader(grid, FINANCE_COLUMNS, { aliases: options.aliases, optional: true });
  const header = found.header;
  if (!header) return { data: [], issues: found.issues };
  const rows: number[] = [];
  for (let r = header.row + 1; r < grid.rows.length; r++) rows.push(r);
  const read = readFinanceLines(grid, header.columns, rows);
  return { data: read.data, issues: [...found.issues, ...read.issues] };
}

/**
 * Reads budget lines from the given rows, the columns already found (the Finance sheet's header, or a budget table
 * `detectTables` found): headings, lines, totals and the amounts, each problem located to its cell.
 * @example readFinanceLines(grid, { line: 0, budgetYtd: 1, actualYtd: 2 }, [1, 2, 3]).data[0]?.actualYtd === 346
 */
export function readFinanceLines(
  grid: Grid,
  col: Readonly<Partial<Record<FinanceColumn, number>>>,
  rows: Iterable<number>,
): ReadResult<readonly FinanceLine[]> {
  const issues: Issue[] = [];
  const text = (r: number, c: number | undefined) => (c === undefined ? "" : cellText(cellAt(grid, r, c)));
  const at = (r: number, c: number | undefined) => ({ sheet: grid.sheet, cell: toA1(r, c ?? 0) });
  const hidden = new Set(grid.hiddenRows ?? []);
  const lines: FinanceLine[] = [];
  let heading = "";

  for (const r of rows) {
    const row = grid.rows[r] ?? [];
    if (row.every((c) => cellText(c) === "")) continue;
    if (hidden.has(r)) issues.push(issue("VALUE_HIDDEN_ROW", at(r, 0), String(r + 1)));
    const errors = errorCells(grid, r, [col.line, col.group, col.kind]);
    issues.push(...errors);
    if (errors.length > 0) continue;
    const line = text(r, col.line);
    if (line === "") {
      issues.push(issue("VALUE_MISSING", at(r, col.line), "Line", "the name of the budget line"));
      continue;
    }
    const kindText = text(r, col.kind);
    const hasAmounts = AMOUNT_COLUMNS.some((k) => text(r, col[k]) !== "");
    if (!hasAmounts && kindText === "") {
      heading = line;
      continue;
    }
    const kind = col.kind === undefined ? inferKind(line) : kindText === "" ? "line" : parseKind(kindText);
    if (!kind) {
      issues.push(issue("VALUE_UNREADABLE", at(r, col.kind), kindText, "line, total or grand total"));
      continue;
    }
    const amount = (key: AmountColumn): number | null => {
      const c = col[key];
      if (c === undefined) return null;
      const cell = cellAt(grid, r, c);
      const parsed = parseValue(cell, numberFormatAt(grid, r, c));
      switch (parsed.kind) {
        case "number":
          return parsed.value;
        case "empty":
        case "no-data":
          return null;
        case "error":
          issues.push(issue("VALUE_ERROR", at(r, c), parsed.error));
          return null;
        case "grade":
        case "unreadable":
          issues.push(issue("VALUE_UNREADABLE", at(r, c), cellText(cell), "an amount such as 1,563 or (45)"));
          return null;
        default: {
          const unreachable: never = parsed;
          return unreachable;
        }
      }
    };
    const group = text(r, col.group) || (kind === "grand-total" ? "" : heading);
    // A group ends at its total: lines after it belong to no group until the next heading.
    if (kind !== "line") heading = "";
    lines.push({
      line,
      group,
      kind,
      budgetYtd: amount("budgetYtd"),
      actualYtd: amount("actualYtd"),
      budgetFullYear: amount("budgetFullYear"),
      projectionFullYear: amount("projectionFullYear"),
      publishedVarianceYtd: amount("varianceYtd"),
      publishedVarianceFullYear: amount("varianceFullYear"),
      source: { sheet: grid.sheet, cell: toA1(r, col.line ?? 0) },
    });
  }
  return { data: lines, issues };
}

function parseKind(text: string): FinanceRowKind | null {
  switch (keyOf(text).replace(/\s+/g, "")) {
    case "line":
      return "line";
    case "total":
    case "subtotal":
      return "total";
    case "grandtotal":
      return "grand-total";
    default:
      return null;
  }
}

function inferKind(line: string): FinanceRowKind {
  const key = keyOf(line);
  if (key === "total" || key === "grand total" || key === "net total") return "grand-total";
  return key.endsWith(" total") ? "total" : "line";
}
