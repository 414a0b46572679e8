import { issue } from "../messages";
import type { Issue } from "../model/issue";
import type { FinanceLine } from "../model/kpi";
import type { FinanceLineResult } from "../model/results";
import { cleanFloat } from "./cleanFloat";
import { formatNumber } from "./describeFigure";

export interface FinanceResult {
  readonly results: FinanceLineResult[];
  readonly issues: Issue[];
}

type Column = "budgetYtd" | "actualYtd" | "budgetFullYear" | "projectionFullYear" | "publishedVarianceYtd" | "publishedVarianceFullYear";

/** The columns a total is checked on, named as the Finance sheet heads them. */
const TOTAL_COLUMNS: readonly (readonly [Column, string])[] = [
  ["budgetYtd", "Budget YTD"],
  ["actualYtd", "Actual YTD"],
  ["budgetFullYear", "Budget full year"],
  ["projectionFullYear", "Projection full year"],
  ["publishedVarianceYtd", "Variance YTD"],
  ["publishedVarianceFullYear", "Variance full year"],
];

/**
 * The finance variance table (seed 000, section 3), computed and checked.
 * - Variance YTD = actual - budget; full-year variance = projection - budget (`null` when a figure is missing).
 * - The variance shown is the published one where the table has it (what the finance officer signed off, figures
 *   kept in pounds and each rounded on its own), the computed one otherwise.
 * - Published variances are checked against the computed: equal is fine; off by one unit is a rounding note
 *   (`FINANCE_VARIANCE_ROUNDING`: the figures are kept in pounds and published in thousands, each rounded on its
 *   own); more is `FINANCE_VARIANCE_MISMATCH`.
 * - Each `total` row is checked, column by column, against the sum of its group's `line` rows; the `grand-total`
 *   against the group totals plus the lines of groups without a total (ungrouped lines included). A difference no
 *   bigger than the number of rows summed is rounding (`FINANCE_TOTAL_ROUNDING`), more is `FINANCE_TOTAL_MISMATCH`.
 *   A column with a missing figure is not checked.
 * Numbers in messages are written as published: thousands separators, negatives in brackets.
 * @example computeFinance([crimeAndCj]).results[0] // { line, varianceFullYear: -169, computedVarianceFullYear: -170, ... }
 */
export function computeFinance(lines: readonly FinanceLine[]): FinanceResult {
  const issues: Issue[] = [];
  const results = lines.map((line): FinanceLineResult => {
    const computedVarianceYtd = difference(line.actualYtd, line.budgetYtd);
    const computedVarianceFullYear = difference(line.projectionFullYear, line.budgetFullYear);
    checkVariance(line, "YTD", line.publishedVarianceYtd, computedVarianceYtd, issues);
    checkVariance(line, "full year", line.publishedVarianceFullYear, computedVarianceFullYear, issues);
    return {
      line,
      varianceYtd: line.publishedVarianceYtd ?? computedVarianceYtd,
      varianceFullYear: line.publishedVarianceFullYear ?? computedVarianceFullYear,
      computedVarianceYtd,
      computedVarianceFullYear,
    };
  });

  const groupsWithTotal = new Set(lines.filter((l) => l.kind === "total").map((l) => l.group));
  for (const row of lines) {
    if (row.kind === "total") {
      checkTotal(row, lines.filter((l) => l.kind === "line" && l.group === row.group), issues);
    } else if (row.kind === "grand-total") {
      const parts = lines.filter((l) => l.kind === "total" || (l.kind === "line" && !groupsWithTotal.has(l.group)));
      checkTotal(row, parts, issues);
    }
  }
  return { results, issues };
}

function difference(a: number | null, b: number | null): number | null {
  return a === null || b === null ? null : cleanFloat(a - b);
}

function checkVariance(line: FinanceLine, column: string, published: number | null, computed: number | null, issues: Issue[]): void {
  if (published === null || computed === null) return;
  const off = Math.abs(cleanFloat(published - computed));
  if (off === 0) return;
  const code = off <= 1 ? "FINANCE_VARIANCE_ROUNDING" : "FINANCE_VARIANCE_MISMATCH";
  issues.push(issue(code, line.source, `${line.line} (${column})`, formatMoney(published), formatMoney(computed)));
}

function checkTotal(total: FinanceLine, parts: readonly FinanceLine[], issues: Issue[]): void {
  if (parts.length === 0) return;
  for (const [column, heading] of TOTAL_COLUMNS) {
    const published = total[column];
    if (published === null) continue;
    let sum = 0;
    let complete = true;
    for (const part of parts) {
      const v = part[column];
      if (v === null) complete = false;
      else sum += v;
    }
    if (!complete) continue;
    const computed = cleanFloat(sum);
    const off = Math.abs(cleanFloat(published - computed));
    if (off === 0) continue;
    const code = off <= parts.length ? "FINANCE_TOTAL_ROUNDING" : "FINANCE_TOTAL_MISMATCH";
    issues.push(issue(code, total.source, total.line, heading, formatMoney(published), formatMoney(computed)));
  }
}

/** `(1,061)` for -1061, as finance tables print negatives. */
function formatMoney(value: number): string {
  const text = formatNumber(Math.abs(value), null);
  return value < 0 && text !== "0" ? `(${text})` : text;
}
