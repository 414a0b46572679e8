/**
 * The `--json` output of the command line: the computed scorecard as plain figures, for checking against a
 * published report or feeding another tool. Numbers are unrounded; `null` means n/a.
 */
import type { Issue } from "../model/issue";
import type { CommentaryDrafts } from "../model/drafts";
import type { RagStatus } from "../model/kpi";
import { getPeriodMonths } from "../calc/getPeriodMonths";
import type { Month, Period } from "../model/period";
import { monthFromIndex } from "../model/period";
import type { MonthlySeries, ScorecardResults, SpcCause, SpcRule } from "../model/results";

/** SPC rules as `--json` names them: a point beyond a limit is "astronomical", as MDC calls it. */
export type SpcRuleJson = "astronomical" | "shift" | "trend" | "two-of-three";

/**
 * A KPI's SPC: the limits its latest point is judged against (`null` with too few points), the months they come
 * from, and every point a rule marks.
 */
export interface SpcJson {
  readonly mean: number | null;
  readonly lowerLimit: number | null;
  readonly upperLimit: number | null;
  /** `YYYY-MM` */
  readonly baseline: { readonly from: string; readonly to: string } | null;
  readonly signals: readonly { readonly period: string; readonly rules: readonly SpcRuleJson[]; readonly cause: SpcCause }[];
}

export interface ResultsJson {
  /**
   * What the scorecard reports, labelled as the scorecard is titled (`Q2 2013-14`, or as the table labels it:
   * `Oct-Dec 2023`, `12 months to Apr-15`), its months (`2013-07` to `2013-09`), and the period before.
   */
  readonly period: {
    readonly label: string;
    readonly kind: Period["kind"];
    readonly firstMonth: string;
    readonly lastMonth: string;
    readonly previous: string;
    readonly yearToDate: string;
    readonly year: string;
    readonly previousYear: string;
  };
  readonly kpis: readonly {
    readonly id: string;
    readonly priority: string;
    readonly name: string;
    readonly parentId: string | null;
    readonly unit: string;
    readonly polarity: string;
    readonly target: string;
    readonly previousLabel: string;
    readonly currentLabel: string;
    readonly previous: number | null;
    readonly current: number | null;
    readonly change: number | null;
    readonly changePercent: number | null;
    readonly changePoints: number | null;
    /** What the figures give, where the change shown is the one the table publishes. */
    readonly computedChange?: { readonly change: number | null; readonly changePercent: number | null; readonly changePoints: number | null };
    readonly rag: RagStatus | null;
    readonly ragBasis: string;
    readonly ragReason: string;
    readonly previousRag: RagStatus | null;
    readonly trend: string | null;
    readonly trendAssessment: string | null;
    readonly variation: string | null;
    readonly assurance: string | null;
    /** `null` without monthly data. */
    readonly spc: SpcJson | null;
    readonly trajectory: ScorecardResults["kpis"][number]["trajectory"];
    readonly commentary: string;
    /** The first draft of the KPI's commentary, made from these figures (the Suggested commentary column). */
    readonly draftCommentary: string;
  }[];
  /** Drafted summaries: the whole scorecard's, and one per priority in the scorecard's order. */
  readonly summary: { readonly scorecard: string; readonly sections: CommentaryDrafts["sections"] };
  readonly themes: ScorecardResults["themes"];
  readonly exceptions: ScorecardResults["exceptions"];
  readonly finance: readonly {
    readonly line: string;
    readonly group: string;
    readonly kind: string;
    readonly budgetYtd: number | null;
    readonly actualYtd: number | null;
    /** As published where the table has it, else computed; `computed...` is the arithmetic, a check. */
    readonly varianceYtd: number | null;
    readonly budgetFullYear: number | null;
    readonly projectionFullYear: number | null;
    readonly varianceFullYear: number | null;
    readonly computedVarianceYtd: number | null;
    readonly computedVarianceFullYear: number | null;
  }[];
  readonly issues: readonly Issue[];
}

/** @example JSON.stringify(toResultsJson(outcome.results, outcome.drafts), null, 2) */
export function toResultsJson(results: ScorecardResults, drafts: CommentaryDrafts): ResultsJson {
  const drafted = new Map(drafts.kpis.map((d) => [d.kpiId, d.text]));
  return {
    period: {
      label: results.periodLabel,
      kind: results.period.kind,
      ...monthsOf(results),
      previous: results.previousPeriodLabel,
      yearToDate: results.ytdLabel,
      year: results.yearLabel,
      previousYear: results.previousYearLabel,
    },
    kpis: results.kpis.map((r) => ({
      id: r.kpi.id,
      priority: r.kpi.priority,
      name: r.kpi.name,
      parentId: r.kpi.parentId,
      unit: r.kpi.unit,
      polarity: r.kpi.polarity,
      target: r.kpi.targetText,
      previousLabel: r.previousLabel,
      currentLabel: r.currentLabel,
      previous: r.previous,
      current: r.current,
      change: r.change.actual,
      changePercent: r.change.percent,
      changePoints: r.change.points,
      ...(r.computedChange ? { computedChange: { change: r.computedChange.actual, changePercent: r.computedChange.percent, changePoints: r.computedChange.points } } : {}),
      rag: r.rag.status,
      ragBasis: r.rag.basis,
      ragReason: r.rag.reason,
      previousRag: r.previousRag.status,
      trend: r.trend.direction,
      trendAssessment: r.trend.assessment,
      variation: r.monthly?.spc.variation ?? null,
      assurance: r.monthly?.spc.assurance ?? null,
      spc: r.monthly ? spcJson(r.monthly) : null,
      trajectory: r.trajectory,
      commentary: r.commentary,
      draftCommentary: drafted.get(r.kpi.id) ?? "",
    })),
    summary: { scorecard: drafts.scorecard, sections: drafts.sections },
    themes: results.themes,
    exceptions: results.exceptions,
    finance: results.finance.map((f) => ({
      line: f.line.line,
      group: f.line.group,
      kind: f.line.kind,
      budgetYtd: f.line.budgetYtd,
      actualYtd: f.line.actualYtd,
      varianceYtd: f.varianceYtd,
      budgetFullYear: f.line.budgetFullYear,
      projectionFullYear: f.line.projectionFullYear,
      varianceFullYear: f.varianceFullYear,
      computedVarianceYtd: f.computedVarianceYtd,
      computedVarianceFullYear: f.computedVarianceFullYear,
    })),
    issues: results.issues,
  };
}

function monthsOf(results: ScorecardResults): { firstMonth: string; lastMonth: string } {
  const { first, last } = getPeriodMonths(results.period, results.settings.fiscalYearStartMonth);
  return { firstMonth: isoMonth(monthFromIndex(first)), lastMonth: isoMonth(monthFromIndex(last)) };
}

function spcJson(monthly: MonthlySeries): SpcJson {
  const { spc, months } = monthly;
  // The segment whose limits judge the latest point.
  const current = spc.limits ? spc.segments.find((s) => s.limits === spc.limits) : undefined;
  const month = (i: number) => (months[i] ? isoMonth(months[i]) : "");
  return {
    mean: spc.limits?.mean ?? null,
    lowerLimit: spc.limits?.lower ?? null,
    upperLimit: spc.limits?.upper ?? null,
    baseline: current ? { from: month(current.baseline.start), to: month(current.baseline.end) } : null,
    signals: spc.points.flatMap((p, i) => (p.cause === null ? [] : [{ period: month(i), rules: p.rules.map(ruleJson), cause: p.cause }])),
  };
}

function ruleJson(rule: SpcRule): SpcRuleJson {
  switch (rule) {
    case "beyond-limit":
      return "astronomical";
    case "shift":
    case "trend":
    case "two-of-three":
      return rule;
    default: {
      const unreachable: never = rule;
      return unreachable;
    }
  }
}

function isoMonth(m: Month): string {
  return `${m.year}-${String(m.month).padStart(2, "0")}`;
}
