import type { Issue } from "../model/issue";
import type { KpiResult, ScorecardResults } from "../model/results";
import { issue } from "../messages";

export interface ChartSelection {
  readonly charted: readonly KpiResult[];
  /** A note for the data issues sheet when some KPIs with monthly data go uncharted. */
  readonly note: Issue | null;
}

/** A chart of one or two points (a column of one bar, a control chart of one dot) says nothing a figure does not. */
export const MIN_CHART_POINTS = 3;

/**
 * The KPIs that get charts: those with at least 3 monthly values, in scorecard order, up to `settings.chartLimit`.
 * @example selectChartedKpis(results).charted.length <= results.settings.chartLimit
 */
export function selectChartedKpis(results: ScorecardResults): ChartSelection {
  const withSeries = results.kpis.filter((r) => r.monthly !== null && r.monthly.values.filter((v) => v !== null).length >= MIN_CHART_POINTS);
  const limit = Math.max(0, Math.floor(results.settings.chartLimit));
  if (withSeries.length <= limit) return { charted: withSeries, note: null };
  return {
    charted: withSeries.slice(0, limit),
    note: issue("CHARTS_LIMITED", { sheet: "", cell: "" }, String(limit), String(withSeries.length)),
  };
}
