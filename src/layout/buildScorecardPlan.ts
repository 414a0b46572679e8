/**
 * Layout: results -> plan. The plan is data (sheets, cells, styles, conditional formats, charts, print settings)
 * that either host renders; nothing here touches a workbook.
 *
 *   results --scorecard--> themes --charts + chart data--> finance --exceptions--> data issues --styles--> plan
 */
import type { SheetNames } from "../model/outputSheets";
import { defaultSheetNames } from "../model/outputSheets";
import type { ScorecardResults } from "../model/results";
import type { CommentaryDrafts } from "../model/drafts";
import type { ChosenCommentary } from "./chooseCommentary";
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
  /** Each KPI's commentary (`chooseCommentary`: the analyst's, the Notes sheet's, or the draft); the Notes
   * sheet's when absent. */
  readonly commentary?: ReadonlyMap<string, ChosenCommentary>;
  /** Drafted commentary and summaries for the Suggested commentary column (`draftCommentary`). */
  readonly drafts?: CommentaryDrafts;
  /** The sheets' names; `outputSheetName`'s unless the pipeline had to number one (`chooseSheetNames`). */
  readonly sheetNames?: SheetNames;
}

/**
 * The whole scorecard as a plan, sheets in tab order. Sheets with nothing to show are left out, except the scorecard
 * and the data issues list. Deterministic: the same results always give the same plan.
 * @example buildScorecardPlan(results).sheets.map((s) => s.name)[0] === "Scorecard Q2 2013-14"
 */
export function buildScorecardPlan(results: ScorecardResults, options: ScorecardPlanOptions = {}): ScorecardPlan {
  const sheets: SheetPlan[] = [];
  const names = options.sheetNames ?? defaultSheetNames(results.sheetLabel);

  // 1. The scorecard: a KPI table per priority.
  sheets.push(buildScorecardSheet(results, options, names));

  // 2. Theme RAG summary, this period against last (seed 002).
  const themes = buildThemeSheet(results, names);
  if (themes) sheets.push(themes);

  // 3. Charts, and the figures they refer to, for as many KPIs as the chart limit allows.
  const selection = selectChartedKpis(results);
  const chartData = buildChartDataSheet(results, selection.charted, names);
  if (chartData) sheets.push(buildChartsSheet(results, chartData.refs, names), chartData.sheet);

  // 4. Finance variance (seed 000, section 3).
  const finance = buildFinanceSheet(results, names);
  if (finance) sheets.push(finance);

  // 5. Exceptions by segment.
  const exceptions = buildExceptionsSheet(results, names);
  if (exceptions) sheets.push(exceptions);

  // 6. Data issues, always, with layout's own notes.
  sheets.push(buildIssuesSheet(selection.note ? { ...results, issues: [...results.issues, selection.note] } : results, names));

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
