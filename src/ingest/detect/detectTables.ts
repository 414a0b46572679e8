import { toA1 } from "../../model/address";
import type { WorkbookGrids } from "../../model/grid";
import { isOutputSheetName } from "../../model/outputSheets";
import type { Period, Quarter, QuarterNumber } from "../../model/period";
import { month, monthFromIndex, monthIndex, monthSpan, quarter } from "../../model/period";
import type { SheetColumn, SheetTable } from "./detectSheetTables";
import { detectSheetTables } from "./detectSheetTables";
import { formatMonthsLabel } from "../../calc/formatMonthsLabel";
import { getFiscalQuarter } from "../../calc/getFiscalQuarter";
import { getPeriodEndMonth } from "../../calc/getPeriodEndMonth";
import { spanForm } from "../parse/periodForms";
import type { IngestMapping } from "../mapping/parseMapping";
import { EMPTY_MAPPING, parseMapping } from "../mapping/parseMapping";
import { parseQuarter } from "../parse/parseQuarter";
import type { DetectedColumn, DetectedTable, ReportPeriod } from "./tableTypes";

export interface DetectTablesOptions {
  /** 1-12; April by default. Names quarters and completes `Apr - Sep` over `2012/13`. */
  readonly fiscalYearStartMonth?: number;
  /** The column mapping, as saved (JSON) or parsed: its roles win over the proposals, its periods complete them. */
  readonly mapping?: unknown;
}

/**
 * Finds the KPI, theme and budget tables on every sheet of a workbook (except the sheets this tool wrote), and
 * proposes a role for each column with a confidence and a reason. Pure: the task pane shows the result, and ingest
 * reads the tables it describes.
 *
 * Periods are completed from the report quarter where a column does not name its own (`Current`, `Previous`,
 * `Q2`, `RAG Q3`): the quarter the mapping gives for the sheet, else the latest period the table's own columns
 * name, else one named in a title above it (`1 April – 30 September 2013`, `Q3 2023-24`), else the latest quarter
 * the workbook's other tables report (`reportPeriod.source` says which).
 *
 * @example detectTables(workbook).map((t) => [t.sheet, t.kind, t.range]) // [["Figure 1", "kpis", "A3:G16"], ...]
 */
export function detectTables(workbook: WorkbookGrids, options: DetectTablesOptions = {}): DetectedTable[] {
  const start = options.fiscalYearStartMonth ?? 4;
  const mapping = asMapping(options.mapping);
  const found: SheetTable[] = [];
  for (const grid of workbook.sheets) {
    if (isOutputSheetName(grid.sheet)) continue;
    found.push(...detectSheetTables(grid, { fiscalYearStartMonth: start, mapping }));
  }

  // The report quarter each table stands on, then the workbook's latest for tables that name none.
  const own = found.map((t) => ownReportPeriod(t, mapping, start));
  const known = own.filter((p): p is ReportPeriod => p !== null).map((p) => p.quarter);
  const latest = known.reduce<Quarter | null>((best, q) => (best === null || quarterKey(q) > quarterKey(best) ? q : best), null);
  return found.map((table, i) => {
    const reportPeriod = own[i] ?? (latest && needsReportPeriod(table) ? { quarter: latest, source: "workbook" as const, text: "" } : null);
    return {
      sheet: table.sheet,
      kind: table.kind,
      layout: table.layout,
      top: table.top,
      left: table.left,
      bottom: table.bottom,
      right: table.right,
      range: rangeOf(table),
      headerRows: table.headerRows,
      dataRows: table.dataRows,
      title: table.title,
      unitNote: table.unitNote,
      columns: table.columns.map((c) => completeColumn(c, reportPeriod?.quarter ?? null, start)),
      kpiLabel: table.kpiLabel,
      reportPeriod,
      confidence: table.confidence,
      reason: table.reason,
      skipped: table.skipped,
    };
  });
}

function asMapping(raw: unknown): IngestMapping {
  if (raw && typeof raw === "object" && (raw as { tables?: unknown }).tables instanceof Map) return raw as IngestMapping;
  return raw === undefined || raw === null ? EMPTY_MAPPING : parseMapping(raw).mapping;
}

function rangeOf(t: SheetTable): string {
  return `${toA1(t.top, t.left)}:${toA1(t.bottom, t.right)}`;
}

function quarterKey(q: Quarter): number {
  return q.fiscalYear * 4 + q.quarter;
}

/** The quarter a table reports, from the mapping, its own columns or its title; `null` if none says. */
function ownReportPeriod(table: SheetTable, mapping: IngestMapping, start: number): ReportPeriod | null {
  const mapped = mapping.tables.get(table.sheet.trim().toLowerCase())?.period ?? null;
  const fromMapping = mapped === null ? null : parseQuarter(mapped, start);
  if (fromMapping) return { quarter: fromMapping, source: "mapping", text: mapped ?? "" };
  let best: Quarter | null = null;
  for (const c of table.columns) {
    if (c.headerPeriod?.kind !== "explicit" || !(c.role === "period" || c.role === "rag" || c.role === "trend" || c.role === "commentary")) continue;
    const q = quarterOfPeriod(c.headerPeriod.period, start);
    if (best === null || quarterKey(q) > quarterKey(best)) best = q;
  }
  if (best) return { quarter: best, source: "table", text: "" };
  return table.titleQuarter ? { quarter: table.titleQuarter.quarter, source: "title", text: table.titleQuarter.text } : null;
}

function needsReportPeriod(table: SheetTable): boolean {
  return table.columns.some(
    (c) =>
      c.role === "previous" ||
      c.role === "current" ||
      (c.headerPeriod !== null && c.headerPeriod.kind !== "explicit" && c.headerPeriod.kind !== "comparison") ||
      ((c.role === "rag" || c.role === "commentary") && c.headerPeriod === null),
  );
}

/** The fiscal quarter a period ends in: `Apr - Sep` over `2012/13` and `Jul-Sep 2012` are Q2 2012-13. */
function quarterOfPeriod(period: Period, start: number): Quarter {
  return period.kind === "quarter" ? period : getFiscalQuarter(getPeriodEndMonth(period, start), start);
}

function completeColumn(c: SheetColumn, report: Quarter | null, start: number): DetectedColumn {
  const base = {
    col: c.col,
    letter: c.letter,
    header: c.header,
    key: c.key,
    role: c.role,
    confidence: c.confidence,
    reason: c.reason,
    source: c.source,
    cell: c.cell,
    measure: c.measure,
    levels: c.levels,
    headerPeriod: c.headerPeriod,
    changeKind: c.changeKind,
  };
  const hp = c.headerPeriod;
  if (c.role === "previous" || c.role === "current") {
    const period = report === null ? null : c.role === "current" ? report : previousQuarter(report);
    return { ...base, period, periodSource: "report" };
  }
  if (!hp) {
    const needs = c.role === "rag" || c.role === "commentary";
    return { ...base, period: needs ? report : null, periodSource: needs ? "report" : null };
  }
  switch (hp.kind) {
    case "explicit":
      return { ...base, period: hp.period, periodSource: "header" };
    case "comparison":
      return { ...base, period: null, periodSource: null };
    case "quarter-only": {
      if (!report) return { ...base, period: null, periodSource: "report" };
      const fiscalYear = hp.quarter <= report.quarter ? report.fiscalYear : report.fiscalYear - 1;
      return { ...base, period: quarter(fiscalYear, hp.quarter), periodSource: "report" };
    }
    case "month-only": {
      if (!report) return { ...base, period: null, periodSource: "report" };
      return { ...base, period: monthFromIndex(latestMonthBy(hp.month, reportEnd(report, start))), periodSource: "report" };
    }
    case "months-only": {
      if (!report) return { ...base, period: null, periodSource: "report" };
      // The months up to the last one at or before the report quarter's end: `Apr - Sep` of Q2 2013-14 is Apr-Sep 2013.
      const last = latestMonthBy(hp.to, reportEnd(report, start));
      const first = last - (((hp.to - hp.from + 12) % 12) + 1) + 1;
      const range = { first, last };
      const period = monthSpan(monthFromIndex(first), monthFromIndex(last), spanForm(monthFromIndex(first), monthFromIndex(last), start), formatMonthsLabel(range, start));
      return { ...base, period, periodSource: "report" };
    }
    default: {
      const unreachable: never = hp;
      return unreachable;
    }
  }
}

/** The `monthIndex` of the last month of a quarter. */
function reportEnd(report: Quarter, start: number): number {
  return monthIndex(month(report.fiscalYear, start)) + report.quarter * 3 - 1;
}

/** The latest month numbered `m` (1-12) at or before the month index `end`. */
function latestMonthBy(m: number, end: number): number {
  return end - ((((end % 12) + 1 - m) % 12) + 12) % 12;
}

function previousQuarter(q: Quarter): Quarter {
  return q.quarter === 1 ? quarter(q.fiscalYear - 1, 4) : quarter(q.fiscalYear, (q.quarter - 1) as QuarterNumber);
}
