import { issue } from "../messages";
import type { Issue } from "../model/issue";
import type { Kpi, KpiModel, KpiNote, Settings, Theme } from "../model/kpi";
import { monthFromIndex, monthIndex } from "../model/period";
import type { Month, Period, Quarter } from "../model/period";
import type { KpiResult, MonthlySeries, RagResult, ScorecardResults, ThemeResult, TrajectoryResult } from "../model/results";
import { applyPublishedChange } from "./applyPublishedChange";
import { computeChange } from "./computeChange";
import { computeComparisonFigures } from "./computeComparisonFigures";
import type { ComparisonFigures } from "./computeComparisonFigures";
import { computeFinance } from "./computeFinance";
import { computeRag } from "./computeRag";
import { computeRollingAverages } from "./computeRollingAverages";
import { computeRollingTotals } from "./computeRollingTotals";
import { computeSpc } from "./computeSpc";
import type { LevelTarget, SpcBaselineSpec, SpcOptions } from "./computeSpc";
import { computeTrajectory, trajectoryTargetForYear } from "./computeTrajectory";
import { computeTrend } from "./computeTrend";
import { findExceptions } from "./findExceptions";
import { formatFiscalYearLabel } from "./formatFiscalYearLabel";
import { formatMonthLabel } from "./formatMonthLabel";
import { getFiscalYear } from "./getFiscalYear";
import { formatMonthRangeLabel } from "./formatMonthRangeLabel";
import { firstChartedMonth } from "./firstChartedMonth";
import { formatPeriodLabel } from "./formatPeriodLabel";
import { formatSheetPeriodLabel } from "./formatSheetPeriodLabel";
import { getChartWindow, ROLLING_LEAD_MONTHS } from "./getChartWindow";
import { getFiscalQuarter } from "./getFiscalQuarter";
import { getPeriodEndMonth } from "./getPeriodEndMonth";
import { getPeriodMonths } from "./getPeriodMonths";
import { getPreviousPeriod } from "./getPreviousPeriod";
import { indexMeasurements, monthValue } from "./indexMeasurements";
import type { MeasurementIndex, PeriodSeries } from "./indexMeasurements";
import { fiscalYearStartMonthIndex, quarterIndex, quarterIndexOfMonth } from "./quarterIndex";
import { spcAssuranceTarget } from "./spcAssuranceTarget";

export interface CalculateScorecardOptions {
  /** The build date (the host's "today"): values for periods ending after it are left out. */
  readonly asOf?: Month;
}

/**
 * The calc step of the pipeline: the typed model and a report period in (a quarter, or the span the tables give:
 * `Oct-Dec 2023`, `12 months to Apr-15`), every figure the scorecard shows out.
 *
 *   1. Index the measurements once (by KPI, segment, period).
 *   2. Per KPI: current and previous figures per its comparison, change, change from baseline, trajectory, RAG
 *      (with the analyst's override and commentary for the period), the previous period's RAG, trend, and the
 *      monthly series with rolling 12 / 6 month totals and SPC.
 *   3. Themes: the analyst's RAG this period and last.
 *   4. Exceptions: segments adverse beyond the threshold.
 *   5. Finance: variances, checked against what was published.
 *   6. Labels and issues: the model's issues, then calc's (no data, partial data, finance checks).
 * An analyst's note or theme RAG for a quarter stands for the report period ending in that quarter.
 * Pure and total: no clock, no host, nothing thrown for odd data.
 * @example calculateScorecard(model, quarter(2013, 2), { asOf: month(2013, 10) }).kpis[0]?.change
 */
export function calculateScorecard(
  model: KpiModel,
  period: Period,
  options: CalculateScorecardOptions = {},
): ScorecardResults {
  const settings = model.settings;
  const startMonth = settings.fiscalYearStartMonth;
  const previousPeriod = getPreviousPeriod(period, startMonth);
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
    const weights = kpi.weightedBy === undefined ? null : (index.get(kpi.weightedBy)?.whole ?? null);
    const result = calculateKpi(kpi, series, weights, period, previousPeriod, settings, notes, monthAt);
    issues.push(...dataIssues(kpi, result.figures), ...result.issues);
    return result.result;
  });

  // 3. Themes.
  const themes = model.themes.map((theme) => calculateTheme(theme, quarterOf(period, startMonth), quarterOf(previousPeriod, startMonth)));

  // 4. Exceptions.
  const exceptions = findExceptions(model.kpis, index, period, settings);

  // 5. Finance.
  const finance = computeFinance(model.finance);
  issues.push(...finance.issues);

  // 6. Labels and issues.
  const end = getPeriodMonths(period, startMonth).last;
  const fiscalYear = Math.floor(quarterIndexOfMonth(end, startMonth) / 4);
  return {
    period,
    periodLabel: formatPeriodLabel(period, startMonth),
    sheetLabel: formatSheetPeriodLabel(period, startMonth),
    ytdLabel: formatMonthRangeLabel([monthFromIndex(fiscalYearStartMonthIndex(fiscalYear, startMonth)), monthFromIndex(end)]),
    yearLabel: formatFiscalYearLabel(fiscalYear, startMonth),
    previousYearLabel: formatFiscalYearLabel(fiscalYear - 1, startMonth),
    previousPeriod,
    previousPeriodLabel: labelFromData(previousPeriod, index, startMonth),
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
  weights: PeriodSeries | null,
  period: Period,
  previousPeriod: Period,
  settings: Settings,
  notes: ReadonlyMap<string, KpiNote>,
  monthAt: (i: number) => Month,
): { result: KpiResult; figures: ComparisonFigures; issues: readonly Issue[] } {
  const startMonth = settings.fiscalYearStartMonth;
  const figures = computeComparisonFigures(kpi, series, period, startMonth, weights);
  const shown = applyPublishedChange(kpi, computeChange(figures.current, figures.previous, kpi.unit), figures.current, figures.previous);
  const change = shown.change;
  const note = notes.get(noteKey(kpi.id, quarterOf(period, startMonth)));
  const trajectory = trajectoryOf(kpi, series, period, startMonth);
  const rag = ragOf(kpi, figures, trajectory, note, settings);
  const monthly = monthlySeries(kpi, series, weights, period, settings, monthAt);

  // The previous period's RAG: the same calculation one period earlier, with that period's override.
  const before = computeComparisonFigures(kpi, series, previousPeriod, startMonth, weights);
  const previousRag = ragOf(
    kpi,
    before,
    trajectoryOf(kpi, series, previousPeriod, startMonth),
    notes.get(noteKey(kpi.id, quarterOf(previousPeriod, startMonth))),
    settings,
  );

  const result: KpiResult = {
    kpi,
    current: figures.current,
    previous: figures.previous,
    currentLabel: figures.currentLabel,
    previousLabel: figures.previousLabel,
    change,
    ...(shown.computed ? { computedChange: shown.computed } : {}),
    changeFromBaseline: kpi.baseline ? computeChange(figures.current, kpi.baseline.value, kpi.unit) : null,
    rag,
    previousRag,
    trend: computeTrend(figures.current, figures.previous, kpi.polarity),
    monthly: monthly?.series ?? null,
    trajectory,
    commentary: note?.commentary ?? "",
  };
  // A plain rolling average of a mean or rate is said once: not again where the reported figure already says so.
  const plainFigure = [figures.currentCoverage, figures.previousCoverage].some((c) => c?.weighting === "unweighted");
  const plainRolling = monthly?.series.rolling?.kind === "average" && AVERAGED_UNITS.has(kpi.unit) && monthly.series.rolling.values.some((v) => v !== null);
  const rollingIssue = plainRolling && !plainFigure ? [issue("ROLLING_AVERAGE_UNWEIGHTED", kpi.source, kpi.name)] : [];
  return { result, figures, issues: [...shown.issues, ...(monthly?.issues ?? []), ...rollingIssue] };
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

function trajectoryOf(kpi: Kpi, series: PeriodSeries | null, period: Period, startMonth: number): TrajectoryResult | null {
  if (!kpi.trajectory || !series || series.firstMonth === null) return null;
  // Only the months a trajectory year can reach (at most 14 before the period's end with any year start), and the
  // same months a year earlier.
  const end = getPeriodMonths(period, startMonth).last;
  const months = new Map<number, number>();
  for (let i = end - 26; i <= end; i++) {
    const v = monthValue(series, i);
    if (typeof v === "number") months.set(i, v);
  }
  return computeTrajectory(kpi.trajectory, period, months, startMonth, kpi.polarity);
}

/**
 * The months charted (`getChartWindow`: this fiscal year and the two before it, earlier where the analyst's SPC
 * baseline or recalculation reaches back: `firstChartedMonth`) from the first with data to the period's end, with
 * their SPC: limits from the analyst's baseline and recalculations (issues for those outside the data), else from the
 * months charted, and a recalculation proposed after a sustained shift. `null` without monthly data. Only values given
 * for a month are months: a quarter's or a span's total is never plotted as one month. Rolling totals and averages
 * take the 11 months before the first charted too, so their rolling figures are whole; nothing older counts, so a host
 * that skipped older months builds the same scorecard.
 */
function monthlySeries(
  kpi: Kpi,
  series: PeriodSeries | null,
  weights: PeriodSeries | null,
  period: Period,
  settings: Settings,
  monthAt: (i: number) => Month,
): { series: MonthlySeries; issues: Issue[] } | null {
  if (!series || series.firstMonth === null) return null;
  const end = getPeriodMonths(period, settings.fiscalYearStartMonth).last;
  const wanted = firstChartedMonth(kpi, getChartWindow(end, settings.fiscalYearStartMonth).first);
  const first = wanted === null ? series.firstMonth : Math.max(series.firstMonth, wanted);
  if (first > end) return null;
  const lead = Math.max(series.firstMonth, first - ROLLING_LEAD_MONTHS);
  const months: Month[] = [];
  const withLead: (number | null)[] = [];
  for (let i = lead; i <= end; i++) {
    if (i >= first) {
      // A month a table labels otherwise (`Apr 18`) keeps its label for the chart's axis.
      const label = series.monthLabels.size > 0 ? series.monthLabels.get(i) : undefined;
      months.push(label === undefined ? monthAt(i) : { ...monthAt(i), label });
    }
    const v = monthValue(series, i);
    withLead.push(typeof v === "number" ? v : null);
  }
  const charted = first - lead;
  const values = withLead.slice(charted);
  // A level target only compares with single months for KPIs that average or take the latest month (spcAssuranceTarget).
  const levelTarget = spcAssuranceTarget(kpi);
  const limits = spcOptionsOf(kpi, first, end, series.firstMonth);
  const spc = computeSpc(values, kpi.polarity, levelTarget, {
    shiftLength: settings.spcShiftLength,
    screenOutliers: settings.spcScreenOutliers,
    ...limits.options,
  });
  const issues = [...limits.issues];
  if (spc.proposal) {
    const { index, points, side } = spc.proposal;
    issues.push(issue("SPC_RECALCULATION_PROPOSED", kpi.spc?.source ?? kpi.source, kpi.name, String(points), side, formatMonthLabel(monthAt(first + index))));
  }
  const targets = monthlyTargets(kpi, levelTarget, months, settings.fiscalYearStartMonth);
  const rolling12 = computeRollingTotals(withLead, 12);
  const rolling = rollingLine(kpi, withLead, rolling12, weights, lead);
  return {
    series: {
      months,
      values,
      rolling12: rolling12.slice(charted),
      rolling6: computeRollingTotals(withLead, 6).slice(charted),
      rolling: rolling && { ...rolling, values: rolling.values.slice(charted) },
      spc,
      ...targets,
    },
    issues,
  };
}

/** Units whose months average rather than add: a plain average of them may not be the period's figure. */
const AVERAGED_UNITS: ReadonlySet<Kpi["unit"]> = new Set(["percent", "rate", "duration", "score"]);

/** The charts' rolling 12-month line (`MonthlySeries.rolling`): a total, an average weighted where it can be, or none. */
function rollingLine(kpi: Kpi, values: readonly (number | null)[], totals: readonly (number | null)[], weights: PeriodSeries | null, firstMonth: number): MonthlySeries["rolling"] {
  if (kpi.statistic === "percentile") return null;
  if (kpi.aggregation === "sum") return { kind: "total", values: totals };
  if (kpi.weightedBy === undefined || !weights) return { kind: "average", values: computeRollingAverages(values, 12) };
  const counts = values.map((_, i) => {
    const v = monthValue(weights, firstMonth + i);
    return typeof v === "number" ? v : null;
  });
  return { kind: "weighted-average", values: computeRollingAverages(values, 12, counts) };
}

/** The targets the charts draw as lines: a level target on both, a trajectory as a year's total and per month. */
function monthlyTargets(
  kpi: Kpi,
  levelTarget: LevelTarget | null,
  months: readonly Month[],
  startMonth: number,
): Pick<MonthlySeries, "target" | "rolling12Target"> {
  if (levelTarget) {
    const line = months.map(() => levelTarget.value);
    return { target: line, rolling12Target: line };
  }
  const trajectory = kpi.trajectory;
  if (!trajectory) return {};
  const year = (m: Month) => (trajectory.yearBasis === "calendar" ? m.year : getFiscalYear(m, startMonth));
  const annual = months.map((m) => trajectoryTargetForYear(trajectory, year(m)));
  return { target: annual.map((t) => t / 12), rolling12Target: annual };
}

/**
 * The analyst's baseline and recalculation months as indices into the series from `first` to `last` (month indices).
 * A recalculation between the data's first month and `first` began a segment that ends before the months charted.
 */
function spcOptionsOf(kpi: Kpi, first: number, last: number, dataFirst: number): { options: Pick<SpcOptions, "baseline" | "recalculateAt">; issues: Issue[] } {
  const setting = kpi.spc;
  if (!setting) return { options: {}, issues: [] };
  const issues: Issue[] = [];
  const span = [formatMonthLabel(monthFromIndex(dataFirst)), formatMonthLabel(monthFromIndex(last))] as const;
  const recalculateAt: number[] = [];
  for (const m of setting.recalculateFrom) {
    const i = monthIndex(m);
    if (i >= first && i <= last) recalculateAt.push(i - first);
    else if (i < dataFirst || i > last) issues.push(issue("SPC_CHANGE_OUTSIDE_DATA", setting.source, kpi.name, formatMonthLabel(m), ...span));
  }
  let baseline: SpcBaselineSpec | null = null;
  const b = setting.baseline;
  if (b?.kind === "first-points") baseline = b;
  else if (b?.kind === "period") {
    const from = Math.max(monthIndex(b.from), first);
    const to = Math.min(monthIndex(b.to), last);
    if (from <= to) baseline = { kind: "range", start: from - first, end: to - first };
    else issues.push(issue("SPC_BASELINE_OUTSIDE_DATA", setting.source, kpi.name, `${formatMonthLabel(b.from)} to ${formatMonthLabel(b.to)}`, ...span));
  }
  return { options: { baseline, recalculateAt }, issues };
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

/** The quarter an analyst's notes and theme RAGs for the period are kept under: the one its last month falls in. */
function quarterOf(period: Period, startMonth: number): Quarter {
  return period.kind === "quarter" ? period : getFiscalQuarter(getPeriodEndMonth(period, startMonth), startMonth);
}

/** A period's label, as a table wrote the same months where one did (`Oct-Dec 2022`), else the scorecard's. */
function labelFromData(period: Period, index: MeasurementIndex, startMonth: number): string {
  if (period.kind === "span") {
    const { first, last } = getPeriodMonths(period, startMonth);
    for (const kpi of index.values()) {
      const found = kpi.whole?.spans.get(first)?.find((s) => s.last === last);
      if (found) return formatPeriodLabel(found.period, startMonth);
    }
  }
  return formatPeriodLabel(period, startMonth);
}

/** No value for the period, a figure too large to hold, or a figure that covers only part of its window. */
function dataIssues(kpi: Kpi, figures: ComparisonFigures): Issue[] {
  if (figures.current === null) return [issue("KPI_NO_DATA", kpi.source, kpi.name, figures.currentLabel)];
  const found: Issue[] = [];
  // Values near Excel's largest number add up past what a number holds (Infinity), which would show as "No data".
  for (const [value, label] of [[figures.current, figures.currentLabel], [figures.previous, figures.previousLabel]] as const) {
    if (value !== null && !Number.isFinite(value)) found.push(issue("FIGURE_OVERFLOW", kpi.source, kpi.name, label));
  }
  const partial = (coverage: ComparisonFigures["currentCoverage"], label: string, value: number | null) => {
    if (coverage && value !== null && coverage.monthsCovered < coverage.monthsInWindow) {
      found.push(
        issue("KPI_PARTIAL_DATA", kpi.source, kpi.name, label, String(coverage.monthsCovered), String(coverage.monthsInWindow)),
      );
    }
  };
  partial(figures.currentCoverage, figures.currentLabel, figures.current);
  partial(figures.previousCoverage, figures.previousLabel, figures.previous);
  // An average of several values taken plainly: said once, for the figure the scorecard reports.
  const plain = [figures.currentCoverage, figures.previousCoverage].some((c) => c?.weighting === "unweighted");
  if (plain) {
    if (kpi.weightedBy !== undefined) found.push(issue("AVERAGE_WEIGHT_MISSING", kpi.source, kpi.name, kpi.weightedBy));
    else found.push(issue("AVERAGE_UNWEIGHTED", kpi.source, kpi.name, figures.currentLabel));
  }
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
