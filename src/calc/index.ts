/**
 * calc: the model and a quarter in, results out. Pure functions, one per file; `calculateScorecard` is the
 * orchestrator and reads top to bottom.
 */
export { aggregateValues } from "./aggregateValues";
export { aggregateWindow } from "./aggregateWindow";
export type { WindowFigure } from "./aggregateWindow";
export { calculateScorecard } from "./calculateScorecard";
export type { CalculateScorecardOptions } from "./calculateScorecard";
export { computeChange } from "./computeChange";
export { computeComparisonFigures } from "./computeComparisonFigures";
export type { ComparisonFigures } from "./computeComparisonFigures";
export { computeControlLimits, MIN_BASELINE_POINTS } from "./computeControlLimits";
export type { ControlLimitsOptions } from "./computeControlLimits";
export { computeFinance } from "./computeFinance";
export type { FinanceResult } from "./computeFinance";
export { computeRag } from "./computeRag";
export type { ComputeRagInput } from "./computeRag";
export { computeRollingTotals } from "./computeRollingTotals";
export { computeSpc, MIN_SPC_POINTS } from "./computeSpc";
export type { LevelTarget, SpcBaselineSpec, SpcOptions } from "./computeSpc";
export { computeTrajectory } from "./computeTrajectory";
export { computeTrend } from "./computeTrend";
export { detectSpecialCauses, TREND_LENGTH } from "./detectSpecialCauses";
export { findExceptions } from "./findExceptions";
export { formatFiscalYearLabel } from "./formatFiscalYearLabel";
export { formatMonthLabel } from "./formatMonthLabel";
export { formatMonthRangeLabel } from "./formatMonthRangeLabel";
export { formatMonthsLabel } from "./formatMonthsLabel";
export { formatPeriodLabel } from "./formatPeriodLabel";
export { formatSheetPeriodLabel } from "./formatSheetPeriodLabel";
export { formatQuarterLabel } from "./formatQuarterLabel";
export { firstChartedMonth } from "./firstChartedMonth";
export { getChartWindow, ROLLING_LEAD_MONTHS } from "./getChartWindow";
export { getFiscalQuarter } from "./getFiscalQuarter";
export { getFiscalYear } from "./getFiscalYear";
export { getPeriodEndMonth } from "./getPeriodEndMonth";
export { getPeriodMonths } from "./getPeriodMonths";
export type { MonthRange } from "./getPeriodMonths";
export { getPreviousPeriod } from "./getPreviousPeriod";
export { getQuarterMonths } from "./getQuarterMonths";
export { getSameQuarterLastYear } from "./getSameQuarterLastYear";
export { indexMeasurements, monthValue } from "./indexMeasurements";
export type { IndexMeasurementsOptions, KpiMeasurements, MeasurementIndex, PeriodSeries, SpanValue } from "./indexMeasurements";
export { listReportPeriods } from "./listReportPeriods";
export type { ReportPeriodOption, ReportPeriods } from "./listReportPeriods";
export { periodKey } from "./periodKey";
export { cleanFloat } from "./cleanFloat";
export {
  fiscalYearStartMonthIndex,
  normaliseStartMonth,
  quarterFromIndex,
  quarterIndex,
  quarterIndexOfMonth,
  quarterStartMonthIndex,
} from "./quarterIndex";
export { spcAssuranceTarget } from "./spcAssuranceTarget";
