import type { Kpi } from "../model/kpi";
import type { LevelTarget } from "./computeSpc";

/**
 * The target SPC assurance compares with a KPI's monthly control limits, or `null` when there is none to compare:
 * only a level target, and only for KPIs that average or take the latest month. A level target of a KPI that adds
 * months up is the window's total (a six-month £1.7m budget), not a month's, so it says nothing of single months.
 * @example spcAssuranceTarget(answeredIn10Seconds) // { kind: "level", comparator: ">=", value: 90 }
 * @example spcAssuranceTarget(totalCrime) // null: its months are added up
 */
export function spcAssuranceTarget(kpi: Pick<Kpi, "target" | "aggregation">): LevelTarget | null {
  return kpi.target.kind === "level" && kpi.aggregation !== "sum" ? kpi.target : null;
}
