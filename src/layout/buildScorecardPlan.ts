/**
 * Layout: results -> plan. The plan is data (sheets, cells, styles, conditional formats, charts, print settings)
 * that either host renders; nothing here touches a workbook.
 *
 *   results --scorecard--> themes --charts + chart data--> finance --exceptions--> data issues --styles--> plan
 */
import type { ScorecardResults } from "../model/results";
import { buildChartDataSheet } from "./buildChartDataSheet";
import { buildChartsSheet } from "./buildChartsSheet";
import { buildExceptionsSheet } from "./buildExceptionsSheet";
import { buildFinanceSheet } from "./buildFinanceSheet";
import { buildIssuesSheet } from "./buildIssuesSheet";
import { buildScorecardSheet } from "./buildScorecardSheet";
import { buildStyleCatalogue } from "./buildStyleCatalogue";
import { buildThemeSheet } from "./buildThemeSheet";
import { selectChartedKpis } from "./selectChartedKpis";
import type { CellStyle, ScorecardPlan, SheetPlan } from "./plan";

export interface ScorecardPlanOptions {
  /** Commentary by KPI id read back from the last build of this quarter (`readPreservedCommentary`); wins over notes. */
  readonly preservedCommentary?: ReadonlyMap<string, string>;
}

/**
 * The whole scorecard as a plan, sheets in tab order. Sheets with nothing to show are left out, except the scorecard
 * and the data issues list. Deterministic: the same results always give the same plan.
 * @example buildScorecardPlan(results).sheets.map((s) => s.name)[0] === "Scorecard Q2 2013-14"
 */
export function buildScorecardPlan(results: ScorecardResults, options: ScorecardPlanOptions = {}): ScorecardPlan {
  const sheets: SheetPlan[] = [];

  // 1. The scorecard: a KPI table per priority.
  sheets.push(buildScorecardSheet(results, { preservedCommentary: options.preservedCommentary }));

  // 2. Theme RAG summary, this period against last (seed 002).
  const themes = buildThemeSheet(results);
  if (themes) sheets.push(themes);

  // 3. Charts, and the figures they refer to, for as many KPIs as the chart limit allows.
  const selection = selectChartedKpis(results);
  const chartData = buildChartDataSheet(results, selection.charted);
  if (chartData) sheets.push(buildChartsSheet(results, chartData.refs), chartData.sheet);

  // 4. Finance variance (seed 000, section 3).
  const finance = buildFinanceSheet(results);
  if (finance) sheets.push(finance);

  // 5. Exceptions by segment.
  const exceptions = buildExceptionsSheet(results);
  if (exceptions) sheets.push(exceptions);

  // 6. Data issues, always, with layout's own notes.
  sheets.push(buildIssuesSheet(selection.note ? { ...results, issues: [...results.issues, selection.note] } : results));

  // 7. The named styles the cells use, and no others.
  return { version: 1, periodLabel: results.periodLabel, sheetLabel: results.sheetLabel, styles: usedStyles(sheets, buildStyleCatalogue(results.settings)), sheets };
}

function usedStyles(sheets: readonly SheetPlan[], catalogue: Readonly<Record<string, CellStyle>>): Record<string, CellStyle> {
  const names = new Set<string>();
  for (const sheet of sheets) {
    for (const block of sheet.blocks) for (const row of block.cells) for (const cell of row) if (cell.style) names.add(cell.style);
  }
  const styles: Record<string, CellStyle> = {};
  for (const name of [...names].sort()) {
    const style = catalogue[name];
    // Every name a builder uses is in the catalogue (a test checks it); an unknown one renders unstyled.
    if (style) styles[name] = style;
  }
  return styles;
}
