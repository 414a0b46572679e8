import type { Grid } from "../../model/grid";
import type { Issue } from "../../model/issue";
import type { Kpi, KpiNote, Measurement } from "../../model/kpi";
import { append } from "./append";
import { detectTables } from "../detect/detectTables";
import type { KpiMapping } from "../mapping/parseMapping";
import type { KpiTableContext } from "./readKpiTable";
import { readKpiTable } from "./readKpiTable";
import type { ReadResult } from "./readResult";

/** KPIs and their figures read from tables laid out as a report publishes them. */
export interface PublishedTable {
  readonly kpis: readonly Kpi[];
  readonly measurements: readonly Measurement[];
  readonly notes: readonly KpiNote[];
}

export interface ReadPublishedTableOptions {
  readonly fiscalYearStartMonth: number;
  /** IDs already used (by tables on other sheets), so generated IDs stay unique across the workbook. */
  readonly takenIds?: ReadonlySet<string>;
  /** From the column mapping: polarity and unit per KPI, by generated ID or name in lower case. */
  readonly kpiMapping?: ReadonlyMap<string, KpiMapping>;
  /** The column mapping as saved: column roles and periods for the sheet's tables. */
  readonly mapping?: unknown;
}

/**
 * Reads the KPI tables on one sheet laid out as a report publishes them (seed 000's Figures 1, 4 and 11): every
 * table `detectTables` finds there, read by `readKpiTable`. `null` when the sheet holds no KPI table.
 *
 * @example readPublishedTable(figure1, { fiscalYearStartMonth: 4 })?.data.kpis[0]?.id === "total-crime"
 */
export function readPublishedTable(grid: Grid, options: ReadPublishedTableOptions): ReadResult<PublishedTable> | null {
  const tables = detectTables({ sheets: [grid] }, { fiscalYearStartMonth: options.fiscalYearStartMonth, mapping: options.mapping }).filter(
    (t) => t.kind === "kpis" && !t.skipped,
  );
  if (tables.length === 0) return null;
  const context: KpiTableContext = { takenIds: new Set([...(options.takenIds ?? [])].map((id) => id.toLowerCase())), names: new Map() };
  const kpis: Kpi[] = [];
  const measurements: Measurement[] = [];
  const notes: KpiNote[] = [];
  const issues: Issue[] = [];
  for (const table of tables) {
    const read = readKpiTable(grid, table, { fiscalYearStartMonth: options.fiscalYearStartMonth, kpiMapping: options.kpiMapping, context });
    append(kpis, read.data.kpis);
    append(measurements, read.data.measurements);
    append(notes, read.data.notes);
    append(issues, read.issues);
  }
  return { data: { kpis, measurements, notes }, issues };
}
