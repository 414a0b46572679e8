/**
 * The mapping step's data, pure: what tables the workbook holds, the role proposed for each column, and the KPIs
 * they give with the figures the scorecard would show. Both hosts call it with the grids they read, so the pane
 * previews exactly what a build with the same mapping will read.
 */
import { calculateScorecard } from "../../calc";
import { chooseReportPeriod } from "../../chooseReportPeriod";
import { detectTables } from "../../ingest/detect/detectTables";
import { findTableSheets } from "../../ingest/detect/findTableSheets";
import { ingestWorkbook } from "../../ingest/ingestWorkbook";
import { mappingToJson } from "../../ingest/mapping/mappingToJson";
import type { MappingJson } from "../../ingest/mapping/parseMapping";
import { parseMapping } from "../../ingest/mapping/parseMapping";
import { proposeWeights } from "../../ingest/mapping/proposeWeights";
import type { DetectedTable } from "../../ingest/detect/tableTypes";
import { parseA1 } from "../../model/address";
import type { WorkbookGrids } from "../../model/grid";
import type { Issue } from "../../model/issue";
import type { Polarity, Settings, SourceRef, TimeUnit, Unit } from "../../model/kpi";
import type { Month } from "../../model/period";
import { readStore } from "../../store/readStore";

/** A KPI as the mapping makes it, with where its unit and polarity came from. */
export interface KpiPreview {
  readonly id: string;
  readonly name: string;
  readonly priority: string;
  readonly parentId: string | null;
  readonly unit: Unit;
  /** A duration's time unit (`days` for `34 days`). */
  readonly timeUnit?: TimeUnit;
  /** `mapping`: set by the analyst; `table`: a column of the table; `values`: inferred from how figures are typed. */
  readonly unitFrom: "mapping" | "table" | "values";
  readonly polarity: Polarity;
  /** `unset`: neither the mapping nor the table says, so the KPI is neutral. */
  readonly polarityFrom: "mapping" | "table" | "unset";
  readonly previous: number | null;
  readonly current: number | null;
  /** What the figures cover: `Q1 2013-14`, `2012/13`, `Sep-13`. */
  readonly previousLabel: string;
  readonly currentLabel: string;
  /** The count a mean is weighted by (`Kpi.weightedBy`), as the mapping or the register gives it. */
  readonly weightedBy: { readonly id: string; readonly name: string } | null;
  /** A count for the same subject the analyst may confirm as its weight (`proposeWeights`); never applied unasked. */
  readonly weightProposal: { readonly id: string; readonly name: string } | null;
  readonly source: SourceRef;
}

export interface MappingProposal {
  /** The workbook has a KPI register in the canonical layout, so there is nothing to map. */
  readonly canonical: boolean;
  /** Tables found on the sheets ingest searches (the analyst's own, and canonical sheets laid out otherwise). */
  readonly tables: readonly DetectedTable[];
  readonly kpis: readonly KpiPreview[];
  /** The period the previews are for: the one the pane will build (asked for), else the one a build would make. */
  readonly periodLabel: string | null;
  /** The mapping the proposal applied, as it would be saved: the one given, else the one saved in the workbook. */
  readonly mapping: MappingJson;
  /** Everything ingest found to say, located. */
  readonly issues: readonly Issue[];
}

export interface ProposeMappingOptions {
  /** The analyst's mapping; `undefined` takes the one saved in the workbook (from an earlier build). */
  readonly mapping?: unknown;
  readonly settings?: Partial<Settings>;
  /** Today, for the latest period the data supports. */
  readonly asOf: Month;
  /** The period the pane will build (`Q2 2013-14`, `Oct-Dec 2023`), so the preview shows its figures; the default if absent. */
  readonly period?: string;
}

/**
 * @example proposeMapping(grids, { asOf: month(2013, 11) }).tables.map((t) => t.range) // ["A3:G16", ...]
 */
export function proposeMapping(workbook: WorkbookGrids, options: ProposeMappingOptions): MappingProposal {
  const store = readStore(workbook);
  const raw = options.mapping === undefined ? store.mapping : options.mapping;
  const { mapping } = parseMapping(raw);
  const model = ingestWorkbook(workbook, { settingsOverride: { ...store.settings, ...options.settings }, mapping: raw });
  const start = model.settings.fiscalYearStartMonth;
  const sheets = findTableSheets(workbook, mapping);
  const tables = detectTables({ sheets: sheets.tableSheets }, { fiscalYearStartMonth: start, mapping });

  // The period the pane will build, so the preview's figures are the build's.
  const choice = chooseReportPeriod(workbook, model, { asOf: options.asOf, ...(options.period ? { period: options.period } : {}) });
  const results = choice.status === "chosen" ? calculateScorecard(model, choice.period, { asOf: options.asOf }) : null;
  const byId = new Map(results?.kpis.map((k) => [k.kpi.id, k]) ?? []);
  const notSet = new Set(model.issues.filter((i) => i.code === "POLARITY_NOT_SET").map((i) => `${i.sheet}!${i.cell}`));
  const names = new Map(model.kpis.map((k) => [k.id, k.name]));
  const proposals = new Map(proposeWeights(model.kpis, model.measurements).map((p) => [p.kpi.id, { id: p.count.id, name: p.count.name }]));

  const kpis: KpiPreview[] = model.kpis.map((kpi) => {
    const mapped = mapping.kpis.get(kpi.id.toLowerCase()) ?? mapping.kpis.get(kpi.name.toLowerCase());
    const table = tables.find((t) => t.sheet === kpi.source.sheet && inRange(t, kpi.source.cell));
    const result = byId.get(kpi.id);
    return {
      id: kpi.id,
      name: kpi.name,
      priority: kpi.priority,
      parentId: kpi.parentId,
      unit: kpi.unit,
      ...(kpi.timeUnit ? { timeUnit: kpi.timeUnit } : {}),
      unitFrom: mapped?.unit ? "mapping" : table?.columns.some((c) => c.role === "unit") || sheets.register ? "table" : "values",
      polarity: kpi.polarity,
      polarityFrom: mapped?.polarity ? "mapping" : notSet.has(`${kpi.source.sheet}!${kpi.source.cell}`) ? "unset" : "table",
      previous: result?.previous ?? null,
      current: result?.current ?? null,
      previousLabel: result?.previousLabel ?? "",
      currentLabel: result?.currentLabel ?? "",
      weightedBy: kpi.weightedBy === undefined ? null : { id: kpi.weightedBy, name: names.get(kpi.weightedBy) ?? kpi.weightedBy },
      weightProposal: proposals.get(kpi.id) ?? null,
      source: kpi.source,
    };
  });

  return {
    canonical: sheets.register !== null,
    tables,
    kpis,
    periodLabel: results?.periodLabel ?? null,
    mapping: mappingToJson(mapping),
    issues: model.issues,
  };
}

/** Whether an A1 cell lies within a table's range. */
function inRange(t: DetectedTable, cell: string): boolean {
  const at = parseA1(cell);
  return at !== undefined && at.row >= t.top && at.row <= t.bottom && at.col >= t.left && at.col <= t.right;
}
