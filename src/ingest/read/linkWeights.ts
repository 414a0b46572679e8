import type { Issue } from "../../model/issue";
import type { Kpi, SourceRef } from "../../model/kpi";
import { issue } from "../../messages";

/** What a register row or the mapping says a KPI is weighted by: another KPI's ID or name, and where it said so. */
export interface WeightRef {
  readonly ref: string;
  /** The register cell; for the mapping, the part of it (`kpis.cat-1-mean.weightedBy`) in a mapping issue. */
  readonly at: SourceRef | { readonly mappingPart: string };
}

/**
 * Gives each KPI the count it is weighted by (`Kpi.weightedBy`, a KPI id), from references by ID or name (any
 * case). A reference to no KPI, to the KPI itself, or from a KPI that is never averaged (a total, a percentile) is
 * reported and left out; a count that is not a count (a percentage, say) is kept with a warning, as the analyst
 * asked for it.
 * @example linkWeights(kpis, new Map([["cat-1-mean", { ref: "Category 1 incidents", at }]])).kpis[0]?.weightedBy === "cat-1-incidents"
 */
export function linkWeights(kpis: readonly Kpi[], refs: ReadonlyMap<string, WeightRef>): { kpis: Kpi[]; issues: Issue[] } {
  if (refs.size === 0) return { kpis: [...kpis], issues: [] };
  const issues: Issue[] = [];
  const byId = new Map(kpis.map((k) => [k.id.toLowerCase(), k]));
  const byName = new Map<string, Kpi[]>();
  for (const k of kpis) byName.set(k.name.toLowerCase(), [...(byName.get(k.name.toLowerCase()) ?? []), k]);
  const report = (w: WeightRef, why: string) =>
    issues.push("mappingPart" in w.at ? issue("MAPPING_UNREADABLE", { sheet: "", cell: "" }, w.at.mappingPart, why) : issue("KPI_WEIGHT_UNKNOWN", w.at, w.ref, why));
  const linked = kpis.map((kpi) => {
    const w = refs.get(kpi.id.toLowerCase()) ?? refs.get(kpi.name.toLowerCase());
    if (!w) return kpi;
    const key = w.ref.trim().toLowerCase();
    const named = byName.get(key) ?? [];
    const count = byId.get(key) ?? (named.length === 1 ? named[0] : undefined);
    if (!count) {
      report(w, named.length > 1 ? `${named.length} KPIs are named "${w.ref}"; give its ID` : `no KPI has the ID or name "${w.ref}"`);
      return kpi;
    }
    if (count.id === kpi.id) {
      report(w, "a KPI cannot be weighted by itself");
      return kpi;
    }
    // A KPI taking its latest month is still averaged by the charts' rolling 12 months; a total or a percentile never is.
    if (kpi.aggregation === "sum" || kpi.statistic === "percentile") {
      report(w, kpi.aggregation === "sum" ? `"${kpi.name}" rolls up by sum, not as an average, so there is nothing to weight` : `"${kpi.name}" is a percentile, which is never averaged, so there is nothing to weight`);
      return kpi;
    }
    if (count.unit !== "count" && count.unit !== "currency") {
      const at = "mappingPart" in w.at ? kpi.source : w.at;
      issues.push(issue("KPI_WEIGHT_NOT_COUNT", at, kpi.name, count.name, count.unit));
    }
    return { ...kpi, weightedBy: count.id };
  });
  return { kpis: linked, issues };
}
