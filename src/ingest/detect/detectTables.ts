import { toA1 } from "../../model/address";
import type { WorkbookGrids } from "../../model/grid";
import { isOutputSheetName } from "../../model/outputSheets";
import type { Period, Quarter, QuarterNumber } from "../../model/period";
import { month, monthIndex, quarter } from "../../model/period";
import type { SheetColumn, SheetTable } from "./detectSheetTables";
import { detectSheetTables } from "./detectSheetTables";
import { getFiscalQuarter } from "../../calc/getFiscalQuarter";
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
    const q = quarterOfPeriod(c.headerPeriod.period, c.ytdRange, start);
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
      (c.headerPeriod !== null && c.headerPeriod.kind !== "explicit") ||
      ((c.role === "rag" || c.role === "commentary") && c.headerPeriod === null),
  );
}

/** The fiscal quarter a period ends in; `Apr - Sep` over a year is the quarter the range ends in. */
function quarterOfPeriod(period: Period, ytdRange: { from: number; to: number } | null, start: number): Quarter {
  switch (period.kind) {
    case "month":
      return getFiscalQuarter(period, start);
    case "quarter":
      return period;
    case "year": {
      const ytd = ytdQuarter(period.fiscalYear, ytdRange, start);
      return ytd ?? quarter(period.fiscalYear, 4);
    }
    default: {
      const unreachable: never = period;
      return unreachable;
    }
  }
}

/** `Apr - Sep` over `2012/13` with an April year start: the year to date to Q2 2012-13. `null` for other ranges. */
function ytdQuarter(fiscalYear: number, range: { from: number; to: number } | null, start: number): Quarter | null {
  if (!range || range.from !== start) return null;
  const months = ((range.to - range.from + 12) % 12) + 1;
  if (months % 3 !== 0 || months === 12) return null;
  return quarter(fiscalYear, (months / 3) as QuarterNumber);
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
    return { ...base, period, ytd: false, periodSource: "report" };
  }
  if (!hp) {
    const needs = c.role === "rag" || c.role === "commentary";
    return { ...base, period: needs ? report : null, ytd: false, periodSource: needs ? "report" : null };
  }
  switch (hp.kind) {
    case "explicit": {
      if (hp.period.kind === "year") {
        const ytd = ytdQuarter(hp.period.fiscalYear, c.ytdRange, start);
        if (ytd) return { ...base, period: ytd, ytd: true, periodSource: "header" };
      }
      return { ...base, period: hp.period, ytd: false, periodSource: "header" };
    }
    case "quarter-only": {
      if (!report) return { ...base, period: null, ytd: false, periodSource: "report" };
      const fiscalYear = hp.quarter <= report.quarter ? report.fiscalYear : report.fiscalYear - 1;
      return { ...base, period: quarter(fiscalYear, hp.quarter), ytd: false, periodSource: "report" };
    }
    case "month-only": {
      if (!report) return { ...base, period: null, ytd: false, periodSource: "report" };
      const year = hp.month >= start ? report.fiscalYear : report.fiscalYear + 1;
      let m = month(year, hp.month);
      const reportEnd = monthIndex(month(report.fiscalYear, start)) + report.quarter * 3 - 1;
      // A month after the report quarter belongs to the year before.
      if (monthIndex(m) > reportEnd) m = month(year - 1, hp.month);
      return { ...base, period: m, ytd: false, periodSource: "report" };
    }
    default: {
      const unreachable: never = hp;
      return unreachable;
    }
  }
}

function previousQuarter(q: Quarter): Quarter {
  return q.quarter === 1 ? quarter(q.fiscalYear - 1, 4) : quarter(q.fiscalYear, (q.quarter - 1) as QuarterNumber);
}
