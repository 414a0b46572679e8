import type { Kpi } from "../model/kpi";

/**
 * The ID to print for a KPI: the analyst's, or `null` where the workbook gave none and ingest made a key from the
 * name (a reader never sees `violence-with-injury`).
 * @example printedId(kpi({ id: "P1-01" })) === "P1-01"
 */
export function printedId(kpi: Kpi): string | null {
  return kpi.generatedId ? null : kpi.id;
}

/**
 * A KPI's name with its ID in brackets where the analyst gave one: `Total Crime (P1-01)`, `Robbery`.
 * @example kpiTitle(kpi({ id: "P1-01", name: "Total Crime" })) === "Total Crime (P1-01)"
 */
export function kpiTitle(kpi: Kpi): string {
  const id = printedId(kpi);
  return id === null ? kpi.name : `${kpi.name} (${id})`;
}
