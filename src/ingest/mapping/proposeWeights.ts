import type { Kpi, MeasurementList } from "../../model/kpi";
import { forEachMeasurement } from "../../model/kpi";

export interface WeightProposal {
  /** The mean that could be weighted. */
  readonly kpi: Kpi;
  /** The count for the same subject beside it. */
  readonly count: Kpi;
}

/**
 * Means beside a count for the same subject, proposed for the analyst to confirm in the mapping step or the KPI
 * register (never applied by themselves): `Category 1 mean response time` beside `Category 1 incidents`, `Local
 * authority average processing times (days)` beside `Local authority new claims`. Only means whose figures are
 * averaged somewhere: a register's that roll months up as an average, and any with monthly figures (the charts'
 * rolling 12-month average); a table's yearly figures are compared as given, so they need no weight.
 * A proposal needs a mean (`Kpi.statistic`) with no count yet, and one count KPI in its section whose name starts
 * with the same words and goes on with something that is not a mean; two such counts make no proposal.
 * Percentages are not proposed: the count beside one is usually its numerator, not what it is a percentage of.
 * @example proposeWeights([cat1Mean, cat1Incidents], monthlyMeasurements) // [{ kpi: cat1Mean, count: cat1Incidents }]
 */
export function proposeWeights(kpis: readonly Kpi[], measurements: MeasurementList): WeightProposal[] {
  // Looked for only when a mean needs it, in one pass: a workbook may hold millions of measurements.
  let monthly: ReadonlySet<string> | null = null;
  const proposals: WeightProposal[] = [];
  for (const kpi of kpis) {
    if (kpi.weightedBy !== undefined || kpi.statistic !== "mean" || kpi.unit === "percent" || kpi.unit === "grade") continue;
    if (kpi.aggregation !== "average" && !(monthly ??= kpisWithMonthlyFigures(measurements)).has(kpi.id)) continue;
    const words = wordsOf(kpi.name);
    let best: { count: Kpi; shared: number } | null = null;
    let tied = false;
    for (const count of kpis) {
      if (count === kpi || count.unit !== "count" || count.aggregation === "average" || count.priority !== kpi.priority) continue;
      const countWords = dropLeading(wordsOf(count.name));
      const shared = sharedPrefix(words, countWords);
      const rest = countWords.slice(shared);
      if (shared === 0 || !words.slice(0, shared).some((w) => !/^\d+$/.test(w)) || rest.length === 0 || rest.some((w) => MEAN_WORDS.has(w))) continue;
      if (!words.slice(shared).some((w) => MEAN_WORDS.has(w))) continue;
      if (best === null || shared > best.shared) {
        best = { count, shared };
        tied = false;
      } else if (shared === best.shared) tied = true;
    }
    if (best && !tied) proposals.push({ kpi, count: best.count });
  }
  return proposals;
}

function kpisWithMonthlyFigures(measurements: MeasurementList): Set<string> {
  const ids = new Set<string>();
  forEachMeasurement(measurements, (m) => {
    if (m.period.kind === "month" && m.value !== null) ids.add(m.kpiId);
  });
  return ids;
}

const MEAN_WORDS: ReadonlySet<string> = new Set(["mean", "average", "avg", "averages", "means"]);
const LEADING: ReadonlySet<string> = new Set(["number", "of", "total", "no", "count"]);

function wordsOf(name: string): string[] {
  return name
    .toLowerCase()
    .replace(/[()[\],:;/]+/g, " ")
    .split(/\s+/)
    .filter((w) => w !== "" && w !== "-" && w !== "\u2013");
}

/** `Number of Category 1 incidents` compares as `Category 1 incidents`. */
function dropLeading(words: readonly string[]): string[] {
  let i = 0;
  while (i < words.length - 1 && LEADING.has(words[i] ?? "")) i++;
  return words.slice(i);
}

function sharedPrefix(a: readonly string[], b: readonly string[]): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}
