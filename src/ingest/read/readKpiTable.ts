import { toA1 } from "../../model/address";
import type { CellValue, Grid } from "../../model/grid";
import { cellAt, isCellError, numberFormatAt } from "../../model/grid";
import type { Issue } from "../../model/issue";
import type { Aggregation, Comparison, Kpi, KpiNote, Measurement, Polarity, RagLabels, SourceRef, Unit } from "../../model/kpi";
import type { Period, Quarter } from "../../model/period";
import { issue } from "../../messages";
import { cellText } from "./cellText";
import { cleanText } from "../parse/cleanText";
import { columnIssues } from "../detect/columnIssues";
import { describeRagLabels } from "../parse/describeRagLabels";
import { getFiscalQuarter } from "../../calc/getFiscalQuarter";
import { getPeriodEndMonth } from "../../calc/getPeriodEndMonth";
import { getPeriodMonths } from "../../calc/getPeriodMonths";
import { periodKey } from "../../calc/periodKey";
import { describePeriodReading } from "../parse/describePeriodReading";
import { fitsUnit } from "../parse/fitsUnit";
import type { KpiMapping, TableMapping } from "../mapping/parseMapping";
import { parseMarkedValue } from "../parse/parseMarkedValue";
import { parsePeriod } from "../parse/parsePeriod";
import { parsePolarity } from "../parse/parsePolarity";
import { parseRag } from "../parse/parseRag";
import { parseTarget } from "../parse/parseTarget";
import { parseTrendMark } from "../parse/parseTrendMark";
import { parseUnit } from "../parse/parseUnit";
import type { NumberKind, ParsedValue } from "../parse/parseValue";
import { formatPeriodLabel } from "../../calc/formatPeriodLabel";
import type { ReadResult } from "./readResult";
import { slugify } from "../parse/slugify";
import { stripFootnote } from "../parse/stripFootnote";
import type { DetectedColumn, DetectedTable } from "../detect/tableTypes";
import { targetIssue } from "./targetIssue";

/** What a KPI table gives: KPIs, their figures, and the analyst's RAGs and commentary as notes. */
export interface KpiTable {
  readonly kpis: readonly Kpi[];
  readonly measurements: readonly Measurement[];
  readonly notes: readonly KpiNote[];
}

/** Shared by every table read from one workbook, so generated IDs stay unique and duplicate names are caught. */
export interface KpiTableContext {
  readonly takenIds: Set<string>;
  /** Parent ID + name in lower case -> `Sheet!B7` of its first row. */
  readonly names: Map<string, string>;
}

export interface ReadKpiTableOptions {
  readonly fiscalYearStartMonth: number;
  readonly ragLabels?: RagLabels;
  /** From the column mapping: polarity and unit per KPI, by ID or name in lower case. */
  readonly kpiMapping?: ReadonlyMap<string, KpiMapping>;
  /** From the column mapping: what the analyst said about this sheet's tables (priority, total row). */
  readonly tableMapping?: TableMapping | null;
  readonly context?: KpiTableContext;
}

/** A KPI as its rows give it, before its figures are read. */
interface KpiRows {
  readonly key: string;
  readonly id: string;
  readonly name: string;
  readonly priority: string;
  readonly parentId: string | null;
  readonly nameCell: SourceRef;
  /** The table gave no ID: `id` was made from the name, a key never printed. */
  readonly generatedId: boolean;
  /** The rows with its figures: the KPI's own, and one per segment. */
  readonly rows: { readonly row: number; readonly segment: string | null }[];
}

/**
 * Reads a KPI table that `detectTables` found: wide (one row per KPI, a column per period, `Previous | Current`,
 * or a KPI named over its periods with a row per segment) or long (a row per KPI per period). Every cell that
 * cannot be understood becomes an issue naming it; nothing is guessed without saying so.
 *
 * - Names: footnote marks dropped (noted); a name repeated in the table, or indented, is a sub-indicator of the
 *   KPI above it (seed 000's Sanction Detection Rates); IDs come from an ID column or the names
 *   (`dwelling-burglary/sanction-detection-rate`), unique across the workbook.
 * - Figures: as `parseMarkedValue` reads them (`↓ -5%`, `+1.0% (+8)`, `TBC`), the mark or second figure noted.
 * - Units from the mapping, a Unit column, or the values (`%` a percentage, `£` money); polarity from the mapping
 *   or a Polarity column, else neutral with a note saying how to set it.
 * - Comparison: year-to-date columns compare with the same period last year (seed 000, Figure 1); months roll up
 *   to the year to date like the register's default; quarters, years and `Previous | Current` compare the latest
 *   figure with the one before.
 * - RAG columns become RAG overrides and commentary columns commentary, for their quarter; trend marks are
 *   checked, then left to the scorecard, which computes trends.
 *
 * @example readKpiTable(grid, table, { fiscalYearStartMonth: 4 }).data.kpis[0]?.id === "total-crime"
 */
export function readKpiTable(grid: Grid, table: DetectedTable, options: ReadKpiTableOptions): ReadResult<KpiTable> {
  const reader = new KpiTableReader(grid, table, options);
  reader.read();
  return { data: { kpis: reader.kpis, measurements: reader.measurements, notes: [...reader.notes.values()] }, issues: reader.issues };
}

const TOTAL_WORDS = new Set(["total", "all", "overall", "force", "force total", "whole force", "all areas", "grand total", "organisation", "organisation total"]);

class KpiTableReader {
  readonly kpis: Kpi[] = [];
  readonly measurements: Measurement[] = [];
  readonly notes = new Map<string, KpiNote>();
  readonly issues: Issue[] = [];
  private readonly sheet: string;
  private readonly start: number;
  private readonly context: KpiTableContext;
  private readonly col: (role: DetectedColumn["role"]) => DetectedColumn | undefined;
  /** Columns whose periods cannot be known: reported once, their cells not read. */
  private readonly unknownPeriod = new Set<number>();

  constructor(
    private readonly grid: Grid,
    private readonly table: DetectedTable,
    private readonly options: ReadKpiTableOptions,
  ) {
    this.sheet = grid.sheet;
    this.start = options.fiscalYearStartMonth;
    this.context = options.context ?? { takenIds: new Set(), names: new Map() };
    this.col = (role) => table.columns.find((c) => c.role === role);
  }

  private at(r: number, c: number): SourceRef {
    return { sheet: this.sheet, cell: toA1(r, c) };
  }

  private text(r: number, column: DetectedColumn | undefined): string {
    return column ? cellText(cellAt(this.grid, r, column.col)) : "";
  }

  read(): void {
    this.issues.push(...columnIssues(this.grid, this.table));
    this.checkPeriods();
    const groups = this.table.layout === "long" ? this.longRows() : this.table.kpiLabel !== null ? this.segmentRows(this.table.kpiLabel) : this.wideRows();
    const before = this.kpis.length;
    for (const g of groups) this.buildKpi(g);
    const range = `${this.sheet}!${this.table.range}`;
    if (this.table.dataRows.length === 0) this.issues.push(issue("TABLE_EMPTY", { sheet: this.sheet, cell: this.table.range }, range));
    const nameCol = this.col("name") ?? this.col("id") ?? this.col("segment");
    const headerCell = nameCol?.cell ?? toA1(this.table.top, this.table.left);
    this.issues.push(issue("PUBLISHED_TABLE_READ", { sheet: this.sheet, cell: headerCell }, String(this.kpis.length - before), range));
  }

  /** Period columns that cannot be placed, that repeat, or that run backwards; a report quarter taken on trust. */
  private checkPeriods(): void {
    const report = this.table.reportPeriod;
    let assumed = false;
    let previous: { start: number; label: string } | null = null;
    const seen = new Set<number>();
    for (const c of this.table.columns) {
      const takesPeriod = c.role === "period" || c.role === "previous" || c.role === "current" || c.role === "rag" || c.role === "commentary";
      if (!takesPeriod) continue;
      if (c.period === null) {
        if (c.periodSource === "report" && this.table.dataRows.some((r) => this.text(r, c) !== "")) {
          this.unknownPeriod.add(c.col);
          this.issues.push(issue("PERIOD_NOT_KNOWN", { sheet: this.sheet, cell: c.cell }, c.header || `column ${c.letter}`));
        }
        continue;
      }
      if (c.periodSource === "report" && report?.source === "workbook" && !assumed) {
        assumed = true;
        this.issues.push(issue("PERIOD_ASSUMED", { sheet: this.sheet, cell: c.cell }, c.header || `column ${c.letter}`, formatPeriodLabel(report.quarter, this.start)));
      }
      if (c.role !== "period" && c.role !== "previous" && c.role !== "current") continue;
      // A column with nothing in it reads nothing, and cannot clash or be out of order.
      if (!this.table.dataRows.some((r) => this.text(r, c) !== "")) continue;
      // How the header was read is an inference the analyst should be able to check, cell by cell.
      const reading = describePeriodReading({ kind: "period", period: c.period }, this.start);
      this.issues.push(issue("PERIOD_READ_AS", { sheet: this.sheet, cell: c.cell }, c.header || `column ${c.letter}`, reading));
      const key = periodKey(c.period, this.start);
      if (seen.has(key)) {
        this.unknownPeriod.add(c.col);
        this.issues.push(issue("HEADER_DUPLICATE", { sheet: this.sheet, cell: c.cell }, c.header));
        continue;
      }
      seen.add(key);
      // `Previous` and `Current` are placed by the report quarter; only columns naming periods must run forward.
      if (c.role !== "period") continue;
      const begins = getPeriodMonths(c.period, this.start).first;
      const label = formatPeriodLabel(c.period, this.start);
      if (previous && begins < previous.start) this.issues.push(issue("PERIOD_OUT_OF_ORDER", { sheet: this.sheet, cell: c.cell }, label, previous.label));
      previous = { start: begins, label };
    }
  }

  /** One row per KPI (or per KPI and segment, with a Segment column). */
  private wideRows(): KpiRows[] {
    const nameCol = this.col("name");
    const idCol = this.col("id");
    const segmentCol = this.col("segment");
    const hidden = new Set(this.grid.hiddenRows ?? []);
    const labelled = this.table.dataRows.map((r) => ({ r, name: this.text(r, nameCol) }));
    const counts = new Map<string, number>();
    for (const { name } of labelled) if (name !== "") counts.set(stripFootnote(name).text.toLowerCase(), (counts.get(stripFootnote(name).text.toLowerCase()) ?? 0) + 1);

    const groups: KpiRows[] = [];
    const byKey = new Map<string, KpiRows>();
    let priority = "";
    let lastTop: KpiRows | null = null;
    for (const { r } of labelled) {
      const p = this.priorityAt(r);
      if (p !== null) priority = p;
      const label = this.rowLabel(r, nameCol, idCol);
      if (!label) continue;
      if (hidden.has(r)) this.issues.push(issue("VALUE_HIDDEN_ROW", this.at(r, label.col), String(r + 1)));
      const rowPriority = priority || this.options.tableMapping?.priority || "General";
      const segment = segmentCol ? this.text(r, segmentCol) || null : null;
      if (segmentCol) {
        // With a Segment column, a name repeated is the same KPI for another segment.
        const key = (label.id ?? label.name).toLowerCase();
        const existing = byKey.get(key);
        if (existing) {
          existing.rows.push({ row: r, segment });
          continue;
        }
      }
      const raw = nameCol ? cellAt(this.grid, r, nameCol.col) : null;
      const indented = typeof raw === "string" && /^[\s\u00a0]+\S/.test(raw);
      const repeated = (counts.get(label.name.toLowerCase()) ?? 0) > 1;
      const parent = !segmentCol && label.id === null && lastTop !== null && lastTop.priority === rowPriority && (indented || repeated) ? lastTop : null;
      const id = label.id ?? this.uniqueId(parent ? `${parent.id}/${slugify(label.name)}` : slugify(label.name));
      const group: KpiRows = {
        key: id.toLowerCase(),
        id,
        name: label.name,
        priority: rowPriority,
        parentId: parent?.id ?? null,
        nameCell: this.at(r, label.col),
        generatedId: label.id === null,
        rows: [{ row: r, segment }],
      };
      groups.push(group);
      byKey.set((label.id ?? label.name).toLowerCase(), group);
      if (!parent) lastTop = group;
    }
    return groups;
  }

  /** One KPI named over the period columns, a row per segment, and a row for the whole organisation. */
  private segmentRows(kpiLabel: string): KpiRows[] {
    const segmentCol = this.col("segment");
    const groupCol = this.col("group");
    const hidden = new Set(this.grid.hiddenRows ?? []);
    const rows: { r: number; label: string; group: string }[] = [];
    let group = "";
    for (const r of this.table.dataRows) {
      const g = this.text(r, groupCol);
      if (g !== "") group = g;
      const label = this.text(r, segmentCol);
      if (label === "") continue;
      if (hidden.has(r)) this.issues.push(issue("VALUE_HIDDEN_ROW", this.at(r, segmentCol?.col ?? 0), String(r + 1)));
      rows.push({ r, label, group });
    }
    const id = this.uniqueId(slugify(kpiLabel));
    const total = this.totalRow(rows, kpiLabel);
    const labelCounts = new Map<string, number>();
    for (const row of rows) if (row !== total) labelCounts.set(row.label.toLowerCase(), (labelCounts.get(row.label.toLowerCase()) ?? 0) + 1);
    const kpiRows = rows.map((row) => ({
      row: row.r,
      segment: row === total ? null : (labelCounts.get(row.label.toLowerCase()) ?? 0) > 1 && row.group ? `${row.group}: ${row.label}` : row.label,
    }));
    const headerCell = this.table.columns.find((c) => c.role === "period")?.cell ?? toA1(this.table.top, this.table.left);
    return [
      {
        key: id.toLowerCase(),
        id,
        name: kpiLabel,
        priority: this.options.tableMapping?.priority ?? "General",
        parentId: null,
        generatedId: true,
        nameCell: { sheet: this.sheet, cell: headerCell },
        rows: kpiRows,
      },
    ];
  }

  /**
   * The whole-organisation row of a table of segments: the one the mapping names, one labelled Total (or All,
   * Overall, ...), or, said so in a note, a group of one row beside groups of several (seed 000: "Probation Trust |
   * Dorset" under three local authorities).
   */
  private totalRow<T extends { r: number; label: string; group: string }>(rows: readonly T[], kpiLabel: string): T | null {
    const named = this.options.tableMapping?.total?.toLowerCase();
    if (named) {
      const found = rows.find((row) => row.label.toLowerCase() === named || row.group.toLowerCase() === named || `${row.group} ${row.label}`.toLowerCase() === named);
      if (found) return found;
      this.issues.push(issue("MAPPING_UNREADABLE", { sheet: "", cell: "" }, `tables.${this.sheet}.total`, `no row of the table at ${this.table.range} is labelled "${this.options.tableMapping?.total ?? ""}"`));
    }
    const worded = rows.find((row) => TOTAL_WORDS.has(row.label.toLowerCase()) || TOTAL_WORDS.has(row.group.toLowerCase()));
    if (worded) return worded;
    const sizes = new Map<string, number>();
    for (const row of rows) sizes.set(row.group, (sizes.get(row.group) ?? 0) + 1);
    const single = rows.filter((row) => row.group !== "" && sizes.get(row.group) === 1);
    if (single.length === 1 && [...sizes.values()].some((n) => n > 1)) {
      const row = single[0];
      if (row) {
        this.issues.push(issue("SEGMENT_TOTAL_ASSUMED", this.at(row.r, this.col("segment")?.col ?? 0), String(row.r + 1), `${row.group} ${row.label}`, kpiLabel));
        return row;
      }
    }
    this.issues.push(issue("SEGMENT_TOTAL_MISSING", { sheet: this.sheet, cell: this.table.columns.find((c) => c.role === "period")?.cell ?? "" }, kpiLabel));
    return null;
  }

  /** Long data: KPIs by name or ID, one row per period (and segment). */
  private longRows(): KpiRows[] {
    const nameCol = this.col("name");
    const idCol = this.col("id");
    const segmentCol = this.col("segment");
    const hidden = new Set(this.grid.hiddenRows ?? []);
    const byKey = new Map<string, KpiRows>();
    const groups: KpiRows[] = [];
    let priority = "";
    for (const r of this.table.dataRows) {
      const p = this.priorityAt(r);
      if (p !== null) priority = p;
      const label = this.rowLabel(r, nameCol, idCol);
      if (!label) continue;
      if (hidden.has(r)) this.issues.push(issue("VALUE_HIDDEN_ROW", this.at(r, label.col), String(r + 1)));
      const key = (label.id ?? label.name).toLowerCase();
      const segment = segmentCol ? this.text(r, segmentCol) || null : null;
      const existing = byKey.get(key);
      if (existing) {
        existing.rows.push({ row: r, segment });
        continue;
      }
      const id = label.id ?? this.uniqueId(slugify(label.name));
      const group: KpiRows = {
        key: id.toLowerCase(),
        id,
        name: label.name,
        priority: priority || this.options.tableMapping?.priority || "General",
        parentId: null,
        nameCell: this.at(r, label.col),
        generatedId: label.id === null,
        rows: [{ row: r, segment }],
      };
      byKey.set(key, group);
      groups.push(group);
    }
    return groups;
  }

  private priorityAt(r: number): string | null {
    const p = stripFootnote(this.text(r, this.col("priority"))).text;
    return p === "" ? null : p;
  }

  /** The row's KPI name and ID; `null` for a heading row, or a row whose label is an Excel error (reported). */
  private rowLabel(r: number, nameCol: DetectedColumn | undefined, idCol: DetectedColumn | undefined): { name: string; id: string | null; col: number } | null {
    for (const c of [nameCol, idCol]) {
      if (c && isCellError(cellAt(this.grid, r, c.col))) {
        const cell = cellAt(this.grid, r, c.col);
        this.issues.push(issue("VALUE_ERROR", this.at(r, c.col), isCellError(cell) ? cell.error : ""));
        return null;
      }
    }
    const nameText = this.text(r, nameCol);
    const idText = this.text(r, idCol);
    if (nameText === "" && idText === "") return null;
    const col = nameText !== "" ? (nameCol?.col ?? 0) : (idCol?.col ?? 0);
    const { text: name, mark } = stripFootnote(nameText || idText);
    if (mark && nameText !== "") this.issues.push(issue("VALUE_FOOTNOTE", this.at(r, col), nameText, mark));
    return { name, id: idText === "" ? null : idText, col };
  }

  private uniqueId(base: string): string {
    let id = base;
    for (let n = 2; this.context.takenIds.has(id.toLowerCase()); n++) id = `${base}-${n}`;
    this.context.takenIds.add(id.toLowerCase());
    return id;
  }

  private buildKpi(g: KpiRows): void {
    const first = g.rows[0]?.row ?? 0;
    const mapped = this.options.kpiMapping?.get(g.id.toLowerCase()) ?? this.options.kpiMapping?.get(g.name.toLowerCase());
    const cells = this.valueCells(g);

    const unitCol = this.col("unit");
    const unitText = this.text(first, unitCol);
    const unitFromColumn = unitText === "" ? null : parseUnit(unitText);
    if (unitCol && unitText !== "" && !unitFromColumn) this.issues.push(issue("UNIT_UNKNOWN", this.at(first, unitCol.col), unitText));
    const targetCol = this.col("target");
    const targetRaw = this.text(first, targetCol);
    const unit = mapped?.unit ?? unitFromColumn ?? inferUnit(cells, targetRaw);
    const polarity = this.readPolarity(g, first, mapped);

    const { text: targetText, mark } = stripFootnote(targetRaw);
    if (mark && targetCol) this.issues.push(issue("VALUE_FOOTNOTE", this.at(first, targetCol.col), targetRaw, mark));
    if (targetCol && isCellError(cellAt(this.grid, first, targetCol.col))) {
      this.issues.push(issue("VALUE_ERROR", this.at(first, targetCol.col), targetRaw));
    }
    const target = isCellError(cellAt(this.grid, first, targetCol?.col ?? -1)) ? ({ kind: "none" } as const) : parseTarget(targetText, unit, polarity);
    if (targetCol) {
      const problem = targetIssue(target, targetText, unit, polarity, this.at(first, targetCol.col));
      if (problem) this.issues.push(problem);
    }

    let decimals: number | null = null;
    const seen = new Map<string, string>();
    for (const v of cells) {
      const source = this.at(v.row, v.col);
      const key = `${v.segment?.toLowerCase() ?? ""}\u0000${JSON.stringify(v.period)}`;
      if (v.parsed.kind !== "empty") {
        const firstAt = seen.get(key);
        if (firstAt !== undefined) {
          this.issues.push(issue("PERIOD_DUPLICATE", source, g.id, formatPeriodLabel(v.period, this.start), firstAt));
          continue;
        }
        seen.set(key, source.cell);
      }
      const measured = this.readValue(g, v, unit, source);
      if (measured) {
        this.measurements.push(measured);
        if (measured.value !== null && v.parsed.kind === "number") decimals = Math.max(decimals ?? 0, decimalsShown(v.cell, numberFormatAt(this.grid, v.row, v.col)));
      }
    }
    this.readMarksAndNotes(g);

    const comparisonKind = this.comparisonFor(cells);
    const kpi: Kpi = {
      id: g.id,
      priority: g.priority,
      name: g.name,
      parentId: g.parentId,
      unit,
      polarity,
      aggregation: comparisonKind.aggregation ?? defaultAggregation(unit),
      comparison: comparisonKind.comparison,
      target,
      targetText,
      tolerance: null,
      baseline: null,
      trajectory: null,
      owner: null,
      decimals,
      ...(g.generatedId ? { generatedId: true } : {}),
      source: g.nameCell,
    };
    this.kpis.push(kpi);

    const nameKey = `${g.parentId ?? ""}\u0000${g.name.toLowerCase()}`;
    const firstName = this.context.names.get(nameKey);
    if (firstName !== undefined) this.issues.push(issue("KPI_NAME_DUPLICATE", g.nameCell, g.name, firstName));
    else this.context.names.set(nameKey, g.nameCell.sheet === this.sheet ? g.nameCell.cell : `${g.nameCell.sheet}!${g.nameCell.cell}`);
  }

  /** The cells holding the KPI's figures, each with its period and segment. */
  private valueCells(g: KpiRows): ValueCell[] {
    const out: ValueCell[] = [];
    if (this.table.layout === "long") {
      const periodCol = this.col("period-label");
      const valueCol = this.col("value");
      if (!periodCol || !valueCol) return out;
      for (const { row, segment } of g.rows) {
        const periodCell = cellAt(this.grid, row, periodCol.col);
        const periodText = cellText(periodCell);
        const cell = cellAt(this.grid, row, valueCol.col);
        if (periodText === "") {
          if (cellText(cell) !== "") this.issues.push(issue("VALUE_MISSING", this.at(row, periodCol.col), "Period", "a month such as Apr-13, a quarter such as Q2 2013/14 or a year such as 2013/14"));
          continue;
        }
        const period = parsePeriod(periodCell, numberFormatAt(this.grid, row, periodCol.col), this.start, { periodColumn: true });
        if (!period) {
          this.issues.push(issue("PERIOD_UNREADABLE", this.at(row, periodCol.col), periodText));
          continue;
        }
        out.push({ row, col: valueCol.col, period, segment, cell, ...parseMarkedValue(cell, numberFormatAt(this.grid, row, valueCol.col)) });
      }
      return out;
    }
    for (const c of this.table.columns) {
      if (!(c.role === "period" || c.role === "previous" || c.role === "current") || c.period === null || this.unknownPeriod.has(c.col)) continue;
      for (const { row, segment } of g.rows) {
        const cell = cellAt(this.grid, row, c.col);
        out.push({ row, col: c.col, period: c.period, segment, cell, ...parseMarkedValue(cell, numberFormatAt(this.grid, row, c.col)) });
      }
    }
    return out;
  }

  private readValue(g: KpiRows, v: ValueCell, unit: Unit, source: SourceRef): Measurement | null {
    const text = cellText(v.cell);
    const base = { kpiId: g.id, period: v.period, segment: v.segment, source };
    if (v.mark !== null && v.parsed.kind !== "no-data") this.issues.push(issue("VALUE_TREND_MARK", source, text, v.mark));
    if (v.second !== null && v.parsed.kind === "number") this.issues.push(issue("VALUE_SECOND_FIGURE", source, text, cleanText(text.slice(0, text.indexOf("("))), v.second));
    switch (v.parsed.kind) {
      case "empty":
        // A blank under a period the table gives is "no figure for that period" (a lagging KPI's latest month), so the
        // scorecard shows n/a for it rather than an older figure; it raises no issue.
        return { ...base, value: null };
      case "number":
        if (v.parsed.footnote) this.issues.push(issue("VALUE_FOOTNOTE", source, text, v.parsed.footnote));
        if (!fitsUnit(v.parsed.numberKind, unit)) this.issues.push(issue("VALUE_UNIT_MISMATCH", source, text, unitName(unit)));
        return { ...base, value: v.parsed.value };
      case "grade":
        if (unit !== "grade") {
          this.issues.push(issue("VALUE_UNIT_MISMATCH", source, text, unitName(unit)));
          return null;
        }
        return { ...base, value: v.parsed.score, text: v.parsed.text };
      case "no-data":
        this.issues.push(issue("VALUE_NO_DATA", source, v.parsed.text));
        return { ...base, value: null, text: v.parsed.text };
      case "error":
        this.issues.push(issue("VALUE_ERROR", source, v.parsed.error));
        return null;
      case "unreadable":
        this.issues.push(issue("VALUE_UNREADABLE", source, v.parsed.text, "a number such as 1,431 or a percentage such as 25.5%"));
        return null;
      default: {
        const unreachable: never = v.parsed;
        return unreachable;
      }
    }
  }

  /** RAG columns as overrides, commentary as notes, for their quarter; trend marks only checked. */
  private readMarksAndNotes(g: KpiRows): void {
    const labels = this.options.ragLabels;
    for (const c of this.table.columns) {
      if (c.role !== "rag" && c.role !== "commentary" && c.role !== "trend") continue;
      for (const { row, segment } of g.rows) {
        if (segment !== null) continue;
        const cell = cellAt(this.grid, row, c.col);
        const text = cellText(cell);
        if (text === "") continue;
        const source = this.at(row, c.col);
        if (isCellError(cell)) {
          this.issues.push(issue("VALUE_ERROR", source, text));
          continue;
        }
        if (c.role === "trend") {
          if (parseTrendMark(text) === null) this.issues.push(issue("VALUE_UNREADABLE", source, text, "a trend mark such as ∧, ∨, -, ↑ or ↓"));
          continue;
        }
        if (c.period === null || this.unknownPeriod.has(c.col)) continue;
        const quarter = quarterOf(c.period, this.start);
        const key = `${g.id}\u0000${quarter.fiscalYear}\u0000${quarter.quarter}`;
        const note = this.notes.get(key) ?? { kpiId: g.id, quarter, ragOverride: null, commentary: "", source };
        if (c.role === "rag") {
          const rag = parseRag(text, labels);
          if (!rag) this.issues.push(issue("RAG_UNKNOWN", source, text, describeRagLabels(labels ?? { green: "Green", amber: "Amber", red: "Red" })));
          else this.notes.set(key, { ...note, ragOverride: rag });
        } else {
          this.notes.set(key, { ...note, commentary: note.commentary ? `${note.commentary}\n${text}` : text });
        }
      }
    }
  }

  private readPolarity(g: KpiRows, r: number, mapped: KpiMapping | undefined): Polarity {
    if (mapped?.polarity) return mapped.polarity;
    const polarityCol = this.col("polarity");
    const text = this.text(r, polarityCol);
    const parsed = text === "" ? null : parsePolarity(text);
    if (parsed) return parsed;
    if (text !== "" && polarityCol) this.issues.push(issue("POLARITY_UNKNOWN", this.at(r, polarityCol.col), text));
    else this.issues.push(issue("POLARITY_NOT_SET", g.nameCell, g.name));
    return "neutral";
  }

  /**
   * How a KPI of this table compares: as the table gives it, never rebuilt from its parts. The figure for the report
   * period (the month, quarter, year or span a column gives) against the one of the same length before it (the
   * earlier column of two, the month before, the year before); a year to date against the same months a year before.
   */
  private comparisonFor(cells: readonly ValueCell[]): { comparison: Comparison; aggregation: Aggregation | null } {
    const yearToDate = cells.some((c) => c.period.kind === "span" && c.period.form === "year-to-date");
    return { comparison: { window: "latest", against: yearToDate ? "same-period-last-year" : "previous-period" }, aggregation: "last" };
  }
}

interface ValueCell {
  readonly row: number;
  readonly col: number;
  readonly period: Period;
  readonly segment: string | null;
  readonly cell: CellValue;
  readonly parsed: ParsedValue;
  readonly mark: string | null;
  readonly second: string | null;
}

function defaultAggregation(unit: Unit): Aggregation {
  if (unit === "count" || unit === "currency") return "sum";
  return unit === "grade" ? "last" : "average";
}

/** The fiscal quarter a period ends in: an analyst's RAG or commentary for it stands for that quarter. */
function quarterOf(period: Period, start: number): Quarter {
  return getFiscalQuarter(getPeriodEndMonth(period, start), start);
}

function unitName(unit: Unit): string {
  return unit === "percent" ? "percentage" : unit;
}

/** A unit from how the values were typed: any `%` makes a percentage, `£` currency, `mins` a duration. */
function inferUnit(values: readonly ValueCell[], targetText: string): Unit {
  const kinds = new Set<NumberKind>();
  let grades = 0;
  let numbers = 0;
  for (const v of values) {
    if (v.parsed.kind === "number") {
      kinds.add(v.parsed.numberKind);
      numbers++;
    } else if (v.parsed.kind === "grade") grades++;
  }
  if (kinds.has("percent")) return "percent";
  if (kinds.has("currency")) return "currency";
  if (kinds.has("duration")) return "duration";
  if (grades > 0 && numbers === 0) return "grade";
  if (numbers === 0 && parseTarget(targetText, "grade", "higher-is-better").kind === "grade") return "grade";
  return "count";
}

/** Places Excel's General format shows past which a scorecard shows no more (float noise, long averages). */
const MOST_GENERAL_DECIMALS = 3;

/**
 * Decimal places as typed (`25.5%` 1, `21,012` 0), as a number format shows them (`0.0%` 1), or, for a number in
 * the General format (a CSV opened in Excel), as the number itself shows them (`72.5` 1, ONS's `23.253` 3), at most 3.
 */
function decimalsShown(cell: CellValue, numberFormat: string | undefined): number {
  if (typeof cell === "number" && (numberFormat === undefined || /^general$/i.test(numberFormat.trim()))) {
    // General shows about 10 significant digits, so 72.30000000000001 is 72.3.
    const [, fraction = ""] = String(Number(cell.toPrecision(10))).split(".");
    return /e/i.test(fraction) ? MOST_GENERAL_DECIMALS : Math.min(fraction.length, MOST_GENERAL_DECIMALS);
  }
  const source = typeof cell === "string" ? cleanText(cell) : (numberFormat ?? "").replace(/"[^"]*"|\[[^\]]*\]/g, "");
  const m = typeof cell === "string" ? /\.(\d+)/.exec(source) : /\.([0#?]+)/.exec(source);
  return m ? (m[1] ?? "").length : 0;
}
