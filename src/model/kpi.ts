/**
 * The typed model every workbook is normalised into. Ingest produces it; calc and layout read it.
 * Numbers are stored in the unit analysts think in: a percentage of 25.5% is `25.5`, money is whole pounds,
 * a duration is in its KPI's `timeUnit` (minutes unless the workbook writes another: `34 days`), a grade is a score
 * from 1 (Inadequate) to 5 (Outstanding).
 */
import type { Issue } from "./issue";
import type { Month, Period, Quarter } from "./period";

/** Where a fact came from, so every figure and every issue can be traced to a cell. */
export interface SourceRef {
  readonly sheet: string;
  readonly cell: string;
}

export type Unit = "count" | "percent" | "currency" | "rate" | "duration" | "score" | "grade";
export const UNITS: readonly Unit[] = ["count", "percent", "currency", "rate", "duration", "score", "grade"];

/** The unit a duration KPI's figures are kept and shown in: the one the workbook writes (`18 seconds`, `34 days`). */
export type TimeUnit = "seconds" | "minutes" | "hours" | "days" | "weeks";
export const TIME_UNITS: readonly TimeUnit[] = ["seconds", "minutes", "hours", "days", "weeks"];

/** How figures in each time unit are labelled on the scorecard: `34 days`, `6.5 mins`, `18 secs`. */
export const TIME_UNIT_SUFFIX: Readonly<Record<TimeUnit, string>> = { seconds: "secs", minutes: "mins", hours: "hrs", days: "days", weeks: "weeks" };

/** Minutes in one of each time unit: ingest reads durations as minutes and keeps them in the KPI's own unit. */
export const MINUTES_PER: Readonly<Record<TimeUnit, number>> = { seconds: 1 / 60, minutes: 1, hours: 60, days: 1440, weeks: 10080 };

export type Polarity = "higher-is-better" | "lower-is-better" | "neutral";
export const POLARITIES: readonly Polarity[] = ["higher-is-better", "lower-is-better", "neutral"];

/** How monthly values roll up into a quarter, a year to date or another span of months. */
export type Aggregation = "sum" | "average" | "last";
export const AGGREGATIONS: readonly Aggregation[] = ["sum", "average", "last"];

/**
 * What kind of summary a KPI's figures are, as its name says: a `mean` (or average), which rolls up weighted by its
 * count where one is named, or a `percentile` (or median), which is never averaged.
 */
export type Statistic = "mean" | "percentile";

/**
 * Which figure the scorecard reports and what it is compared with.
 * - `ytd` against `same-period-last-year`: seed 000's "Apr - Sep 2012/13 vs 2013/14".
 * - `quarter` against `previous-period`: the report period's months (a quarter, or the span a table gives) against
 *   the same length just before.
 * - `latest` against `previous-period`: the figure for the report period, else the newest before it, against the one
 *   of the same length before it (published tables as they give their figures; surveys; "note periods differ").
 */
export type ReportWindow = "ytd" | "quarter" | "latest";
export type ComparisonBasis = "same-period-last-year" | "previous-period";
export interface Comparison {
  readonly window: ReportWindow;
  readonly against: ComparisonBasis;
}

export type Comparator = ">=" | "<=" | ">" | "<" | "=";

/** Inspection grades, best first (HMICFRS, Ofsted, CQC use this scale). Scores: Outstanding 5 ... Inadequate 1. */
export type Grade = "outstanding" | "good" | "adequate" | "requires-improvement" | "inadequate";
export const GRADES: readonly Grade[] = ["outstanding", "good", "adequate", "requires-improvement", "inadequate"];

/** A target as published, parsed. The text it came from is kept on the KPI as `targetText`. */
export type Target =
  | { readonly kind: "none" }
  | { readonly kind: "to-be-confirmed" }
  /** A level the value must reach, in the KPI's unit: `≥ 25.5%`, `≤ 2%`, `≥ 95%`. */
  | { readonly kind: "level"; readonly comparator: Comparator; readonly value: number }
  /** A percentage change against the comparison period: `≥ 1%` on a count that should fall is a 1% reduction. */
  | {
      readonly kind: "change";
      readonly comparator: Comparator;
      readonly percent: number;
      readonly direction: "reduction" | "increase";
    }
  /** Direction only: `↑`, `↓`. Judged on the direction of change. */
  | { readonly kind: "direction"; readonly direction: "up" | "down" }
  /** A league position: `≥ 3rd in MSG`. Needs a rank to judge. */
  | { readonly kind: "rank"; readonly comparator: Comparator; readonly position: number; readonly group: string }
  /** An inspection grade to reach: `ADQ.`, `Good`. */
  | { readonly kind: "grade"; readonly grade: Grade }
  /** Text that could not be understood; reported as an issue and never judged. */
  | { readonly kind: "unparsed"; readonly text: string };

export type TargetKind = Target["kind"];

/**
 * A target that moves by a fixed percentage a year from a baseline (seed 000: Dorset Road Safe's KSI target,
 * 4% a year from the 2005-09 average).
 */
export interface Trajectory {
  readonly baselineValue: number;
  /** The year the baseline stands for; the first year of change is the one after it. */
  readonly baselineYear: number;
  /** Road-safety partnerships set calendar-year targets even where the force reports by fiscal year. */
  readonly yearBasis: "calendar" | "fiscal";
  /** Percentage change per year; negative for a reduction, e.g. -4. */
  readonly annualChangePercent: number;
}

export interface Baseline {
  readonly value: number;
  /** How analysts name it: `2019 baseline`. */
  readonly label: string;
}

/**
 * A change a published table prints beside a KPI's figures (`+ 97,589`, `- 5.0%`; seed 000's Change Actual |
 * Percentage): shown as published, the computed change a check on it. `currentValue` and `previousValue` are the
 * figures it compares, so calc applies it only to that comparison.
 */
export interface PublishedChange {
  readonly actual: number | null;
  /** A percentage change; for a percentage KPI the table may mean points (`4.1%` for 21.1% -> 25.2%): calc decides. */
  readonly percent: number | null;
  readonly points: number | null;
  readonly currentValue: number;
  readonly previousValue: number;
  /** The cells as published, for the check's messages, with the rounding each allows (half its last place). */
  readonly cells: readonly PublishedChangeCell[];
}

export interface PublishedChangeCell {
  readonly kind: "actual" | "percent" | "points";
  readonly text: string;
  /** Half the last place it is published to: `- 5.0%` 0.05, `+ 97,589` 0.5, `£1.7m` 50,000. */
  readonly rounding: number;
  /** Decimal places it is published with, for writing the computed figure the same way. */
  readonly decimals: number;
  readonly source: SourceRef;
}

/** Where a KPI's SPC limits come from, as the analyst sets it (MDC: a baseline of the first 12-20 points). */
export type SpcBaseline =
  | { readonly kind: "first-points"; readonly count: number }
  | { readonly kind: "period"; readonly from: Month; readonly to: Month };

/** The analyst's word on a KPI's SPC limits: a baseline, and months from which the process changed. */
export interface SpcLimitsSetting {
  /** `null`: every point (of each segment). */
  readonly baseline: SpcBaseline | null;
  /** Months from which the limits are recalculated (a change the analyst recorded), in order. */
  readonly recalculateFrom: readonly Month[];
  /** The cell (or mapping entry) that said so. */
  readonly source: SourceRef;
}

export interface Kpi {
  /** The analyst's ID; or, where the workbook gives none, a key made from the name (see `generatedId`). */
  readonly id: string;
  /**
   * `true` when the workbook gave no ID and ingest made `id` from the name (`violence-with-injury`): a key for
   * measurements, mappings and rebuilds, never printed on the scorecard or charts.
   */
  readonly generatedId?: boolean;
  /** The priority, pillar or theme it reports under; the scorecard has a section per priority. */
  readonly priority: string;
  readonly name: string;
  /** A sub-indicator such as "Sanction Detection Rate" under "Dwelling Burglary" names its parent. */
  readonly parentId: string | null;
  readonly unit: Unit;
  /** A duration's time unit; minutes when absent. Other units have none. */
  readonly timeUnit?: TimeUnit;
  readonly polarity: Polarity;
  readonly aggregation: Aggregation;
  readonly comparison: Comparison;
  readonly target: Target;
  /** The target exactly as published, shown on the scorecard. */
  readonly targetText: string;
  /** Amber band as a percentage of the target (or of the previous value for change targets); `null` = settings default. */
  readonly tolerance: number | null;
  readonly baseline: Baseline | null;
  readonly trajectory: Trajectory | null;
  readonly owner: string | null;
  /** Decimal places to show; `null` lets the unit decide. */
  readonly decimals: number | null;
  /**
   * A mean or rate's count (`Category 1 incidents` for `Category 1 mean response time`, a rate's denominator), by KPI
   * id: months and spans roll up weighted by it. Given in the register or the mapping, never assumed.
   */
  readonly weightedBy?: string;
  /** A mean or a percentile, as its name (or its table's caption) says; absent for counts, rates and the rest. */
  readonly statistic?: Statistic;
  /** The change its table publishes for its latest figures, where it has one. */
  readonly publishedChange?: PublishedChange;
  /** SPC baseline and recalculations; absent: limits from every point, never recalculated. */
  readonly spc?: SpcLimitsSetting;
  readonly source: SourceRef;
}

export interface Measurement {
  readonly kpiId: string;
  readonly period: Period;
  /** `null` when the cell held a recognised no-data marker (`n/a`, `--`, `TBC`); `text` keeps what it said. */
  readonly value: number | null;
  readonly text?: string;
  /** Area, section or department for exception reporting; `null` for the whole-organisation figure. */
  readonly segment: string | null;
  readonly source: SourceRef;
}

/**
 * Measurements in order, as ingest keeps them: read one by one and counted, never indexed or filtered in place (a
 * workbook's millions are kept in columns, `MeasurementColumns`, not as millions of objects). An array is one.
 */
export interface MeasurementList extends Iterable<Measurement> {
  readonly length: number;
  /**
   * Each measurement in order as one object reused from call to call, its `source` made only when asked: how calc
   * reads millions of figures without making an object for each. A reader keeps figures and sources, never the object.
   */
  forEachReused?(visit: (m: Measurement) => void): void;
}

/**
 * Visits each measurement of `list` in order, through its `forEachReused` where it has one: `visit` must not keep
 * the object it is given (its figures and `source` it may).
 * @example forEachMeasurement(model.measurements, (m) => { if (m.value !== null) total += m.value; });
 */
export function forEachMeasurement(list: MeasurementList, visit: (m: Measurement) => void): void {
  if (list.forEachReused) list.forEachReused(visit);
  else for (const m of list) visit(m);
}

export type RagStatus = "green" | "amber" | "red";
export const RAG_STATUSES: readonly RagStatus[] = ["green", "amber", "red"];

/** An analyst's word on a KPI for a quarter: a RAG that overrides the computed one, and commentary. */
export interface KpiNote {
  readonly kpiId: string;
  readonly quarter: Quarter;
  readonly ragOverride: RagStatus | null;
  readonly commentary: string;
  readonly source: SourceRef;
}

export interface ThemeAssessment {
  readonly quarter: Quarter;
  readonly rag: RagStatus | null;
  readonly commentary: string;
  readonly source: SourceRef;
}

/** A theme under a priority or pillar, judged by an analyst each quarter (seed 002). */
export interface Theme {
  readonly priority: string;
  readonly name: string;
  readonly assessments: readonly ThemeAssessment[];
}

export type FinanceRowKind = "line" | "total" | "grand-total";

/** A row of the finance table: £ as published (seed 000 uses £000s; `Settings.financeScale` says which). */
export interface FinanceLine {
  readonly line: string;
  readonly group: string;
  readonly kind: FinanceRowKind;
  readonly budgetYtd: number | null;
  readonly actualYtd: number | null;
  readonly budgetFullYear: number | null;
  readonly projectionFullYear: number | null;
  /** Variances as the analyst published them, when the sheet has them: checked against the arithmetic. */
  readonly publishedVarianceYtd: number | null;
  readonly publishedVarianceFullYear: number | null;
  readonly source: SourceRef;
}

export interface RagLabels {
  readonly green: string;
  readonly amber: string;
  readonly red: string;
}

export interface Settings {
  readonly organisation: string;
  readonly reportTitle: string;
  /** 1-12; 4 (April) for UK public bodies. */
  readonly fiscalYearStartMonth: number;
  readonly ragLabels: RagLabels;
  /** Default amber band, percent of target. */
  readonly defaultTolerancePercent: number;
  /** A segment is an exception when its change is adverse by more than this percentage. */
  readonly exceptionThresholdPercent: number;
  /** Points in a run that signal a shift in SPC: 7 by default, 6 selectable (NHS "Making Data Count"). */
  readonly spcShiftLength: 6 | 7;
  /** Screen moving-range outliers before the limits, as NHSRplotthedots does by default; MDC's Excel tool does not. */
  readonly spcScreenOutliers: boolean;
  /** Caption for money in the finance table, e.g. `£000's`. */
  readonly financeUnitLabel: string;
  readonly currencySymbol: string;
  /** Most KPIs to chart: a scorecard of 2,000 KPIs needs their figures, not 4,000 charts. */
  readonly chartLimit: number;
  /** Write the drafted commentary into a KPI's Commentary when it has none (never over an analyst's). Off by default:
   * the draft is always in its own column. */
  readonly fillCommentaryFromDraft: boolean;
}

export const DEFAULT_SETTINGS: Settings = {
  organisation: "",
  reportTitle: "Quarterly performance scorecard",
  fiscalYearStartMonth: 4,
  ragLabels: { green: "Green", amber: "Amber", red: "Red" },
  defaultTolerancePercent: 5,
  exceptionThresholdPercent: 5,
  spcShiftLength: 7,
  spcScreenOutliers: false,
  financeUnitLabel: "£000's",
  currencySymbol: "£",
  chartLimit: 40,
  fillCommentaryFromDraft: false,
};

/** Everything ingest understood about a workbook, and everything it could not. */
export interface KpiModel {
  readonly settings: Settings;
  readonly kpis: readonly Kpi[];
  readonly measurements: MeasurementList;
  readonly notes: readonly KpiNote[];
  readonly themes: readonly Theme[];
  readonly finance: readonly FinanceLine[];
  readonly issues: readonly Issue[];
}
