import { toA1, toA1Range } from "../model/address";
import type { CellValue, Grid } from "../model/grid";
import { cellAt, numberFormatAt } from "../model/grid";
import type { Issue } from "../model/issue";
import type { Comparison, Kpi, Measurement, Polarity, Unit } from "../model/kpi";
import type { Period } from "../model/period";
import { quarter } from "../model/period";
import type { QuarterNumber } from "../model/period";
import { issue } from "../messages";
import { cellText } from "./cellText";
import { cleanText } from "./cleanText";
import { fitsUnit } from "./fitsUnit";
import { normaliseHeader } from "./normaliseHeader";
import type { KpiMapping } from "./parseMapping";
import { parseMonthRange } from "./parseMonthRange";
import { parsePeriod } from "./parsePeriod";
import { parsePolarity } from "./parsePolarity";
import { parseTarget } from "./parseTarget";
import { parseUnit } from "./parseUnit";
import type { NumberKind, ParsedValue } from "./parseValue";
import { parseValue } from "./parseValue";
import type { ReadResult } from "./readResult";
import { slugify } from "./slugify";
import { stripFootnote } from "./stripFootnote";
import { targetIssue } from "./targetIssue";

/** KPIs and their figures read from tables laid out as a report publishes them. */
export interface PublishedTable {
  readonly kpis: readonly Kpi[];
  readonly measurements: readonly Measurement[];
}

export interface ReadPublishedTableOptions {
  readonly fiscalYearStartMonth: number;
  /** IDs already used (by tables on other sheets), so generated IDs stay unique across the workbook. */
  readonly takenIds?: ReadonlySet<string>;
  /** From the column mapping: polarity and unit per KPI, by generated ID or name in lower case. */
  readonly kpiMapping?: ReadonlyMap<string, KpiMapping>;
}

const NAME_HEADERS = new Set([
  "key performance indicators",
  "key performance indicator",
  "performance indicators",
  "performance indicator",
  "kpi",
  "kpis",
  "kpi name",
  "indicator",
  "indicators",
  "indicator name",
  "measure",
  "measures",
  "measures of success",
]);
const PRIORITY_HEADERS = new Set(["priority", "priorities", "pillar", "theme", "priority area", "objective", "outcome"]);
const POLARITY_HEADERS = new Set(["polarity", "good direction", "better"]);
const UNIT_HEADERS = new Set(["unit", "units"]);
const CHANGE_WORDS = /\b(change|variance|difference|diff)\b/;

type ColumnRole =
  | { readonly role: "name" | "priority" | "target" | "polarity" | "unit" | "ignored" }
  | { readonly role: "period"; readonly period: Period; readonly ytd: boolean };

interface TableHeader {
  readonly row: number;
  /** The second header row of a two-level header, if any. */
  readonly subRow: number | null;
  readonly nameCol: number;
  readonly roles: ReadonlyMap<number, ColumnRole>;
  readonly comparison: Comparison;
}

interface RowRecord {
  readonly row: number;
  readonly name: string;
  readonly nameKey: string;
  readonly indented: boolean;
  readonly priority: string;
}

/**
 * Reads KPI tables laid out as a report publishes them (seed 000's Figure 1), for a workbook with no KPI register:
 * a header row with a KPI-name column (`Key Performance Indicators`), found below any title rows, an optional
 * `Priority` column filled only on the first row of its group (carried down), an optional target column, and
 * period columns. A merged two-level header such as `Apr - Sep` over `2012/13 | 2013/14` is understood: a month
 * range from the start of the fiscal year to a quarter end makes the columns year-to-date figures for that
 * quarter (compared `latest` against `same-period-last-year`, rolled up as `last`); plain fiscal years give
 * yearly figures. `Change` columns are ignored: the tool computes change.
 *
 * A KPI name repeated in the table (`Sanction Detection Rate` under each crime type), or indented, is a
 * sub-indicator of the KPI above it. IDs are made from the names (`dwelling-burglary/sanction-detection-rate`).
 * Units are inferred from the values (`%` makes a percentage); polarity comes from a `Polarity` column or the
 * mapping, else the KPI is neutral, with a note saying how to set it. Several tables may share a sheet, one
 * below the other.
 *
 * `null` when the sheet holds no such table.
 *
 * @example readPublishedTable(figure1, { fiscalYearStartMonth: 4 })?.data.kpis[0]?.id === "total-crime"
 */
export function readPublishedTable(grid: Grid, options: ReadPublishedTableOptions): ReadResult<PublishedTable> | null {
  const start = options.fiscalYearStartMonth;
  const issues: Issue[] = [];
  const tables: { header: TableHeader; rows: RowRecord[]; lastRow: number }[] = [];

  let r = 0;
  while (r < grid.rows.length) {
    const header = findTableHeader(grid, r, start);
    if (!header) break;
    const { rows, lastRow, headerIssues } = readTableRows(grid, header);
    issues.push(...headerIssues);
    tables.push({ header, rows, lastRow });
    r = lastRow + 1;
  }
  if (tables.length === 0) return null;

  const counts = new Map<string, number>();
  for (const t of tables) for (const row of t.rows) counts.set(row.nameKey, (counts.get(row.nameKey) ?? 0) + 1);

  const kpis: Kpi[] = [];
  const measurements: Measurement[] = [];
  const taken = new Set([...(options.takenIds ?? [])].map((id) => id.toLowerCase()));
  const namesByParent = new Map<string, string>();

  for (const table of tables) {
    const before = kpis.length;
    let lastTop: Kpi | null = null;
    for (const row of table.rows) {
      const isSub = lastTop !== null && lastTop.priority === row.priority && (row.indented || (counts.get(row.nameKey) ?? 0) > 1);
      const parent = isSub ? lastTop : null;
      const id = uniqueId(parent ? `${parent.id}/${slugify(row.name)}` : slugify(row.name), taken);
      const built = buildKpi(grid, table.header, row, id, parent, options, issues);
      kpis.push(built.kpi);
      measurements.push(...built.measurements);
      if (!parent) lastTop = built.kpi;

      const nameKey = `${parent?.id ?? ""}\u0000${row.nameKey}`;
      const first = namesByParent.get(nameKey);
      const nameCell = toA1(row.row, table.header.nameCol);
      if (first !== undefined) issues.push(issue("KPI_NAME_DUPLICATE", { sheet: grid.sheet, cell: nameCell }, row.name, first));
      else namesByParent.set(nameKey, nameCell);
    }
    const width = Math.max(...[table.header.row, table.lastRow].map((x) => grid.rows[x]?.length ?? 1), 1);
    const range = `${grid.sheet}!${toA1Range(table.header.row, 0, table.lastRow, width - 1)}`;
    issues.push(issue("PUBLISHED_TABLE_READ", { sheet: grid.sheet, cell: toA1(table.header.row, table.header.nameCol) }, String(kpis.length - before), range));
  }
  return { data: { kpis, measurements }, issues };
}

/** The next table header at or below `from`: a row naming a KPI column, with at least one period column. */
function findTableHeader(grid: Grid, from: number, fiscalStartMonth: number): TableHeader | null {
  for (let r = from; r < grid.rows.length; r++) {
    const row = grid.rows[r] ?? [];
    const nameCol = row.findIndex((c) => typeof c === "string" && NAME_HEADERS.has(normaliseHeader(c)));
    if (nameCol < 0) continue;
    const header = readHeader(grid, r, nameCol, fiscalStartMonth);
    if (header) return header;
  }
  return null;
}

function readHeader(grid: Grid, r: number, nameCol: number, fiscalStartMonth: number): TableHeader | null {
  const next = grid.rows[r + 1] ?? [];
  const subRow = cellText(next[nameCol] ?? null) === "" && next.some((c) => cellText(c) !== "") ? r + 1 : null;
  const width = Math.max(grid.rows[r]?.length ?? 0, subRow === null ? 0 : next.length);
  const tops = topTexts(grid, r, subRow, width);

  const roles = new Map<number, ColumnRole>();
  let ytd = false;
  for (let c = 0; c < width; c++) {
    const top = normaliseHeader(tops[c] ?? "");
    const subCell = subRow === null ? null : cellAt(grid, subRow, c);
    const sub = normaliseHeader(cellText(subCell));
    if (c === nameCol) roles.set(c, { role: "name" });
    else if (PRIORITY_HEADERS.has(top)) roles.set(c, { role: "priority" });
    else if (top.includes("target")) roles.set(c, { role: "target" });
    else if (POLARITY_HEADERS.has(top)) roles.set(c, { role: "polarity" });
    else if (UNIT_HEADERS.has(top)) roles.set(c, { role: "unit" });
    else if (CHANGE_WORDS.test(top) || CHANGE_WORDS.test(sub)) roles.set(c, { role: "ignored" });
    else {
      const period = columnPeriod(grid, r, subRow, c, tops[c] ?? "", fiscalStartMonth);
      if (period) {
        roles.set(c, { role: "period", ...period });
        ytd ||= period.ytd;
      }
    }
  }
  if (![...roles.values()].some((role) => role.role === "period")) return null;
  const comparison: Comparison = ytd
    ? { window: "latest", against: "same-period-last-year" }
    : { window: "latest", against: "previous-period" };
  return { row: r, subRow, nameCol, roles, comparison };
}

/**
 * The upper header text over each column: its own, a merge's, or (for a blank cell over a sub-header, as pasted
 * text loses merges) the text to its left, so `Apr - Sep` covers both `2012/13` and `2013/14`.
 */
function topTexts(grid: Grid, r: number, subRow: number | null, width: number): string[] {
  const tops: string[] = [];
  for (let c = 0; c < width; c++) {
    const own = cellText(cellAt(grid, r, c));
    if (own !== "") {
      tops.push(own);
      continue;
    }
    const merge = grid.merges?.find((m) => m.top <= r && r <= m.bottom && m.left <= c && c <= m.right && m.left < c);
    if (merge) {
      tops.push(cellText(cellAt(grid, merge.top, merge.left)));
      continue;
    }
    const hasSub = subRow !== null && cellText(cellAt(grid, subRow, c)) !== "";
    tops.push(hasSub && c > 0 ? (tops[c - 1] ?? "") : "");
  }
  return tops;
}

function columnPeriod(
  grid: Grid,
  r: number,
  subRow: number | null,
  c: number,
  top: string,
  fiscalStartMonth: number,
): { period: Period; ytd: boolean } | null {
  const parse = (row: number) => parsePeriod(cellAt(grid, row, c), numberFormatAt(grid, row, c), fiscalStartMonth, { periodColumn: true });
  const subPeriod = subRow === null ? null : parse(subRow);
  if (!subPeriod) {
    const own = parse(r);
    return own ? { period: own, ytd: false } : null;
  }
  const range = parseMonthRange(top);
  if (subPeriod.kind !== "year" || !range || range.from !== fiscalStartMonth) return { period: subPeriod, ytd: false };
  const months = ((range.to - range.from + 12) % 12) + 1;
  if (months % 3 !== 0 || months === 12) return { period: subPeriod, ytd: false };
  return { period: quarter(subPeriod.fiscalYear, (months / 3) as QuarterNumber), ytd: true };
}

/** The table's data rows, down to the first blank row or the next table's header. */
function readTableRows(grid: Grid, header: TableHeader): { rows: RowRecord[]; lastRow: number; headerIssues: Issue[] } {
  const headerIssues: Issue[] = [];
  const width = Math.max(grid.rows[header.row]?.length ?? 0, header.subRow === null ? 0 : grid.rows[header.subRow]?.length ?? 0);
  for (let c = 0; c < width; c++) {
    if (header.roles.has(c)) continue;
    const text = cellText(cellAt(grid, header.row, c)) || (header.subRow === null ? "" : cellText(cellAt(grid, header.subRow, c)));
    if (text !== "") headerIssues.push(issue("HEADER_UNKNOWN", { sheet: grid.sheet, cell: toA1(header.row, c) }, text));
  }

  const priorityCol = [...header.roles].find(([, role]) => role.role === "priority")?.[0];
  const hidden = new Set(grid.hiddenRows ?? []);
  const rows: RowRecord[] = [];
  let priority = "";
  let r = (header.subRow ?? header.row) + 1;
  let lastRow = r - 1;
  for (; r < grid.rows.length; r++) {
    const row = grid.rows[r] ?? [];
    if (row.every((c) => cellText(c) === "")) break;
    if (row.some((c) => typeof c === "string" && NAME_HEADERS.has(normaliseHeader(c)))) break;
    lastRow = r;
    if (priorityCol !== undefined) {
      const p = stripFootnote(cellText(row[priorityCol] ?? null)).text;
      if (p !== "") priority = p;
    }
    const raw = row[header.nameCol] ?? null;
    const nameText = cellText(raw);
    if (nameText === "") continue; // a priority heading on a row of its own
    if (hidden.has(r)) headerIssues.push(issue("VALUE_HIDDEN_ROW", { sheet: grid.sheet, cell: toA1(r, header.nameCol) }, String(r + 1)));
    const { text: name, mark } = stripFootnote(nameText);
    if (mark) headerIssues.push(issue("VALUE_FOOTNOTE", { sheet: grid.sheet, cell: toA1(r, header.nameCol) }, nameText, mark));
    rows.push({
      row: r,
      name,
      nameKey: name.toLowerCase(),
      indented: typeof raw === "string" && /^[\s\u00a0]+\S/.test(raw),
      priority: priority || "General",
    });
  }
  return { rows, lastRow, headerIssues };
}

function uniqueId(base: string, taken: Set<string>): string {
  let id = base;
  for (let n = 2; taken.has(id.toLowerCase()); n++) id = `${base}-${n}`;
  taken.add(id.toLowerCase());
  return id;
}

interface ValueCell {
  readonly col: number;
  readonly period: Period;
  readonly cell: CellValue;
  readonly parsed: ParsedValue;
}

function buildKpi(
  grid: Grid,
  header: TableHeader,
  row: RowRecord,
  id: string,
  parent: Kpi | null,
  options: ReadPublishedTableOptions,
  issues: Issue[],
): { kpi: Kpi; measurements: Measurement[] } {
  const sheet = grid.sheet;
  const at = (c: number) => ({ sheet, cell: toA1(row.row, c) });
  const nameAt = at(header.nameCol);
  const colOf = (role: ColumnRole["role"]) => [...header.roles].find(([, x]) => x.role === role)?.[0];

  const values: ValueCell[] = [];
  for (const [c, role] of header.roles) {
    if (role.role !== "period") continue;
    const cell = cellAt(grid, row.row, c);
    values.push({ col: c, period: role.period, cell, parsed: parseValue(cell, numberFormatAt(grid, row.row, c)) });
  }

  const mapped = options.kpiMapping?.get(id.toLowerCase()) ?? options.kpiMapping?.get(row.nameKey);
  const unitCol = colOf("unit");
  const unitText = unitCol === undefined ? "" : cellText(cellAt(grid, row.row, unitCol));
  const unitFromColumn = unitText === "" ? null : parseUnit(unitText);
  if (unitCol !== undefined && unitText !== "" && !unitFromColumn) issues.push(issue("UNIT_UNKNOWN", at(unitCol), unitText));
  const targetCol = colOf("target");
  const targetRaw = targetCol === undefined ? "" : cellText(cellAt(grid, row.row, targetCol));
  const unit = mapped?.unit ?? unitFromColumn ?? inferUnit(values, targetRaw);

  const polarity = readPolarity(grid, row, colOf("polarity"), mapped, issues, nameAt);

  const { text: targetText, mark } = stripFootnote(targetRaw);
  if (mark && targetCol !== undefined) issues.push(issue("VALUE_FOOTNOTE", at(targetCol), targetRaw, mark));
  const target = parseTarget(targetText, unit, polarity);
  if (targetCol !== undefined) {
    const problem = targetIssue(target, targetText, unit, polarity, at(targetCol));
    if (problem) issues.push(problem);
  }

  const measurements: Measurement[] = [];
  let decimals: number | null = null;
  for (const v of values) {
    const source = at(v.col);
    const text = cellText(v.cell);
    switch (v.parsed.kind) {
      case "empty":
        break;
      case "number":
        if (v.parsed.footnote) issues.push(issue("VALUE_FOOTNOTE", source, text, v.parsed.footnote));
        if (!fitsUnit(v.parsed.numberKind, unit)) issues.push(issue("VALUE_UNIT_MISMATCH", source, text, unit === "percent" ? "percentage" : unit));
        decimals = Math.max(decimals ?? 0, decimalsShown(v.cell, numberFormatAt(grid, row.row, v.col)));
        measurements.push({ kpiId: id, period: v.period, value: v.parsed.value, segment: null, source });
        break;
      case "grade":
        if (unit !== "grade") issues.push(issue("VALUE_UNIT_MISMATCH", source, text, unit === "percent" ? "percentage" : unit));
        else measurements.push({ kpiId: id, period: v.period, value: v.parsed.score, text: v.parsed.text, segment: null, source });
        break;
      case "no-data":
        issues.push(issue("VALUE_NO_DATA", source, v.parsed.text));
        measurements.push({ kpiId: id, period: v.period, value: null, text: v.parsed.text, segment: null, source });
        break;
      case "error":
        issues.push(issue("VALUE_ERROR", source, v.parsed.error));
        break;
      case "unreadable":
        issues.push(issue("VALUE_UNREADABLE", source, v.parsed.text, "a number such as 1,431 or a percentage such as 25.5%"));
        break;
      default: {
        const unreachable: never = v.parsed;
        return unreachable;
      }
    }
  }

  const kpi: Kpi = {
    id,
    priority: row.priority,
    name: row.name,
    parentId: parent?.id ?? null,
    unit,
    polarity,
    aggregation: "last",
    comparison: header.comparison,
    target,
    targetText,
    tolerance: null,
    baseline: null,
    trajectory: null,
    owner: null,
    decimals,
    source: nameAt,
  };
  return { kpi, measurements };
}

function readPolarity(
  grid: Grid,
  row: RowRecord,
  polarityCol: number | undefined,
  mapped: KpiMapping | undefined,
  issues: Issue[],
  nameAt: { sheet: string; cell: string },
): Polarity {
  if (mapped?.polarity) return mapped.polarity;
  const text = polarityCol === undefined ? "" : cellText(cellAt(grid, row.row, polarityCol));
  const parsed = text === "" ? null : parsePolarity(text);
  if (parsed) return parsed;
  if (text !== "" && polarityCol !== undefined) {
    issues.push(issue("POLARITY_UNKNOWN", { sheet: grid.sheet, cell: toA1(row.row, polarityCol) }, text));
  } else {
    issues.push(issue("POLARITY_NOT_SET", nameAt, row.name));
  }
  return "neutral";
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

/** Decimal places as typed (`25.5%` 1, `21,012` 0) or as a number format shows them (`0.0%` 1). */
function decimalsShown(cell: CellValue, numberFormat: string | undefined): number {
  const source = typeof cell === "string" ? cleanText(cell) : (numberFormat ?? "").replace(/"[^"]*"|\[[^\]]*\]/g, "");
  const m = typeof cell === "string" ? /\.(\d+)/.exec(source) : /\.([0#?]+)/.exec(source);
  return m ? (m[1] ?? "").length : 0;
}
