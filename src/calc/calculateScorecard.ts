import { issue } from "../messages";
import type { Issue } from "../model/issue";
import type { Kpi, KpiModel, KpiNote, Settings, Theme } from "../model/kpi";
import { monthFromIndex } from "../model/period";
import type { Month, Quarter } from "../model/period";
import type { KpiResult, MonthlySeries, RagResult, ScorecardResults, ThemeResult, TrajectoryResult } from "../model/results";
import { computeChange } from "./computeChange";
import { computeComparisonFigures } from "./computeComparisonFigures";
import type { ComparisonFigures } from "./computeComparisonFigures";
import { computeFinance } from "./computeFinance";
import { computeRag } from "./computeRag";
import { computeRollingTotals } from "./computeRollingTotals";
import { computeSpc } from "./computeSpc";
import { computeTrajectory } from "./computeTrajectory";
import { computeTrend } from "./computeTrend";
import { findExceptions } from "./findExceptions";
import { formatFiscalYearLabel } from "./formatFiscalYearLabel";
import { formatMonthRangeLabel } from "./formatMonthRangeLabel";
import { formatQuarterLabel } from "./formatQuarterLabel";
import { getChartWindow, ROLLING_LEAD_MONTHS } from "./getChartWindow";
import { getPreviousQuarter } from "./getPreviousQuarter";
import { getYearToDateMonths } from "./getYearToDateMonths";
import { indexMeasurements, monthValue } from "./indexMeasurements";
import type { PeriodSeries } from "./indexMeasurements";
import { quarterIndex, quarterStartMonthIndex } from "./quarterIndex";

export interface CalculateScorecardOptions {
  /** The build date (the host's "today"): values for periods ending after it are left out. */
  readonly asOf?: Month;
}

/**
 * The calc step of the pipeline: the typed model and a quarter in, every figure the scorecard shows out.
 *
 *   1. Index the measurements once (by KPI, segment, period).
 *   2. Per KPI: current and previous figures per its comparison, change, change from baseline, trajectory, RAG
 *      (with the analyst's override and commentary for the quarter), last quarter's RAG, trend, and the monthly
 *      series with rolling 12 / 6 month totals and SPC.
 *   3. Themes: the analyst's RAG this quarter and last.
 *   4. Exceptions: segments adverse beyond the threshold.
 *   5. Finance: variances, checked against what was published.
 *   6. Labels and issues: the model's issues, then calc's (no data, partial data, finance checks).
 * Pure and total: no clock, no host, nothing thrown for odd data.
 * @example calculateScorecard(model, quarter(2013, 2), { asOf: month(2013, 10) }).kpis[0]?.change
 */
export function calculateScorecard(
  model: KpiModel,
  quarter: Quarter,
  options: CalculateScorecardOptions = {},
): ScorecardResults {
  const settings = model.settings;
  const startMonth = settings.fiscalYearStartMonth;
  const previousQuarter = getPreviousQuarter(quarter);
  const issues: Issue[] = [];

  // 1. Index the measurements once; every later read is by KPI id and period number.
  const index = indexMeasurements(model.measurements, startMonth, options.asOf ? { asOf: options.asOf } : {});
  const notes = indexNotes(model.notes);
  // Month objects are shared by every KPI's series: thousands of KPIs need not each build their own.
  const months = new Map<number, Month>();
  const monthAt = (i: number): Month => {
    let m = months.get(i);
    if (!m) {
      m = monthFromIndex(i);
      months.set(i, m);
    }
    return m;
  };

  // 2. KPIs.
  const kpis = model.kpis.map((kpi) => {
    const series = index.get(kpi.id)?.whole ?? null;
    const result = calculateKpi(kpi, series, quarter, previousQuarter, settings, notes, monthAt);
    issues.push(...dataIssues(kpi, result.figures));
    return result.result;
  });

  // 3. Themes.
  const themes = model.themes.map((theme) => calculateTheme(theme, quarter, previousQuarter));

  // 4. Exceptions.
  const exceptions = findExceptions(model.kpis, index, quarter, settings);

  // 5. Finance.
  const finance = computeFinance(model.finance);
  issues.push(...finance.issues);

  // 6. Labels and issues.
  return {
    quarter,
    quarterLabel: formatQuarterLabel(quarter, startMonth),
    ytdLabel: formatMonthRangeLabel(getYearToDateMonths(quarter, startMonth)),
    yearLabel: formatFiscalYearLabel(quarter.fiscalYear, startMonth),
    previousYearLabel: formatFiscalYearLabel(quarter.fiscalYear - 1, startMonth),
    previousQuarter,
    previousQuarterLabel: formatQuarterLabel(previousQuarter, startMonth),
    settings,
    kpis,
    themes,
    exceptions,
    finance: finance.results,
    issues: [...model.issues, ...issues],
  };
}

function calculateKpi(
  kpi: Kpi,
  series: PeriodSeries | null,
  quarter: Quarter,
  previousQuarter: Quarter,
  settings: Settings,
  notes: ReadonlyMap<string, KpiNote>,
  monthAt: (i: number) => Month,
): { result: KpiResult; figures: ComparisonFigures } {
  const startMonth = settings.fiscalYearStartMonth;
  const figures = computeComparisonFigures(kpi, series, quarter, startMonth);
  const change = computeChange(figures.current, figures.previous, kpi.unit);
  const note = notes.get(noteKey(kpi.id, quarter));
  const trajectory = trajectoryOf(kpi, series, quarter, startMonth);
  const rag = ragOf(kpi, figures, trajectory, note, settings);

  // Last quarter's RAG: the same calculation one quarter earlier, with that quarter's override.
  const before = computeComparisonFigures(kpi, series, previousQuarter, startMonth);
  const previousRag = ragOf(
    kpi,
    before,
    trajectoryOf(kpi, series, previousQuarter, startMonth),
    notes.get(noteKey(kpi.id, previousQuarter)),
    settings,
  );

  const result: KpiResult = {
    kpi,
    current: figures.current,
    previous: figures.previous,
    currentLabel: figures.currentLabel,
    previousLabel: figures.previousLabel,
    change,
    changeFromBaseline: kpi.baseline ? computeChange(figures.current, kpi.baseline.value, kpi.unit) : null,
    rag,
    previousRag,
    trend: computeTrend(figures.current, figures.previous, kpi.polarity),
    monthly: monthlySeries(kpi, series, quarter, settings, monthAt),
    trajectory,
    commentary: note?.commentary ?? "",
  };
  return { result, figures };
}

function ragOf(
  kpi: Kpi,
  figures: ComparisonFigures,
  trajectory: TrajectoryResult | null,
  note: KpiNote | undefined,
  settings: Settings,
): RagResult {
  return computeRag({
    kpi,
    current: figures.current,
    previous: figures.previous,
    change: computeChange(figures.current, figures.previous, kpi.unit),
    defaultTolerancePercent: settings.defaultTolerancePercent,
    override: note?.ragOverride ?? null,
    trajectory,
    ragLabels: settings.ragLabels,
  });
}

function trajectoryOf(kpi: Kpi, series: PeriodSeries | null, quarter: Quarter, startMonth: number): TrajectoryResult | null {
  if (!kpi.trajectory || !series || series.firstMonth === null) return null;
  // Only the months a trajectory year can reach (at most 14 before the quarter end with any year start).
  const end = quarterStartMonthIndex(quarterIndex(quarter), startMonth) + 2;
  const months = new Map<number, number>();
  for (let i = end - 14; i <= end; i++) {
    const v = monthValue(series, i);
    if (typeof v === "number") months.set(i, v);
  }
  return computeTrajectory(kpi.trajectory, quarter, months, startMonth, kpi.polarity);
}

/**
 * The months charted (`getChartWindow`: this fiscal year and the two before it) from the first with data to the
 * quarter end; `null` without monthly data. Rolling totals take the months before the window too, so its first
 * rolling figure is whole; nothing older counts, so a host that skipped older months builds the same scorecard.
 */
function monthlySeries(
  kpi: Kpi,
  series: PeriodSeries | null,
  quarter: Quarter,
  settings: Settings,
  monthAt: (i: number) => Month,
): MonthlySeries | null {
  if (!series || series.firstMonth === null) return null;
  const end = quarterStartMonthIndex(quarterIndex(quarter), settings.fiscalYearStartMonth) + 2;
  const first = Math.max(series.firstMonth, getChartWindow(end, settings.fiscalYearStartMonth).first);
  if (first > end) return null;
  const lead = Math.max(series.firstMonth, first - ROLLING_LEAD_MONTHS);
  const months: Month[] = [];
  const withLead: (number | null)[] = [];
  for (let i = lead; i <= end; i++) {
    if (i >= first) months.push(monthAt(i));
    const v = monthValue(series, i);
    withLead.push(typeof v === "number" ? v : null);
  }
  const charted = first - lead;
  const values = withLead.slice(charted);
  const levelTarget = kpi.target.kind === "level" ? kpi.target : null;
  return {
    months,
    values,
    rolling12: computeRollingTotals(withLead, 12).slice(charted),
    rolling6: computeRollingTotals(withLead, 6).slice(charted),
    spc: computeSpc(values, kpi.polarity, levelTarget, settings.spcShiftLength),
  };
}

function calculateTheme(theme: Theme, quarter: Quarter, previousQuarter: Quarter): ThemeResult {
  const now = theme.assessments.find((a) => sameQuarterAs(a.quarter, quarter));
  const before = theme.assessments.find((a) => sameQuarterAs(a.quarter, previousQuarter));
  return {
    priority: theme.priority,
    name: theme.name,
    current: now?.rag ?? null,
    previous: before?.rag ?? null,
    commentary: now?.commentary ?? "",
  };
}

function sameQuarterAs(a: Quarter, b: Quarter): boolean {
  return a.fiscalYear === b.fiscalYear && a.quarter === b.quarter;
}

/** No value for the quarter, or a figure that covers only part of its window. */
function dataIssues(kpi: Kpi, figures: ComparisonFigures): Issue[] {
  if (figures.current === null) return [issue("KPI_NO_DATA", kpi.source, kpi.name, figures.currentLabel)];
  const found: Issue[] = [];
  const partial = (coverage: ComparisonFigures["currentCoverage"], label: string, value: number | null) => {
    if (coverage && value !== null && coverage.monthsCovered < coverage.monthsInWindow) {
      found.push(
        issue("KPI_PARTIAL_DATA", kpi.source, kpi.name, label, String(coverage.monthsCovered), String(coverage.monthsInWindow)),
      );
    }
  };
  partial(figures.currentCoverage, figures.currentLabel, figures.current);
  partial(figures.previousCoverage, figures.previousLabel, figures.previous);
  return found;
}

function noteKey(kpiId: string, q: Quarter): string {
  return `${kpiId}\u0000${quarterIndex(q)}`;
}

/** Notes by KPI and quarter; the first note for a KPI and quarter wins, as ingest reports duplicates. */
function indexNotes(notes: readonly KpiNote[]): Map<string, KpiNote> {
  const byKey = new Map<string, KpiNote>();
  for (const note of notes) {
    const key = noteKey(note.kpiId, note.quarter);
    if (!byKey.has(key)) byKey.set(key, note);
  }
  return byKey;
}
