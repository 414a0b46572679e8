import { toA1 } from "../../model/address";
import type { CellValue, Grid } from "../../model/grid";
import { cellAt, isCellError, numberFormatAt } from "../../model/grid";
import type { Issue } from "../../model/issue";
import type { Aggregation, Comparison, Kpi, KpiNote, Measurement, Polarity, PublishedChange, PublishedChangeCell, RagLabels, SourceRef, TimeUnit, Unit } from "../../model/kpi";
import type { Period, Quarter } from "../../model/period";
import type { Month } from "../../model/period";
import { month, monthFromIndex, monthIndex, monthSpan } from "../../model/period";
import { spanForm } from "../parse/periodForms";
import { issue } from "../../messages";
import { cellText } from "./cellText";
import { cleanText } from "../parse/cleanText";
import { classifyHeader } from "../detect/classifyHeader";
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
import { isDateFormat } from "../parse/isDateFormat";
import type { HeaderPeriod, HeaderPeriodMatch } from "../parse/parseHeaderPeriod";
import { yearHeading } from "../detect/detectSheetTables";
import { parseHeaderPeriod } from "../parse/parseHeaderPeriod";
import { parsePeriod } from "../parse/parsePeriod";
import { parsePolarity } from "../parse/parsePolarity";
import { parseRag } from "../parse/parseRag";
import { parseTarget } from "../parse/parseTarget";
import { parseTrendMark } from "../parse/parseTrendMark";
import { parseUnit } from "../parse/parseUnit";
import type { ParsedValue } from "../parse/parseValue";
import { inTimeUnit } from "../parse/inTimeUnit";
import { parseTimeUnit } from "../parse/parseTimeUnit";
import { parseStatistic } from "../parse/parseStatistic";
import { splitPeriodMark } from "../parse/splitPeriodMark";
import { inferUnit } from "./inferUnit";
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
  /** The rows with its figures: the KPI's own, and one per segment; or, periods down the rows, each row's period. */
  readonly rows: { readonly row: number; readonly segment: string | null; readonly period?: Period }[];
  /** The columns of its figures, where not every period column is: one measure's of several. */
  readonly columns?: readonly number[];
  /** The measure its figures are (`Total police officers per 100,000 population`): evidence of its unit. */
  readonly measure?: string;
}

/**
 * Half the last place a published figure is given to: `- 5.0%` 0.05, `+ 97,589` 0.5, `£1.7m` 50,000 (the place of
 * its last digit, scaled as the figure is).
 */
function roundingOf(text: string, value: number, decimals: number): number {
  const digits = /(\d[\d,]*(?:\.\d+)?)/.exec(text)?.[1]?.replace(/,/g, "");
  const written = digits === undefined ? NaN : Number(digits);
  const scale = Number.isFinite(written) && written !== 0 && value !== 0 ? Math.abs(value) / written : 1;
  return 0.5 * 10 ** -decimals * (Number.isFinite(scale) && scale > 0 ? scale : 1);
}

/** A row under periods that totals them: `Year to Date`, `Total`, `Full year`. */
const TOTAL_ROW = /^(?:year to date|ytd|total|year total|full year|whole year|annual total)$/i;

/** A caption's number, dropped from the section it names: `Table 4:`, `Figure 1 -`, `KPI 1.1`. */
const CAPTION_NUMBER = /^(?:table|figure|fig\.?|chart|kpi|pi|indicator)\s*[a-z]?\d+(?:\.\d+)*[a-z]?\s*[:.\-\u2013]?\s*/i;

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

  /**
   * Period columns that cannot be placed, that repeat, or that break the order of those before them (newest first is
   * an order, as long as it holds); a report quarter taken on trust.
   */
  private checkPeriods(): void {
    const report = this.table.reportPeriod;
    let assumed = false;
    let previous: { start: number; label: string } | null = null;
    let order = 0;
    const seen = new Set<string>();
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
      const key = `${periodKey(c.period, this.start)}\u0000${c.measure ?? ""}`;
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
      // Oldest first or newest first, as the first two columns set it: both are layouts analysts keep.
      const step = previous ? Math.sign(begins - previous.start) : 0;
      if (step !== 0 && order === 0) order = step;
      else if (step !== 0 && step !== order) this.issues.push(issue("PERIOD_OUT_OF_ORDER", { sheet: this.sheet, cell: c.cell }, label, previous?.label ?? ""));
      previous = { start: begins, label };
    }
  }

  /**
   * One row per KPI (or per KPI and segment, with a Segment column); under each measure where the table has several
   * (a count and a rate under each year). A row with a label and no figure is not a KPI: a group heading when rows
   * with figures follow it (`Benefits`, `Taxes`: the section of the KPIs below it), else a note under the table.
   */
  private wideRows(): KpiRows[] {
    const nameCol = this.col("name");
    const idCol = this.col("id");
    const segmentCol = this.col("segment");
    const hidden = new Set(this.grid.hiddenRows ?? []);
    const labelled = this.table.dataRows.map((r) => ({ r, name: this.text(r, nameCol) }));
    const withFigures = this.table.dataRows.filter((r) => this.hasFigures(r));
    const lastWithFigures = withFigures[withFigures.length - 1] ?? -1;
    // Names repeated under one heading are sub-indicators (Sanction Detection Rate under each crime); the same names
    // under two headings (`Total fires` under `Accidental` and under `Malicious`) are not.
    const counts = new Map<string, number>();
    let block = 0;
    for (const { r, name } of labelled) {
      if (name === "") continue;
      if (!this.hasFigures(r) && r < lastWithFigures) block++;
      const key = `${block}\u0000${stripFootnote(name, { label: true }).text.toLowerCase()}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    block = 0;

    const groups: KpiRows[] = [];
    const byKey = new Map<string, KpiRows>();
    let priority = "";
    let heading = "";
    let lastTop: KpiRows | null = null;
    for (const { r } of labelled) {
      const p = this.priorityAt(r);
      if (p !== null) priority = p;
      const label = this.rowLabel(r, nameCol, idCol);
      if (!label) {
        // Figures without a name: a total row, most often (`| 11 | 11` under the grades); not a KPI, and said so.
        if (this.hasFigures(r) && nameCol && this.text(r, nameCol) === "" && this.text(r, idCol) === "") this.issues.push(issue("ROW_WITHOUT_NAME", this.at(r, nameCol.col), String(r + 1)));
        continue;
      }
      if (!this.hasFigures(r) && label.id === null && !segmentCol) {
        const at = this.at(r, label.col);
        if (r < lastWithFigures) {
          heading = label.name;
          lastTop = null;
          block++;
          this.issues.push(issue("GROUP_ROW_READ", at, label.name));
        } else {
          this.issues.push(issue("NOTE_ROW_SKIPPED", at, label.name));
        }
        continue;
      }
      if (hidden.has(r)) this.issues.push(issue("VALUE_HIDDEN_ROW", this.at(r, label.col), String(r + 1)));
      const rowPriority = this.section(priority || this.options.tableMapping?.priority || heading);
      const segment = segmentCol ? this.labelAt(r, segmentCol) || null : null;
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
      const repeated = (counts.get(`${block}\u0000${label.name.toLowerCase()}`) ?? 0) > 1;
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
    return this.splitByMeasure(groups);
  }

  /**
   * The section KPIs report under: the priority column's, the mapping's, a group heading's; else the table's caption
   * (`Victim Based Crime - The Constabulary ...`, its `Table 4:` number dropped), so tables stacked on a sheet are
   * sections of their own; else General.
   */
  private section(given: string): string {
    if (given !== "") return given;
    return this.caption() ?? "General";
  }

  /** The caption as a KPI's name (`KPI 1.1 Percentage of Council Tax collected`: its number dropped), however long. */
  private captionName(): string | null {
    const title = this.table.title;
    if (title === null) return null;
    const text = stripFootnote(title.replace(CAPTION_NUMBER, "").trim(), { label: true }).text;
    return text === "" ? null : text;
  }

  /** The caption, when it is a title (`Invoices paid 2022-23`), not a sentence about the table (`The table below gives ...`). */
  private caption(): string | null {
    const title = this.table.title;
    if (title === null || (title.length > 100 && /[.:]\s*$/.test(title)) || title.length > 160) return null;
    const text = stripFootnote(title.replace(CAPTION_NUMBER, "").trim(), { label: true }).text;
    return text === "" ? null : text;
  }

  /** Whether a row has a figure (or a no-data marker) in a column of figures for a period. */
  private hasFigures(r: number): boolean {
    return this.table.columns.some((c) => (c.role === "period" || c.role === "previous" || c.role === "current" || c.role === "target") && this.text(r, c) !== "");
  }

  /** A KPI of each row under each measure, where the period columns name two or more; the measure is its section. */
  private splitByMeasure(groups: readonly KpiRows[]): KpiRows[] {
    const measures = [...new Set(this.table.columns.filter((c) => c.role === "period" && c.measure !== null).map((c) => c.measure ?? ""))];
    if (measures.length < 2) return [...groups];
    const out: KpiRows[] = [];
    for (const g of groups) {
      for (const measure of measures) {
        const columns = this.table.columns.filter((c) => c.role === "period" && c.measure === measure).map((c) => c.col);
        const id = this.uniqueId(`${slugify(measure)}/${g.id}`);
        const priority = g.priority === "General" ? measure : `${g.priority}: ${measure}`;
        out.push({ ...g, key: id.toLowerCase(), id, priority, parentId: null, columns, measure });
      }
    }
    return out;
  }

  /** One KPI named over the period columns, a row per segment, and a row for the whole organisation. */
  private segmentRows(kpiLabel: string): KpiRows[] {
    const segmentCol = this.col("segment");
    const groupCol = this.col("group");
    const hidden = new Set(this.grid.hiddenRows ?? []);
    const rows: { r: number; label: string; group: string }[] = [];
    let group = "";
    for (const r of this.table.dataRows) {
      const g = this.labelAt(r, groupCol);
      if (g !== "") group = g;
      const label = this.labelAt(r, segmentCol);
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

  /**
   * Periods down the rows and KPIs across (no name column): each column of figures is a KPI named by its header, its
   * section the group over it (`Number`, `Percentage`) or the caption; under quarters or months without a year
   * (`Q1 | Q2 | Q3 | Q4` beside `2005-06`), one KPI named by the caption, its figures a grid of periods. Rows give
   * their period; a year's row without figures is the year of the `Quarter 1` rows under it.
   */
  private periodRows(): KpiRows[] {
    const periodCol = this.col("period-label");
    const values = this.table.columns.filter((c) => c.role === "value");
    if (!periodCol || values.length === 0) return [];
    const rows = this.rowPeriods(periodCol, values);
    const grid = values.every((c) => c.headerPeriod !== null && c.headerPeriod.kind !== "explicit");
    // One column of figures headed only `Actual` (beside `Target`) is the KPI the caption names.
    const generic = values.length === 1 && values[0] !== undefined && classifyHeader({ text: values[0].header }, null, this.start)?.valueWord === true;
    const named = this.captionName();
    if (grid) {
      const years = rows.map((r) => cellText(cellAt(this.grid, r.row, periodCol.col)));
      for (const c of values) this.issues.push(issue("PERIOD_YEAR_FROM_ROWS", { sheet: this.sheet, cell: c.cell }, c.header, years[0] ?? "", years[years.length - 1] ?? ""));
    }
    if (grid || (generic && named !== null)) {
      const name = named ?? values.map((c) => c.header).join(", ");
      const id = this.uniqueId(slugify(name));
      const nameCell = this.table.title !== null ? this.titleCell() : { sheet: this.sheet, cell: periodCol.cell };
      return [{ key: id.toLowerCase(), id, name, priority: this.options.tableMapping?.priority ?? "General", parentId: null, nameCell, generatedId: true, rows, columns: values.map((c) => c.col) }];
    }
    return values.map((c) => {
      const own = c.levels?.own ?? c.header;
      const { text: name, mark } = stripFootnote(own, { label: true });
      if (mark) this.issues.push(issue("VALUE_FOOTNOTE", { sheet: this.sheet, cell: c.cell }, own, mark));
      const group = c.levels ? stripFootnote(c.levels.group, { label: true }).text : "";
      const id = this.uniqueId(slugify(name || `column ${c.letter}`));
      const priority = this.section(this.options.tableMapping?.priority ?? group);
      const nameCell = { sheet: this.sheet, cell: c.cell };
      return { key: id.toLowerCase(), id, name: name || `Column ${c.letter}`, priority, parentId: null, nameCell, generatedId: true, rows, columns: [c.col], ...(group ? { measure: group } : {}) };
    });
  }

  /**
   * Each data row's period, from the period column: a whole period (`2005-06`, `December 2007`, a year typed as a
   * number); a quarter or month without a year completed by the year's row above it (`2000–01` over `Quarter 1`)
   * or the report year the title names (`April` under `Payment performance data 2023/24`). A row without figures
   * that names a year only sets the year; other rows without figures end the table as notes.
   */
  private rowPeriods(periodCol: DetectedColumn, values: readonly DetectedColumn[]): { row: number; segment: null; period: Period }[] {
    const out: { row: number; segment: null; period: Period; marked?: { at: SourceRef; text: string; mark: string } }[] = [];
    let group: { fiscalYear: number; text: string } | null = null;
    // `12 months ending:` over the column, or `As at May:` in a row of its own, completes the rows below it.
    let qualifier: string | null = /:\s*$/.test(periodCol.header) ? periodCol.header : null;
    const title = this.titleYear();
    for (const r of this.table.dataRows) {
      const cell = cellAt(this.grid, r, periodCol.col);
      const text = cellText(cell);
      const figures = values.some((c) => this.text(r, c) !== "");
      const at = this.at(r, periodCol.col);
      const whole = (h: HeaderPeriodMatch | null) => (h?.period.kind === "explicit" && h.rest === "" ? h.period.period : null);
      const qualified = qualifier !== null && text !== "" ? this.qualifiedHeading(qualifier, text) : null;
      // A year with a mark pasted on (`2002-03 2`) is that year, not a date.
      const mark = qualified ? null : splitPeriodMark(text);
      const markedHeading = mark ? parseHeaderPeriod(mark.text, this.start) : null;
      const marked = mark && whole(markedHeading) ? mark : null;
      const heading = qualified ?? (marked ? markedHeading : this.rowHeading(r, periodCol.col));
      const period = whole(heading);
      if (!figures) {
        if (period) group = { fiscalYear: fiscalYearOf(period, this.start), text };
        else if (/:\s*$/.test(text)) qualifier = text;
        else if (text !== "") this.issues.push(issue("NOTE_ROW_SKIPPED", at, text));
        continue;
      }
      if (period) {
        // As for a column's header: how the row's label was read is for the analyst to check, cell by cell.
        this.issues.push(issue("PERIOD_READ_AS", at, text, describePeriodReading({ kind: "period", period }, this.start)));
        out.push({ row: r, segment: null, period, ...(marked ? { marked: { at, text, mark: marked.mark } } : {}) });
        continue;
      }
      // `Year to Date` (or `Total`) under the months: the span of the periods above it.
      const first = out[0]?.period;
      const last = out[out.length - 1]?.period;
      if (TOTAL_ROW.test(text) && first && last) {
        const span = monthSpan(monthFromIndex(getPeriodMonths(first, this.start).first), monthFromIndex(getPeriodMonths(last, this.start).last), "range", text);
        this.issues.push(issue("PERIOD_FROM_ROWS_ABOVE", at, text, formatPeriodLabel(first, this.start), formatPeriodLabel(last, this.start)));
        out.push({ row: r, segment: null, period: { ...span, form: spanForm(span.first, span.last, this.start) } });
        continue;
      }
      const partial = heading;
      const year = group ?? title;
      const completed = partial && partial.rest === "" && year !== null ? completePeriod(partial.period, year.fiscalYear, this.start, group ? `${text} ${group.text}` : text) : null;
      if (completed && year) {
        if (group) this.issues.push(issue("PERIOD_YEAR_FROM_ROW", at, text, group.text));
        else this.issues.push(issue("PERIOD_YEAR_FROM_TITLE", at, text, year.text));
        out.push({ row: r, segment: null, period: completed });
      } else if (text === "") {
        this.issues.push(issue("VALUE_MISSING", at, "Period", "a month such as Apr-13, a quarter such as Q2 2013/14 or a year such as 2013/14"));
      } else {
        this.issues.push(issue("PERIOD_UNREADABLE", at, text));
      }
    }
    return this.settleMarkedPeriods(out);
  }

  /**
   * Periods with a mark pasted on (`2011-12p` provisional, `2009-10r` revised, `2002-032` note 2): read without it,
   * noted. A note's number on the newest period often makes it part of one (`2007-081`: Quarter 1 to Quarter 2), which
   * the note, not the table, says: that row is left out, with a warning naming it, so the newest whole periods compare.
   */
  private settleMarkedPeriods(
    rows: readonly { row: number; segment: null; period: Period; marked?: { at: SourceRef; text: string; mark: string } }[],
  ): { row: number; segment: null; period: Period }[] {
    const newest = Math.max(...rows.map((r) => getPeriodMonths(r.period, this.start).last));
    const out: { row: number; segment: null; period: Period }[] = [];
    for (const { marked, ...row } of rows) {
      if (marked && /^\d+$/.test(marked.mark) && getPeriodMonths(row.period, this.start).last === newest) {
        this.issues.push(issue("PERIOD_MARKED_LEFT_OUT", marked.at, marked.text, marked.mark));
        continue;
      }
      if (marked) this.issues.push(issue("VALUE_FOOTNOTE", marked.at, marked.text, marked.mark));
      out.push(row);
    }
    return out;
  }

  /** `As at May:` over `2007`: the period the two name together, labelled `As at May 2007`. */
  private qualifiedHeading(qualifier: string, text: string): HeaderPeriodMatch | null {
    const label = `${qualifier.replace(/:\s*$/, "").trim()} ${text}`;
    const read = parseHeaderPeriod(label, this.start);
    if (read?.period.kind !== "explicit") return null;
    return { ...read, rest: "", period: { kind: "explicit", period: { ...read.period.period, label } } };
  }

  /**
   * A period column's cell read as the heading of its row, as a column header is read (`2005-06` is the fiscal year,
   * `1997` the calendar year, `Quarter 1` a quarter without its year); a date is its month, and a year typed as a
   * number with a footnote number pasted onto it (`20002`) is that year.
   */
  private rowHeading(r: number, col: number): HeaderPeriodMatch | null {
    const cell = cellAt(this.grid, r, col);
    const format = numberFormatAt(this.grid, r, col);
    if (typeof cell === "number") {
      if (isDateFormat(format)) {
        const period = parsePeriod(cell, format, this.start);
        return period ? { period: { kind: "explicit", period }, rest: "", form: null } : null;
      }
      return Number.isInteger(cell) && cell >= 1900 ? parseHeaderPeriod(yearHeading(cell), this.start) : null;
    }
    const text = cellText(cell);
    return text === "" ? null : parseHeaderPeriod(text, this.start);
  }

  /** The year a table's title names (`Payment performance data 2023/24`), for periods named without one. */
  private titleYear(): { fiscalYear: number; text: string } | null {
    const title = this.table.title;
    const found = title === null ? null : parseHeaderPeriod(title, this.start);
    if (found?.period.kind !== "explicit") return null;
    const p = found.period.period;
    return p.kind === "year" ? { fiscalYear: p.fiscalYear, text: title ?? "" } : null;
  }

  /** Where a caption above the table is: the row of the title, in the table's first column. */
  private titleCell(): SourceRef {
    for (let r = this.table.top - 1; r >= 0; r--) {
      const row = this.grid.rows[r] ?? [];
      const c = row.findIndex((v) => cellText(v) !== "");
      if (c >= 0) return this.at(r, c);
    }
    return this.at(this.table.top, this.table.left);
  }

  /** Long data: KPIs by name or ID, one row per period (and segment). */
  private longRows(): KpiRows[] {
    const nameCol = this.col("name");
    const idCol = this.col("id");
    if (!nameCol && !idCol) return this.periodRows();
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
      const segment = segmentCol ? this.labelAt(r, segmentCol) || null : null;
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
    const p = this.labelAt(r, this.col("priority"));
    return p === "" ? null : p;
  }

  /** A label cell (priority, group, segment) without the footnote mark pasted onto it, which is noted. */
  private labelAt(r: number, column: DetectedColumn | undefined): string {
    const raw = this.text(r, column);
    const { text, mark } = stripFootnote(raw, { label: true });
    if (mark && column) this.issues.push(issue("VALUE_FOOTNOTE", this.at(r, column.col), raw, mark));
    return text;
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
    const { text: name, mark } = stripFootnote(nameText || idText, { label: nameText !== "" });
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
    const targetRow = this.targetRow(g, cells);
    const targetCol = this.targetColumn(targetRow, cells);
    const targetRaw = this.text(targetRow, targetCol);
    const { text: targetText, mark } = stripFootnote(targetRaw);
    const headers = [
      ...(g.measure ? [g.measure] : []),
      ...new Set(cells.map((v) => this.table.columns.find((c) => c.col === v.col)?.header ?? "")),
      ...(this.table.unitNote ? [this.table.unitNote] : []),
    ];
    const inferred = inferUnit({ values: cells.map((v) => v.parsed), name: g.name, target: targetText, headers });
    const unit = mapped?.unit ?? unitFromColumn ?? inferred.unit;
    const timeUnit = unit === "duration" ? (parseTimeUnit(unitText) ?? inferred.timeUnit) : undefined;
    if (unit === inferred.unit && !mapped?.unit && !unitFromColumn && inferred.because) {
      this.issues.push(issue("UNIT_INFERRED", g.nameCell, g.name, unitName(unit), inferred.because));
    }
    const polarity = this.readPolarity(g, first, mapped);

    if (mark && targetCol) this.issues.push(issue("VALUE_FOOTNOTE", this.at(targetRow, targetCol.col), targetRaw, mark));
    if (targetCol && isCellError(cellAt(this.grid, targetRow, targetCol.col))) {
      this.issues.push(issue("VALUE_ERROR", this.at(targetRow, targetCol.col), targetRaw));
    }
    const target = isCellError(cellAt(this.grid, targetRow, targetCol?.col ?? -1)) ? ({ kind: "none" } as const) : parseTarget(targetText, unit, polarity, timeUnit);
    if (targetCol) {
      const problem = targetIssue(target, targetText, unit, polarity, this.at(targetRow, targetCol.col));
      if (problem) this.issues.push(problem);
    }

    let decimals: number | null = null;
    // A plain 64.74 among 73.65% cells is a percentage too; said at its cell, as UNIT_INFERRED says it for a KPI of plain figures.
    const typedPercent = cells.some((v) => v.parsed.kind === "number" && v.parsed.numberKind === "percent");
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
      const measured = this.readValue(g, v, unit, timeUnit, source, typedPercent);
      if (measured) {
        this.measurements.push(measured);
        if (measured.value !== null && v.parsed.kind === "number") decimals = Math.max(decimals ?? 0, decimalsShown(v.cell, numberFormatAt(this.grid, v.row, v.col)));
      }
    }
    this.readMarksAndNotes(g);

    const comparisonKind = this.comparisonFor(cells);
    const publishedChange = this.publishedChange(g, cells, timeUnit);
    // A caption saying `Median waits` makes its rows percentiles; one saying `average` may cover counts too.
    const statistic = parseStatistic(g.name, g.priority) ?? (parseStatistic(this.table.title ?? "") === "percentile" ? "percentile" : null);
    const kpi: Kpi = {
      id: g.id,
      priority: g.priority,
      name: g.name,
      parentId: g.parentId,
      unit,
      ...(timeUnit ? { timeUnit } : {}),
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
      ...(statistic ? { statistic } : {}),
      ...(publishedChange ? { publishedChange } : {}),
      ...(g.generatedId ? { generatedId: true } : {}),
      source: g.nameCell,
    };
    this.kpis.push(kpi);

    const nameKey = `${g.priority.toLowerCase()}\u0000${g.parentId ?? ""}\u0000${g.name.toLowerCase()}`;
    const firstName = this.context.names.get(nameKey);
    if (firstName !== undefined) this.issues.push(issue("KPI_NAME_DUPLICATE", g.nameCell, g.name, firstName));
    else this.context.names.set(nameKey, g.nameCell.sheet === this.sheet ? g.nameCell.cell : `${g.nameCell.sheet}!${g.nameCell.cell}`);
  }

  /** The cells holding the KPI's figures, each with its period and segment. */
  private valueCells(g: KpiRows): ValueCell[] {
    const out: ValueCell[] = [];
    if (this.table.layout === "long" && g.columns) {
      // Periods down the rows: each row's period is known, and the columns are the KPI's (a grid's are quarters).
      for (const { row, segment, period } of g.rows) {
        for (const col of g.columns) {
          const c = this.table.columns.find((d) => d.col === col);
          const label = `${c?.header ?? ""} ${cellText(cellAt(this.grid, row, this.col("period-label")?.col ?? -1))}`;
          const at = c?.headerPeriod && c.headerPeriod.kind !== "explicit" && period ? completePeriod(c.headerPeriod, fiscalYearOf(period, this.start), this.start, label) : period;
          if (!at) continue;
          const cell = cellAt(this.grid, row, col);
          out.push({ row, col, period: at, segment, cell, ...parseMarkedValue(cell, numberFormatAt(this.grid, row, col)) });
        }
      }
      return out;
    }
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
      if (g.columns && !g.columns.includes(c.col)) continue;
      for (const { row, segment } of g.rows) {
        const cell = cellAt(this.grid, row, c.col);
        out.push({ row, col: c.col, period: c.period, segment, cell, ...parseMarkedValue(cell, numberFormatAt(this.grid, row, c.col)) });
      }
    }
    return out;
  }

  private readValue(g: KpiRows, v: ValueCell, unit: Unit, timeUnit: TimeUnit | undefined, source: SourceRef, typedPercent: boolean): Measurement | null {
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
        else if (unit === "percent" && v.parsed.numberKind === "plain" && typedPercent) this.issues.push(issue("VALUE_READ_AS_PERCENT", source, text));
        return { ...base, value: v.parsed.numberKind === "duration" ? inTimeUnit(v.parsed.value, timeUnit) : v.parsed.value };
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

  /**
   * The target column, where a table gives a target for each year (`2014/15` over `Target`, `Aim` over `2019/20`):
   * the one for the latest period the KPI has a figure for, else the latest before it, said in a note; a table with
   * one target column has no choice to make.
   */
  /**
   * The change the table publishes on the KPI's row (`Change` over `Numeric | Percentage`: `+ 106,270`, `+ 3.1%`), and
   * the two figures it compares: those of the periods its header names (`% change 2017/18 to 2018/19`), else the
   * KPI's latest figure and the one before it. Not for a KPI of several measures or of periods down the rows, whose
   * change columns cannot be told apart; not a variance against the target.
   */
  private publishedChange(g: KpiRows, cells: readonly ValueCell[], timeUnit: TimeUnit | undefined): PublishedChange | null {
    const columns = this.table.columns.filter((c) => c.role === "change" && c.changeKind !== "target");
    const row = g.rows[0]?.row;
    if (columns.length === 0 || row === undefined || g.measure !== undefined || g.rows.some((r) => r.period !== undefined)) return null;
    const own = cells.filter((v) => v.row === row && v.parsed.kind === "number");
    const byEnd = [...own].sort((a, b) => getPeriodMonths(b.period, this.start).last - getPeriodMonths(a.period, this.start).last);
    const found: PublishedChangeCell[] = [];
    const values: { actual: number | null; percent: number | null; points: number | null } = { actual: null, percent: null, points: null };
    let compared: readonly [ValueCell | undefined, ValueCell | undefined] = [byEnd[0], byEnd[1]];
    for (const c of columns) {
      // A change under one period (`2023/24` over `Actual | Change`) is that period's: not the latest's unless it is.
      const under = c.levels ? parseHeaderPeriod(c.levels.group, this.start) : null;
      const latest = compared[0];
      if (under?.period.kind === "explicit" && latest && periodKey(under.period.period, this.start) !== periodKey(latest.period, this.start)) continue;
      const cell = cellAt(this.grid, row, c.col);
      const text = cellText(cell);
      if (text === "") continue;
      const source = this.at(row, c.col);
      const parsed = parseMarkedValue(cell, numberFormatAt(this.grid, row, c.col)).parsed;
      if (parsed.kind !== "number") {
        if (parsed.kind === "unreadable") this.issues.push(issue("VALUE_UNREADABLE", source, text, "a change such as +1,431, -6.8% or +4.1 pts"));
        continue;
      }
      const kind = parsed.numberKind === "percent" ? "percent" : parsed.numberKind === "points" ? "points" : c.changeKind === "percent" || c.changeKind === "points" ? c.changeKind : "actual";
      const value = kind === "actual" && parsed.numberKind === "duration" ? inTimeUnit(parsed.value, timeUnit) : parsed.value;
      values[kind] = value;
      const decimals = decimalsShown(cell, numberFormatAt(this.grid, row, c.col));
      found.push({ kind, text, rounding: typeof cell === "string" ? roundingOf(text, value, decimals) : 0.5 * 10 ** -decimals, decimals, source });
      const hp = c.headerPeriod;
      if (hp?.kind === "comparison") {
        const at = (p: Period) => own.find((v) => periodKey(v.period, this.start) === periodKey(p, this.start));
        compared = [at(hp.current), at(hp.previous)];
      }
    }
    const [current, previous] = compared;
    if (found.length === 0 || !current || !previous || current.parsed.kind !== "number" || previous.parsed.kind !== "number") return null;
    const figure = (v: ValueCell) => (v.parsed.kind === "number" && v.parsed.numberKind === "duration" ? inTimeUnit(v.parsed.value, timeUnit) : v.parsed.kind === "number" ? v.parsed.value : 0);
    return { ...values, currentValue: figure(current), previousValue: figure(previous), cells: found };
  }

  /**
   * The row holding the KPI's target: its own; with periods down the rows (`2019/20 | 95.00% | 97.15%` under
   * `Target | Actual`), the row of its latest figure, said in a note when other rows give targets too.
   */
  private targetRow(g: KpiRows, cells: readonly ValueCell[]): number {
    const first = g.rows[0]?.row ?? 0;
    const targetCol = this.col("target");
    if (!targetCol || !g.rows.some((r) => r.period !== undefined)) return first;
    let latest: ValueCell | undefined;
    for (const v of cells) {
      if (v.parsed.kind !== "number") continue;
      if (!latest || getPeriodMonths(v.period, this.start).last > getPeriodMonths(latest.period, this.start).last) latest = v;
    }
    if (!latest) return first;
    const given = g.rows.filter((r) => this.text(r.row, targetCol) !== "");
    if (given.length > 1 && this.text(latest.row, targetCol) !== "") {
      this.issues.push(issue("TARGET_FOR_PERIOD", this.at(latest.row, targetCol.col), this.text(latest.row, targetCol), this.text(latest.row, this.col("period-label"))));
    }
    return latest.row;
  }

  private targetColumn(row: number, cells: readonly ValueCell[]): DetectedColumn | undefined {
    const targets = this.table.columns.filter((c) => c.role === "target");
    if (targets.length < 2 || targets.some((c) => c.period === null)) return targets[0];
    const given = targets.filter((c) => this.text(row, c) !== "");
    const latest = Math.max(...cells.filter((v) => v.parsed.kind === "number").map((v) => getPeriodMonths(v.period, this.start).first));
    if (!Number.isFinite(latest) || given.length === 0) return given[0] ?? targets[0];
    const atOrBefore = given.filter((c) => c.period !== null && getPeriodMonths(c.period, this.start).first <= latest);
    const chosen = atOrBefore.find((c) => c.period !== null && getPeriodMonths(c.period, this.start).first === latest) ?? atOrBefore[atOrBefore.length - 1];
    if (!chosen) return undefined;
    if (given.length > 1) this.issues.push(issue("TARGET_FOR_PERIOD", this.at(row, chosen.col), this.text(row, chosen), chosen.header));
    return chosen;
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

/**
 * A quarter, month or months named without a year, in the given fiscal year, labelled as the table labels it
 * (`Quarter 1 2000–01`, `February`).
 */
function completePeriod(partial: HeaderPeriod, fiscalYear: number, start: number, label: string): Period | null {
  const at = (m: number) => month(m >= start ? fiscalYear : fiscalYear + 1, m);
  const span = (first: Month, last: Month): Period | null =>
    monthIndex(last) < monthIndex(first) ? null : monthSpan(first, last, spanForm(first, last, start), cleanText(label));
  switch (partial.kind) {
    case "explicit":
      return partial.period;
    case "quarter-only": {
      const first = monthFromIndex(monthIndex(month(fiscalYear, start)) + (partial.quarter - 1) * 3);
      return span(first, monthFromIndex(monthIndex(first) + 2));
    }
    case "month-only":
      return span(at(partial.month), at(partial.month));
    case "months-only":
      return span(at(partial.from), at(partial.to));
    case "comparison":
      return null;
    default: {
      const unreachable: never = partial;
      return unreachable;
    }
  }
}

/** The fiscal year a period falls in (the one it starts in). */
function fiscalYearOf(period: Period, start: number): number {
  const first = getPeriodMonths(period, start).first;
  const m = first % 12; // 0-based month
  const year = Math.floor(first / 12);
  return m + 1 >= start ? year : year - 1;
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
