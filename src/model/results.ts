/**
 * What the calculations produce: plain data, one record per KPI, theme, finance line and exception.
 * Layout turns it into a plan; the command line writes it as JSON.
 */
import type { Issue } from "./issue";
import type { FinanceLine, Kpi, RagStatus, Settings } from "./kpi";
import type { Month, Period } from "./period";

/**
 * Change between two figures. `null` means "n/a": a figure is missing, or a percentage of zero.
 * - `actual`: current - previous, in the KPI's unit (for percentages this is the points difference).
 * - `percent`: actual / |previous| x 100, for counts, money and other amounts.
 * - `points`: percentage-point difference, only for percentage KPIs (seed 000: 21.1% -> 25.2% is 4.1).
 */
export interface Change {
  readonly actual: number | null;
  readonly percent: number | null;
  readonly points: number | null;
}

/** How a RAG was reached; `override` when an analyst's judgement replaced the computed one. */
export type RagBasis = "target" | "change-target" | "direction" | "grade" | "trajectory" | "override" | "none";

export interface RagResult {
  /** `null` when the KPI cannot be judged (no target, `TBC`, no data, a rank without a league table). */
  readonly status: RagStatus | null;
  readonly basis: RagBasis;
  /** What the figures alone say, kept when an analyst overrides it. */
  readonly computed: RagStatus | null;
  /** One line a reader can check: "25.2% against ≥ 25.5%: within 5% tolerance". */
  readonly reason: string;
}

export type TrendDirection = "up" | "down" | "flat";
export type TrendAssessment = "improving" | "worsening" | "neutral";

/** The trend mark against the previous period: its direction, and whether that is good given the polarity. */
export interface Trend {
  readonly direction: TrendDirection | null;
  readonly assessment: TrendAssessment | null;
}

export type SpcRule = "beyond-limit" | "shift" | "trend" | "two-of-three";

export interface ControlLimits {
  readonly mean: number;
  readonly meanMovingRange: number;
  readonly upper: number;
  readonly lower: number;
  /** The 2-sigma lines (mean +/- 1.773 x mean moving range), for the two-of-three rule. */
  readonly upperWarning: number;
  readonly lowerWarning: number;
}

export type SpcCause = "improvement" | "concern" | "neither";

export interface SpcPoint {
  readonly value: number | null;
  /** Rules whose breaching pattern includes this point. */
  readonly rules: readonly SpcRule[];
  /** `null` for common-cause variation. */
  readonly cause: SpcCause | null;
}

export type VariationMark = "common-cause" | "special-cause-improving" | "special-cause-concerning" | "special-cause-neither";
export type AssuranceMark = "consistently-passing" | "consistently-failing" | "hit-and-miss";

/**
 * A stretch of the series judged against one set of limits: the whole series, or the part from a recalculation the
 * analyst recorded to the next. Indices are into the series' months, inclusive.
 */
export interface SpcSegment {
  readonly start: number;
  readonly end: number;
  /** Why the segment starts where it does: the series' first month, or a recalculation the analyst recorded. */
  readonly startsWith: "series" | "recalculation";
  /** The points the limits come from (all of the segment, or the analyst's baseline within it). */
  readonly baseline: { readonly start: number; readonly end: number };
  /** `null` when the baseline has fewer than 12 values. */
  readonly limits: ControlLimits | null;
  /** Values in the baseline, to say how many more are needed when there are too few. */
  readonly baselineValues: number;
}

/** A sustained shift that has lasted to the latest point: the limits may be worth recalculating from `index`. */
export interface SpcRecalculationProposal {
  readonly index: number;
  /** Points in the run so far. */
  readonly points: number;
  readonly side: "above" | "below";
}

export interface SpcResult {
  /** The limits the latest point is judged against (its segment's); `null` with too few points to judge. */
  readonly limits: ControlLimits | null;
  readonly points: readonly SpcPoint[];
  /** Reads the latest point; `null` with too few points to judge. */
  readonly variation: VariationMark | null;
  /** Compares the target with the limits; `null` without a level target, or while a recalculation is proposed. */
  readonly assurance: AssuranceMark | null;
  /** The segments in order; one unless the analyst recorded a recalculation. */
  readonly segments: readonly SpcSegment[];
  /** Values in the series, and how many MDC asks for before it shows limits and icons (13). */
  readonly valueCount: number;
  readonly minimumValues: number;
  /** A recalculation to propose to the analyst (never applied by the tool); `null` when nothing calls for one. */
  readonly proposal: SpcRecalculationProposal | null;
}

/** How the charts' rolling 12-month line rolls months up: see `MonthlySeries.rolling`. */
export type RollingKind = "total" | "average" | "weighted-average";

export interface MonthlySeries {
  readonly months: readonly Month[];
  readonly values: readonly (number | null)[];
  /** Sum of the 12 months to each month; `null` until 12 months are available or over a gap. */
  readonly rolling12: readonly (number | null)[];
  readonly rolling6: readonly (number | null)[];
  /**
   * The charts' rolling 12-month line, as the KPI's months roll up: the `total` of KPIs that add up; for means, rates
   * and levels the `average` of the 12 months, a `weighted-average` by the count the KPI names (`Kpi.weightedBy`:
   * total time over incidents); `null` for a percentile or median, which is never averaged. `null` values until 12
   * months (and their counts) are there, and over a gap.
   */
  readonly rolling: { readonly kind: RollingKind; readonly values: readonly (number | null)[] } | null;
  readonly spc: SpcResult;
  /**
   * The target each month's value is held to, for the charts: a level target where months compare with it (KPIs
   * that average or take the latest month), or a trajectory's target for the year spread over its 12 months.
   * Absent, or `null` in a month, where there is none.
   */
  readonly target?: readonly (number | null)[];
  /** The target of the rolling 12 months: a trajectory's target for the year of the month, or a level target as above. */
  readonly rolling12Target?: readonly (number | null)[];
}

export interface TrajectoryResult {
  /** The target for the year the quarter falls in, after the annual change from the baseline. */
  readonly targetForYear: number;
  readonly yearLabel: string;
  readonly actualToDate: number;
  /** Year-end figure if the run rate so far continues. */
  readonly projectedYearEnd: number;
  readonly onTrack: boolean;
  /** The year before, for seed 000's "the target figure in 2012 (362 actual) ... was not met, with a total of 393"
   * and "48 fewer casualties than ... the same period in 2012". */
  readonly lastYear: {
    readonly yearLabel: string;
    readonly target: number;
    /** The whole year's total; `null` unless every month has a value. */
    readonly actual: number | null;
    /** The same months as `actualToDate`; `null` when any of them has no value. */
    readonly actualToDate: number | null;
  };
}

export interface KpiResult {
  readonly kpi: Kpi;
  readonly current: number | null;
  readonly previous: number | null;
  /** What `current` and `previous` cover, e.g. `Apr - Sep 2013/14` and `Apr - Sep 2012/13`. */
  readonly currentLabel: string;
  readonly previousLabel: string;
  /** The change shown: as published where the KPI's table prints one for these figures, else computed. */
  readonly change: Change;
  /** The change the figures give, a check on a published one; present only where `change` is published. */
  readonly computedChange?: Change;
  /** Against the baseline when the KPI has one (seed 002: "from 2019 baseline"). */
  readonly changeFromBaseline: Change | null;
  readonly rag: RagResult;
  /** The RAG the previous period's figures earned, for "this period against last". */
  readonly previousRag: RagResult;
  readonly trend: Trend;
  readonly monthly: MonthlySeries | null;
  readonly trajectory: TrajectoryResult | null;
  readonly commentary: string;
}

export interface ThemeResult {
  readonly priority: string;
  readonly name: string;
  readonly current: RagStatus | null;
  readonly previous: RagStatus | null;
  readonly commentary: string;
}

export interface ExceptionResult {
  readonly kpiId: string;
  readonly kpiName: string;
  readonly segment: string;
  readonly previous: number;
  readonly current: number;
  readonly change: Change;
  /** How many of the KPI's segments had both figures and were compared ("3 sections out of 11"). */
  readonly segmentsCompared: number;
}

export interface FinanceLineResult {
  readonly line: FinanceLine;
  /** The variance the scorecard shows: as the finance officer published it where the table has one, else computed. */
  readonly varianceYtd: number | null;
  readonly varianceFullYear: number | null;
  /** Actual (or projection) - budget from the figures: a check on the published variance, never shown over it. */
  readonly computedVarianceYtd: number | null;
  readonly computedVarianceFullYear: number | null;
}

export interface ScorecardResults {
  /** What the scorecard reports: a fiscal quarter for monthly data, else the period the tables give. */
  readonly period: Period;
  /** As the scorecard is titled: `Q2 2013-14`, or as the table labels it: `Oct-Dec 2023`, `12 months to Apr-15`, `2014/15`. */
  readonly periodLabel: string;
  /** As output sheet names carry it (short, no `/`): `Q2 2013-14`, `12m to Apr-15`, `2014-15`. */
  readonly sheetLabel: string;
  /** The months of the fiscal year to the period's end: `Apr - Sep`. */
  readonly ytdLabel: string;
  /** The fiscal year the period ends in, `2013/14`, and the one before. */
  readonly yearLabel: string;
  readonly previousYearLabel: string;
  /** The report period before, for "this period against last". */
  readonly previousPeriod: Period;
  readonly previousPeriodLabel: string;
  readonly settings: Settings;
  readonly kpis: readonly KpiResult[];
  readonly themes: readonly ThemeResult[];
  readonly exceptions: readonly ExceptionResult[];
  readonly finance: readonly FinanceLineResult[];
  readonly issues: readonly Issue[];
}
