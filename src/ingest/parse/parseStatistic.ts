import type { Statistic } from "../../model/kpi";
import { isPercentile } from "./isPercentile";

/**
 * What kind of summary a KPI's figures are, as its name (or its table's caption) says: a `mean` or average (`Category
 * 1 mean response time`, `Average days to re-let`), which rolls up weighted by its count where one is named, or a
 * `percentile` or median (`90th centile response time`, `Median wait`), which is never averaged. `null` for any other.
 * @example parseStatistic("Category 1 mean response time") === "mean"
 */
export function parseStatistic(...texts: readonly string[]): Statistic | null {
  if (texts.some(isPercentile)) return "percentile";
  return texts.some((t) => MEAN.test(t)) ? "mean" : null;
}

const MEAN = /\b(?:mean|means|average|averages|avg)\b/i;
