import type { Issue } from "../model/issue";
import type { KpiResult, ScorecardResults } from "../model/results";
import { issue } from "../messages";

export interface ChartSelection {
  readonly charted: readonly KpiResult[];
  /** A note for the data issues sheet when some KPIs with monthly data go uncharted. */
  readonly note: Issue | null;
}

/**
 * The KPIs that get charts: those with a monthly series, in scorecard order, up to `settings.chartLimit`.
 * @example selectChartedKpis(results).charted.length <= results.settings.chartLimit
 */
export function selectChartedKpis(results: ScorecardResults): ChartSelection {
  const withSeries = results.kpis.filter((r) => r.monthly !== null && r.monthly.months.length > 0);
  const limit = Math.max(0, Math.floor(results.settings.chartLimit));
  if (withSeries.length <= limit) return { charted: withSeries, note: null };
  return {
    charted: withSeries.slice(0, limit),
    note: issue("CHARTS_LIMITED", { sheet: "", cell: "" }, String(limit), String(withSeries.length)),
  };
}
