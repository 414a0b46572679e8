import type { Issue } from "../../model/issue";
import type { Kpi } from "../../model/kpi";
import type { Month } from "../../model/period";
import { issue } from "../../messages";
import { parseSpcBaseline, parseSpcRecalculations } from "../parse/parseSpcLimits";
import type { KpiMapping } from "./parseMapping";

const NONE: readonly Month[] = [];

/**
 * Sets each KPI's SPC baseline and recalculation months from the column mapping (`kpis.<id or name>.spcBaseline`,
 * `spcRecalculateFrom`), where the analyst gave them there: for KPIs read from tables, which have no register to
 * hold them, and over the register's own columns. A value not understood is reported and the KPI left as it was.
 * @example applySpcMapping(kpis, new Map([["total crime", { spcRecalculateFrom: "Apr-13" }]]), 4).kpis[0]?.spc?.recalculateFrom
 */
export function applySpcMapping(
  kpis: readonly Kpi[],
  mapping: ReadonlyMap<string, KpiMapping>,
  fiscalYearStartMonth: number,
): { kpis: Kpi[]; issues: Issue[] } {
  const issues: Issue[] = [];
  const out = kpis.map((kpi) => {
    const key = mapping.has(kpi.id.toLowerCase()) ? kpi.id.toLowerCase() : kpi.name.toLowerCase();
    const entry = mapping.get(key);
    if (!entry || (entry.spcBaseline === undefined && entry.spcRecalculateFrom === undefined)) return kpi;
    // The mapping is not a cell: its issues, like every mapping issue, name the part of it instead.
    const source = { sheet: "", cell: "" };
    let baseline = kpi.spc?.baseline ?? null;
    if (entry.spcBaseline !== undefined) {
      const parsed = parseSpcBaseline(entry.spcBaseline, fiscalYearStartMonth);
      if (parsed === "unreadable") {
        issues.push(issue("MAPPING_UNREADABLE", source, `kpis.${key}.spcBaseline`, `"${entry.spcBaseline}" is not a number of points (12 or more) or periods such as Apr-11 to Mar-12`));
      } else baseline = parsed;
    }
    let recalculateFrom: readonly Month[] = kpi.spc?.recalculateFrom ?? NONE;
    if (entry.spcRecalculateFrom !== undefined) {
      const parsed = parseSpcRecalculations(entry.spcRecalculateFrom, undefined, fiscalYearStartMonth);
      if (parsed === "unreadable") {
        issues.push(issue("MAPPING_UNREADABLE", source, `kpis.${key}.spcRecalculateFrom`, `"${entry.spcRecalculateFrom}" is not a list of months such as Apr-13; Oct-13`));
      } else recalculateFrom = parsed;
    }
    if (baseline === (kpi.spc?.baseline ?? null) && recalculateFrom === (kpi.spc?.recalculateFrom ?? NONE)) return kpi;
    return { ...kpi, spc: { baseline, recalculateFrom, source } };
  });
  return { kpis: out, issues };
}
