import type { FinanceLineResult, ScorecardResults } from "../model/results";
import type { SheetNames } from "../model/outputSheets";
import { defaultSheetNames } from "../model/outputSheets";
import type { PlanCell, SheetPlan } from "./plan";
import { printSettings } from "./printSettings";
import { createSheetCanvas } from "./sheetCanvas";
import { STYLE } from "./styleNames";
import { pageHeader, writeTitleBand } from "./writeTitleBand";

export const FINANCE_HEADERS = [
  "Line",
  "Budget YTD",
  "Actual YTD",
  "Variance YTD",
  "Budget full year",
  "Projection",
  "Variance full year",
] as const;
const WIDTHS = [44, 13, 13, 13, 13, 13, 13];

type RowKind = "line" | "total" | "grand-total";

/**
 * Seed 000's section 3 table: Line | Budget YTD | Actual YTD | Variance YTD | Budget full year | Projection |
 * Variance full year, with group headings, bold totals over a rule, negatives in brackets through the number
 * format, and adverse variances (spending over budget) highlighted. `null` without finance lines.
 * @example buildFinanceSheet(results)?.name === "Finance variance Q2 2013-14"
 */
export function buildFinanceSheet(results: ScorecardResults, names: SheetNames = defaultSheetNames(results.sheetLabel)): SheetPlan | null {
  if (results.finance.length === 0) return null;
  const name = names("finance");
  const unit = results.settings.financeUnitLabel;
  const canvas = createSheetCanvas();

  // 1. Title band: the unit and how to read the variances.
  writeTitleBand(canvas, results, {
    title: "Finance: budget against actual and projection",
    captions: [
      `All figures ${unit}. Variance = actual (or projection) - budget, as published (figures kept in pounds, each rounded on its own); negatives, in brackets, are underspends. Overspends are highlighted.`,
    ],
  });
  canvas.addRow([], 8);

  // 2. Two header rows: the periods over the columns, then the columns.
  const groupRow = canvas.addRow(
    [
      { value: null, style: STYLE.headerGroup },
      { value: "Year to date", style: STYLE.headerGroup },
      { value: null, style: STYLE.headerGroup },
      { value: null, style: STYLE.headerGroup },
      { value: "Projected year end", style: STYLE.headerGroup },
      { value: null, style: STYLE.headerGroup },
      { value: null, style: STYLE.headerGroup },
    ],
    18,
  );
  canvas.merge(groupRow, 1, groupRow, 3);
  canvas.merge(groupRow, 4, groupRow, 6);
  const headerRow = canvas.addRow(
    FINANCE_HEADERS.map((text, col) => ({ value: col === 0 ? text : `${text} ${unit}`, style: col === 0 ? STYLE.headerLeft : STYLE.header })),
    30,
  );

  // 3. Lines in the order given, with a heading where a new group starts.
  let group = "";
  for (const row of results.finance) {
    const { line } = row;
    if (line.kind === "line" && line.group !== "" && line.group !== group) {
      canvas.addRow([{ value: line.group, style: STYLE.financeGroup }, ...Array.from({ length: 6 }, () => ({ value: null, style: STYLE.financeGroup }))], 18);
    }
    group = line.group;
    canvas.addRow(financeRow(row), 16);
  }

  return canvas.toSheet({
    name,
    role: "finance",
    tabColor: "#BF8F00",
    columns: WIDTHS.map((width) => ({ width })),
    freeze: { rows: headerRow + 1, columns: 1 },
    print: printSettings({
      orientation: "portrait",
      titleRows: { first: groupRow, last: headerRow },
      headerCenter: pageHeader(results),
      sheetName: name,
    }),
  });
}

function financeRow(row: FinanceLineResult): PlanCell[] {
  const { line } = row;
  const kind: RowKind = line.kind;
  const label = kind === "line" ? STYLE.financeLine : kind === "total" ? STYLE.financeTotalLabel : STYLE.financeGrandTotalLabel;
  return [
    { value: line.line, style: label },
    amount(line.budgetYtd, kind, false),
    amount(line.actualYtd, kind, false),
    amount(row.varianceYtd, kind, isAdverse(row.varianceYtd)),
    amount(line.budgetFullYear, kind, false),
    amount(line.projectionFullYear, kind, false),
    amount(row.varianceFullYear, kind, isAdverse(row.varianceFullYear)),
  ];
}

/** Spending over budget, or income under it: variance = actual - budget is positive either way. */
function isAdverse(variance: number | null): boolean {
  return variance !== null && variance >= 0.5;
}

function amount(value: number | null, kind: RowKind, adverse: boolean): PlanCell {
  if (value === null || !Number.isFinite(value)) return { value: "n/a", style: STYLE.financeNa };
  return { value, style: amountStyle(kind, adverse) };
}

function amountStyle(kind: RowKind, adverse: boolean): string {
  switch (kind) {
    case "line":
      return adverse ? STYLE.financeAdverse : STYLE.financeValue;
    case "total":
      return adverse ? STYLE.financeTotalAdverse : STYLE.financeTotal;
    case "grand-total":
      return adverse ? STYLE.financeGrandTotalAdverse : STYLE.financeGrandTotal;
    default: {
      const unreachable: never = kind;
      return unreachable;
    }
  }
}
