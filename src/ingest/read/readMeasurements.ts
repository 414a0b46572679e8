import { columnLetters, toA1 } from "../../model/address";
import type { CellValue, Grid } from "../../model/grid";
import { cellAt, isCellError, numberFormatAt } from "../../model/grid";
import type { Issue } from "../../model/issue";
import type { Kpi, MeasurementList, SourceRef, Unit } from "../../model/kpi";
import type { Period } from "../../model/period";
import { issue } from "../../messages";
import { append } from "./append";
import { cellText } from "./cellText";
import { MeasurementColumns } from "./measurementColumns";
import type { ColumnSpec } from "../detect/findHeader";
import { describeRow, findHeader } from "../detect/findHeader";
import { fitsUnit } from "../parse/fitsUnit";
import { inTimeUnit } from "../parse/inTimeUnit";
import { parsePeriod } from "../parse/parsePeriod";
import type { NumberKind } from "../parse/parseValue";
import { numberFormatEffect, parseValue, percentOfFraction } from "../parse/parseValue";
import { formatPeriodLabel } from "../../calc/formatPeriodLabel";
import { getPeriodMonths } from "../../calc/getPeriodMonths";
import { periodKey } from "../../calc/periodKey";
import type { ReadResult } from "./readResult";

type MeasurementColumn = "kpiId" | "period" | "value" | "segment";

export const MEASUREMENT_COLUMNS: readonly ColumnSpec<MeasurementColumn>[] = [
  { key: "kpiId", label: "KPI ID", synonyms: ["id", "kpi", "ref", "kpi ref", "reference", "code"], required: true },
  { key: "period", label: "Period", synonyms: ["month", "date", "quarter", "period ending", "month ending", "year"] },
  { key: "value", label: "Value", synonyms: ["actual", "figure", "result", "amount"] },
  { key: "segment", label: "Segment", synonyms: ["area", "section", "department", "location", "division", "district"] },
];

export interface ReadMeasurementsOptions {
  /** The KPIs the register defines: IDs are matched in any case, units check the values. */
  readonly kpis: readonly Kpi[];
  /** IDs of register rows left out for their own errors: their data is skipped without a further issue. */
  readonly ignoredIds?: ReadonlySet<string>;
  readonly fiscalYearStartMonth: number;
  /** From the column mapping: workbook headers -> column names. */
  readonly aliases?: ReadonlyMap<string, string>;
}

/**
 * Reads the Measurements sheet, long (`KPI ID | Period | Value | Segment`) or wide (`KPI ID | Segment | Apr-12 |
 * May-12 | ...`), told apart by the header. Blank cells are skipped; no-data markers become `null` values with a
 * note; Excel errors, unreadable values and periods, unknown KPIs and duplicate KPI + period + segment are
 * reported and left out. A percentage KPI's plain value between -1 and 1 among values above 1 is read as typed
 * and warned about (`VALUE_PERCENT_SCALE`), never rescaled.
 *
 * Numeric cells take `parseValue`'s regex-free path, so a few million cells read in well under a second.
 *
 * @example readMeasurements(grid, { kpis, fiscalYearStartMonth: 4 }).data[0]?.period // month(2012, 4)
 */
export function readMeasurements(grid: Grid, options: ReadMeasurementsOptions): ReadResult<MeasurementList> {
  const start = options.fiscalYearStartMonth;
  const isPeriodHeader = (cell: CellValue, format: string | undefined) => parsePeriod(cell, format, start, { periodColumn: true }) !== null;
  const found = findHeader(grid, MEASUREMENT_COLUMNS, { aliases: options.aliases, claim: isPeriodHeader });
  const header = found.header;
  if (!header) return { data: [], issues: found.issues };

  const reader = new MeasurementReader(grid, options, header.row);
  append(reader.issues, found.issues);
  const { period, value } = header.columns;
  if (period !== undefined && value !== undefined) {
    for (const c of header.claimed) reader.issues.push(issue("HEADER_UNKNOWN", reader.at(header.row, c), cellText(cellAt(grid, header.row, c))));
    reader.readLong(header.columns.kpiId ?? 0, period, value, header.columns.segment);
  } else if (header.claimed.length > 0) {
    if (period !== undefined) reader.issues.push(issue("HEADER_UNKNOWN", reader.at(header.row, period), cellText(cellAt(grid, header.row, period))));
    if (value !== undefined) reader.issues.push(issue("HEADER_UNKNOWN", reader.at(header.row, value), cellText(cellAt(grid, header.row, value))));
    reader.readWide(header.columns.kpiId ?? 0, header.columns.segment, header.claimed);
  } else {
    const width = Math.max(1, grid.rows[header.row]?.length ?? 1);
    const at = { sheet: grid.sheet, cell: `${toA1(header.row, 0)}:${toA1(header.row, width - 1)}` };
    const description = describeRow(grid, header.row);
    if (period === undefined) reader.issues.push(issue("COLUMN_MISSING", at, "Period", description));
    if (value === undefined) reader.issues.push(issue("COLUMN_MISSING", at, "Value", description));
  }
  reader.reportPercentScale();
  return { data: reader.measurements, issues: reader.issues };
}

interface PercentCandidate {
  readonly kpi: Kpi;
  readonly value: number;
  readonly cell: string;
}

class MeasurementReader {
  readonly measurements = new MeasurementColumns();
  readonly issues: Issue[] = [];
  private readonly sheet: string;
  private readonly letters: string[] = [];
  private readonly kpisByKey: ReadonlyMap<string, Kpi>;
  private readonly ignored: ReadonlySet<string>;
  private readonly reportedUnknown = new Set<string>();
  private readonly hidden: ReadonlySet<number>;
  private readonly percentCandidates: PercentCandidate[] = [];
  private readonly percentAboveOne = new Set<string>();
  private readonly idCache = new Map<string, Kpi>();
  private readonly segmentCache = new Map<string, string | null>();

  constructor(
    private readonly grid: Grid,
    private readonly options: ReadMeasurementsOptions,
    private readonly headerRow: number,
  ) {
    this.sheet = grid.sheet;
    this.kpisByKey = new Map(options.kpis.map((k) => [k.id.toLowerCase(), k]));
    this.ignored = new Set([...(options.ignoredIds ?? [])].map((id) => id.toLowerCase()));
    this.hidden = new Set(grid.hiddenRows ?? []);
  }

  at(r: number, c: number): SourceRef {
    return { sheet: this.sheet, cell: toA1(r, c) };
  }

  /** A1 address without re-deriving the column letters for every cell. */
  private address(r: number, c: number): string {
    const letters = this.letters[c] ?? (this.letters[c] = columnLetters(c));
    return `${letters}${r + 1}`;
  }

  readLong(idCol: number, periodCol: number, valueCol: number, segmentCol: number | undefined): void {
    const { grid, options } = this;
    const seen = new Map<string, string>();
    const periodCache = new Map<string, Period | null>();
    for (let r = this.headerRow + 1; r < grid.rows.length; r++) {
      const row = grid.rows[r];
      if (!row || row.length === 0) continue;
      const kpi = this.rowKpi(r, row, idCol);
      if (!kpi) continue;

      const periodCell = row[periodCol] ?? null;
      if (isCellError(periodCell)) {
        this.issues.push(issue("VALUE_ERROR", this.at(r, periodCol), periodCell.error));
        continue;
      }
      const periodText = cellText(periodCell);
      if (periodText === "") {
        this.issues.push(issue("VALUE_MISSING", this.at(r, periodCol), "Period", "a month such as Apr-13, a quarter such as Q2 2013/14 or a year such as 2013/14"));
        continue;
      }
      let period: Period | null | undefined;
      if (typeof periodCell === "string") {
        period = periodCache.get(periodCell);
        if (period === undefined) {
          period = parsePeriod(periodCell, undefined, options.fiscalYearStartMonth, { periodColumn: true });
          periodCache.set(periodCell, period);
        }
      } else {
        period = parsePeriod(periodCell, numberFormatAt(grid, r, periodCol), options.fiscalYearStartMonth, { periodColumn: true });
      }
      if (!period) {
        this.issues.push(issue("PERIOD_UNREADABLE", this.at(r, periodCol), periodText));
        continue;
      }

      const valueCell = row[valueCol] ?? null;
      if (valueCell === null || valueCell === "") continue;
      if (this.segmentError(r, row, segmentCol)) continue;
      const segment = this.segmentOf(row, segmentCol);
      const key = `${kpi.id}\u0000${segment?.toLowerCase() ?? ""}\u0000${periodKey(period, options.fiscalYearStartMonth)}`;
      const cell = this.address(r, valueCol);
      const first = seen.get(key);
      if (first !== undefined) {
        this.issues.push(issue("PERIOD_DUPLICATE", { sheet: this.sheet, cell }, kpi.id, this.label(period), first));
        continue;
      }
      seen.set(key, cell);
      this.take(kpi, period, segment, valueCell, numberFormatAt(grid, r, valueCol), r, valueCol);
    }
  }

  readWide(idCol: number, segmentCol: number | undefined, claimed: readonly number[]): void {
    const grid = this.grid;
    const columns = this.periodColumns(claimed);
    const formats = grid.numberFormats;
    // Rows for the same KPI and segment: later rows may only fill periods the earlier ones left blank.
    const rowsByKey = new Map<string, number[]>();
    for (let r = this.headerRow + 1; r < grid.rows.length; r++) {
      const row = grid.rows[r];
      if (!row || row.length === 0) continue;
      const kpi = this.rowKpi(r, row, idCol);
      if (!kpi || this.segmentError(r, row, segmentCol)) continue;
      const segment = this.segmentOf(row, segmentCol);
      const rowKey = `${kpi.id}\u0000${segment?.toLowerCase() ?? ""}`;
      const earlier = rowsByKey.get(rowKey);
      if (earlier) earlier.push(r);
      else rowsByKey.set(rowKey, [r]);
      const rowFormats = formats?.[r];
      const rowNumber = String(r + 1);

      for (const { col, period } of columns) {
        const value = row[col];
        if (value === null || value === undefined || value === "") continue;
        if (earlier) {
          const cell = `${this.letters[col] ?? columnLetters(col)}${rowNumber}`;
          const first = earlier.find((e) => e !== r && !isBlank(grid.rows[e]?.[col]));
          if (first !== undefined) {
            this.issues.push(issue("PERIOD_DUPLICATE", { sheet: this.sheet, cell }, kpi.id, this.label(period), toA1(first, col)));
            continue;
          }
        }
        this.take(kpi, period, segment, value, rowFormats?.[col], r, col);
      }
    }
  }

  /** The wide table's period columns, in order: repeated periods are dropped, backward steps warned. */
  private periodColumns(claimed: readonly number[]): { col: number; period: Period }[] {
    const { grid, options } = this;
    const columns: { col: number; period: Period }[] = [];
    const seen = new Set<number>();
    let previous: { period: Period; start: number } | null = null;
    for (const col of claimed) {
      this.letters[col] = columnLetters(col);
      const cell = cellAt(grid, this.headerRow, col);
      const period = parsePeriod(cell, numberFormatAt(grid, this.headerRow, col), options.fiscalYearStartMonth, { periodColumn: true });
      if (!period) continue;
      const at = this.at(this.headerRow, col);
      const key = periodKey(period, options.fiscalYearStartMonth);
      if (seen.has(key)) {
        this.issues.push(issue("HEADER_DUPLICATE", at, cellText(cell)));
        continue;
      }
      seen.add(key);
      const start = getPeriodMonths(period, options.fiscalYearStartMonth).first;
      if (previous && start < previous.start) {
        this.issues.push(issue("PERIOD_OUT_OF_ORDER", at, this.label(period), this.label(previous.period)));
      }
      previous = { period, start };
      columns.push({ col, period });
    }
    return columns;
  }

  /** The row's KPI, or `undefined` (reported) when the row has no ID or an unknown one; blank rows quietly. */
  private rowKpi(r: number, row: readonly CellValue[], idCol: number): Kpi | undefined {
    const idCell = row[idCol] ?? null;
    // IDs repeat row after row: look each distinct one up once.
    if (typeof idCell === "string" && idCell !== "" && !(this.hidden.size > 0 && this.hidden.has(r))) {
      const known = this.idCache.get(idCell);
      if (known) return known;
    }
    if (isCellError(idCell)) {
      this.issues.push(issue("VALUE_ERROR", this.at(r, idCol), idCell.error));
      return undefined;
    }
    const idText = cellText(idCell);
    if (idText === "") {
      if (row.some((c) => !isBlank(c))) {
        this.issues.push(issue("VALUE_MISSING", this.at(r, idCol), "KPI ID", "the ID of a KPI in the KPI register"));
      }
      return undefined;
    }
    if (this.hidden.size > 0 && this.hidden.has(r)) {
      this.issues.push(issue("VALUE_HIDDEN_ROW", this.at(r, idCol), String(r + 1)));
    }
    const key = idText.toLowerCase();
    const kpi = this.kpisByKey.get(key);
    if (kpi) {
      if (typeof idCell === "string") this.idCache.set(idCell, kpi);
      return kpi;
    }
    if (!this.ignored.has(key) && !this.reportedUnknown.has(key)) {
      this.reportedUnknown.add(key);
      this.issues.push(issue("KPI_UNKNOWN", this.at(r, idCol), idText));
    }
    return undefined;
  }

  /** A segment cell holding an Excel error: reported, and the row left out rather than filed under "#N/A". */
  private segmentError(r: number, row: readonly CellValue[], segmentCol: number | undefined): boolean {
    if (segmentCol === undefined) return false;
    const cell = row[segmentCol] ?? null;
    if (!isCellError(cell)) return false;
    this.issues.push(issue("VALUE_ERROR", this.at(r, segmentCol), cell.error));
    return true;
  }

  private segmentOf(row: readonly CellValue[], segmentCol: number | undefined): string | null {
    if (segmentCol === undefined) return null;
    const cell = row[segmentCol] ?? null;
    if (typeof cell === "string") {
      const cached = this.segmentCache.get(cell);
      if (cached !== undefined) return cached;
      const text = cellText(cell);
      this.segmentCache.set(cell, text === "" ? null : text);
      return text === "" ? null : text;
    }
    const text = cellText(cell);
    return text === "" ? null : text;
  }

  private label(period: Period): string {
    return formatPeriodLabel(period, this.options.fiscalYearStartMonth);
  }

  /** Reads one value cell into a measurement, or reports why it cannot. */
  private take(kpi: Kpi, period: Period, segment: string | null, value: CellValue, format: string | undefined, row: number, col: number): void {
    // The common case, a finite number in a plain or percentage format, skips parseValue's result object: millions
    // of cells pass here.
    if (typeof value === "number" && value - value === 0 && kpi.unit !== "grade") {
      const effect = numberFormatEffect(format);
      if (effect === "plain" || (effect === "percent" && kpi.unit === "percent")) {
        const number = effect === "percent" ? percentOfFraction(value) : value === 0 ? 0 : value;
        if (kpi.unit === "percent") this.notePercent(kpi, number, effect, row, col);
        this.measurements.addCell(kpi.id, period, number, segment, this.sheet, row, col);
        return;
      }
    }
    const cell = `${this.letters[col] ?? columnLetters(col)}${row + 1}`;
    const parsed = parseValue(value, format);
    const source = { sheet: this.sheet, cell };
    switch (parsed.kind) {
      case "empty":
        return;
      case "number": {
        if (parsed.footnote !== null) this.issues.push(issue("VALUE_FOOTNOTE", source, cellText(value), parsed.footnote));
        // A grade KPI takes scores 1-5 as well as grade words.
        const notAScore = kpi.unit === "grade" && !(Number.isInteger(parsed.value) && parsed.value >= 1 && parsed.value <= 5);
        if (notAScore || !fitsUnit(parsed.numberKind, kpi.unit)) {
          this.issues.push(issue("VALUE_UNIT_MISMATCH", source, cellText(value), unitName(kpi.unit)));
        }
        if (notAScore) return;
        if (kpi.unit === "percent") this.notePercent(kpi, parsed.value, parsed.numberKind, row, col);
        // Durations are read as minutes and kept in the KPI's time unit; a plain number is in it already.
        const number = parsed.numberKind === "duration" ? inTimeUnit(parsed.value, kpi.timeUnit) : parsed.value;
        this.measurements.addCell(kpi.id, period, number, segment, this.sheet, row, col);
        return;
      }
      case "no-data":
        this.issues.push(issue("VALUE_NO_DATA", source, parsed.text));
        this.measurements.addCell(kpi.id, period, null, segment, this.sheet, row, col, parsed.text);
        return;
      case "grade":
        if (kpi.unit !== "grade") {
          this.issues.push(issue("VALUE_UNIT_MISMATCH", source, parsed.text, unitName(kpi.unit)));
          return;
        }
        if (parsed.footnote !== null) this.issues.push(issue("VALUE_FOOTNOTE", source, parsed.text, parsed.footnote));
        this.measurements.addCell(kpi.id, period, parsed.score, segment, this.sheet, row, col, parsed.text);
        return;
      case "error":
        this.issues.push(issue("VALUE_ERROR", source, parsed.error));
        return;
      case "unreadable":
        this.issues.push(issue("VALUE_UNREADABLE", source, parsed.text, expectedValue(kpi.unit)));
        return;
      default: {
        const unreachable: never = parsed;
        return unreachable;
      }
    }
  }

  private notePercent(kpi: Kpi, value: number, kind: NumberKind, row: number, col: number): void {
    if (Math.abs(value) > 1) this.percentAboveOne.add(kpi.id);
    else if (kind === "plain" && value !== 0) this.percentCandidates.push({ kpi, value, cell: this.address(row, col) });
  }

  /** Fractions among whole percentages are warned one by one; a KPI of nothing but fractions once. */
  reportPercentScale(): void {
    const warnedKpis = new Set<string>();
    for (const { kpi, value, cell } of this.percentCandidates) {
      const at = { sheet: this.sheet, cell };
      if (this.percentAboveOne.has(kpi.id)) {
        this.issues.push(issue("VALUE_PERCENT_SCALE", at, String(value)));
      } else if (!warnedKpis.has(kpi.id)) {
        warnedKpis.add(kpi.id);
        this.issues.push(issue("VALUE_PERCENT_FRACTIONS", at, kpi.name, String(value)));
      }
    }
  }
}

function isBlank(cell: CellValue | undefined): boolean {
  return cell === null || cell === undefined || (typeof cell === "string" && cellText(cell) === "");
}

function unitName(unit: Unit): string {
  return unit === "percent" ? "percentage" : unit;
}

function expectedValue(unit: Unit): string {
  switch (unit) {
    case "percent":
      return "a percentage such as 25.5%";
    case "currency":
      return "an amount such as £51,824 or £1.7m";
    case "duration":
      return "a number of minutes such as 15.6 mins";
    case "grade":
      return "a grade such as Good or ADQ.";
    case "count":
    case "rate":
    case "score":
      return "a number such as 1,431";
    default: {
      const unreachable: never = unit;
      return unreachable;
    }
  }
}
