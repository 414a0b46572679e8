import type { KpiResult } from "../model/results";
import { kpiSubject } from "./kpiSubject";
import { phraseFigures } from "./phraseFigures";
import type { NamedKpi } from "./tallyKpis";

/**
 * Each KPI with the name a sentence gives it and its figures in words.
 * @param all every KPI of the scorecard, where parents are found.
 * @example nameKpis(section, results.kpis, "£")[0]?.name === "Sanction Detection Rate for Dwelling Burglary"
 */
export function nameKpis(kpis: readonly KpiResult[], all: readonly KpiResult[], currencySymbol: string): NamedKpi[] {
  const names = new Map(all.map((r) => [r.kpi.id, r.kpi.name]));
  return kpis.map((result) => {
    const parentId = result.kpi.parentId;
    const parent = parentId === null || parentId === result.kpi.id ? null : (names.get(parentId) ?? null);
    return { result, name: kpiSubject(result.kpi.name, parent), figures: phraseFigures(result, currencySymbol) };
  });
}
