import { toA1 } from "../../model/address";
import type { Grid } from "../../model/grid";
import { cellAt, isCellError, numberFormatAt } from "../../model/grid";
import type { Issue } from "../../model/issue";
import type { Aggregation, Baseline, Kpi, SpcLimitsSetting, Trajectory, Unit } from "../../model/kpi";
import { issue } from "../../messages";
import { append } from "./append";
import { cellText } from "./cellText";
import type { ColumnSpec } from "../detect/findHeader";
import { findHeader } from "../detect/findHeader";
import { parseAggregation } from "../parse/parseAggregation";
import { parseComparisonBasis } from "../parse/parseComparisonBasis";
import { parseFiscalYearText } from "../parse/parseFiscalYearText";
import { parsePolarity } from "../parse/parsePolarity";
import { parseReportWindow } from "../parse/parseReportWindow";
import { parseSpcBaseline, parseSpcRecalculations } from "../parse/parseSpcLimits";
import { parseTarget } from "../parse/parseTarget";
import { parseTolerance } from "../parse/parseTolerance";
import { parseStatistic } from "../parse/parseStatistic";
import { parseTimeUnit } from "../parse/parseTimeUnit";
import { parseUnit } from "../parse/parseUnit";
import { parseValue } from "../parse/parseValue";
import type { ReadResult } from "./readResult";
import { stripFootnote } from "../parse/stripFootnote";
import { targetIssue } from "./targetIssue";
import type { WeightRef } from "./linkWeights";
import { linkWeights } from "./linkWeights";

type RegisterColumn =
  | "id"
  | "priority"
  | "name"
  | "parent"
  | "unit"
  | "polarity"
  | "aggregation"
  | "report"
  | "compare"
  | "target"
  | "tolerance"
  | "baseline"
  | "baselineLabel"
  | "trajectoryBaseline"
  | "trajectoryYear"
  | "trajectoryChange"
  | "trajectoryBasis"
  | "owner"
  | "decimals"
  | "weightedBy"
  | "spcBaseline"
  | "spcRecalculateFrom";

/** The KPI register's columns, as `docs/workbook-format.md` names them. */
export const REGISTER_COLUMNS: readonly ColumnSpec<RegisterColumn>[] = [
  { key: "id", label: "ID", synonyms: ["kpi id", "ref", "reference", "kpi ref", "kpi code", "code"], required: true },
  { key: "priority", label: "Priority", synonyms: ["theme", "pillar", "priority area", "objective"] },
  { key: "name", label: "Name", synonyms: ["kpi", "kpi name", "indicator", "measure", "key performance indicator", "key performance indicators"], required: true },
  { key: "parent", label: "Parent ID", synonyms: ["parent", "parent kpi", "parent ref"] },
  { key: "unit", label: "Unit", synonyms: ["units", "unit of measure"], required: true },
  { key: "polarity", label: "Polarity", synonyms: ["direction", "good direction", "better"], required: true },
  { key: "aggregation", label: "Roll-up", synonyms: ["roll up", "rollup", "aggregation", "aggregate"] },
  { key: "report", label: "Report", synonyms: ["report window", "reporting", "report on"] },
  { key: "compare", label: "Compare with", synonyms: ["compare", "comparison", "compared with", "compare against"] },
  { key: "target", label: "Target", synonyms: ["targets"] },
  { key: "tolerance", label: "Tolerance", synonyms: ["rag tolerance", "amber tolerance", "amber band"] },
  { key: "baseline", label: "Baseline", synonyms: ["baseline value"] },
  { key: "baselineLabel", label: "Baseline label" },
  { key: "trajectoryBaseline", label: "Trajectory baseline", synonyms: ["trajectory baseline value"] },
  { key: "trajectoryYear", label: "Trajectory year", synonyms: ["trajectory baseline year"] },
  { key: "trajectoryChange", label: "Trajectory % a year", synonyms: ["trajectory % per year", "trajectory annual change", "trajectory change", "trajectory %"] },
  { key: "trajectoryBasis", label: "Trajectory basis", synonyms: ["trajectory year basis"] },
  { key: "owner", label: "Owner", synonyms: ["lead", "responsible officer"] },
  { key: "decimals", label: "Decimals", synonyms: ["decimal places", "dp"] },
  { key: "weightedBy", label: "Weighted by", synonyms: ["weight", "weighted by kpi", "weight kpi", "denominator", "denominator kpi", "count kpi"] },
  { key: "spcBaseline", label: "SPC baseline", synonyms: ["spc baseline period", "control limits from", "limits from"] },
  { key: "spcRecalculateFrom", label: "SPC recalculate from", synonyms: ["spc recalculation", "spc recalculations", "recalculate limits from", "spc change points"] },
];

export interface KpiRegister {
  readonly kpis: readonly Kpi[];
  /**
   * IDs of rows left out because something in them could not be read: their measurements and notes are skipped
   * quietly rather than reported as unknown KPIs a second time.
   */
  readonly rejectedIds: ReadonlySet<string>;
}

export interface ReadKpiRegisterOptions {
  /** From the column mapping: workbook headers -> column names. */
  readonly aliases?: ReadonlyMap<string, string>;
  /** For SPC baselines written as fiscal years or quarters; April by default. */
  readonly fiscalYearStartMonth?: number;
}

/**
 * Reads the KPI register (`docs/workbook-format.md`, "KPIs"): one KPI per row, with the documented defaults
 * (Priority `General`; Roll-up `sum` for counts and currency, `last` for grades, `average` otherwise; Report
 * `year to date`; Compare with `same period last year`). A row with a missing ID, a duplicate ID, or a unit,
 * polarity, roll-up or comparison that cannot be read is reported and left out; an unparsed target keeps the KPI
 * (shown without a RAG). Parents must exist and must not loop.
 *
 * @example readKpiRegister(grid).data.kpis[0]?.id === "P1-01"
 */
export function readKpiRegister(grid: Grid, options: ReadKpiRegisterOptions = {}): ReadResult<KpiRegister> {
  const found = findHeader(grid, REGISTER_COLUMNS, { aliases: options.aliases });
  const issues: Issue[] = [...found.issues];
  const header = found.header;
  if (!header) return { data: { kpis: [], rejectedIds: new Set() }, issues };

  const col = header.columns;
  // An Excel error is reported once, where the row is read, and otherwise treated as a blank cell.
  const text = (r: number, key: RegisterColumn) => {
    const c = col[key];
    const cell = c === undefined ? null : cellAt(grid, r, c);
    return isCellError(cell) ? "" : cellText(cell);
  };
  const at = (r: number, key: RegisterColumn) => ({ sheet: grid.sheet, cell: toA1(r, col[key] ?? 0) });
  const hidden = new Set(grid.hiddenRows ?? []);

  const kpis: Kpi[] = [];
  const rejectedIds = new Set<string>();
  const firstById = new Map<string, string>();
  const parentCells = new Map<string, { id: string; parent: string; cell: string }>();
  const nameCells = new Map<string, string>();
  const weights = new Map<string, WeightRef>();

  for (let r = header.row + 1; r < grid.rows.length; r++) {
    const row = grid.rows[r] ?? [];
    if (row.every((c) => cellText(c) === "")) continue;
    if (hidden.has(r)) issues.push(issue("VALUE_HIDDEN_ROW", { sheet: grid.sheet, cell: toA1(r, 0) }, String(r + 1)));

    const errors = (Object.keys(col) as RegisterColumn[]).filter((key) => isCellError(cellAt(grid, r, col[key] ?? 0)));
    for (const key of errors) {
      const cell = cellAt(grid, r, col[key] ?? 0);
      issues.push(issue("VALUE_ERROR", at(r, key), isCellError(cell) ? cell.error : ""));
    }
    // Without its ID, name, unit or polarity a KPI cannot be read; its data is then skipped quietly.
    if (errors.some((key) => key === "id" || key === "name" || key === "unit" || key === "polarity")) {
      if (text(r, "id") !== "") rejectedIds.add(text(r, "id"));
      continue;
    }

    const id = text(r, "id");
    const rawName = text(r, "name");
    if (id === "") {
      issues.push(issue("KPI_ID_MISSING", at(r, "id"), rawName || `on row ${r + 1}`));
      continue;
    }
    const idKey = id.toLowerCase();
    const first = firstById.get(idKey);
    if (first !== undefined) {
      issues.push(issue("KPI_ID_DUPLICATE", at(r, "id"), id, first));
      continue;
    }
    firstById.set(idKey, toA1(r, col.id ?? 0));

    const rowIssues: Issue[] = [];
    const reject = (problem: Issue) => rowIssues.push(problem);

    const nameSplit = stripFootnote(rawName);
    if (rawName === "") reject(issue("VALUE_MISSING", at(r, "name"), "Name", "the KPI's name"));
    else if (nameSplit.mark) issues.push(issue("VALUE_FOOTNOTE", at(r, "name"), rawName, nameSplit.mark));

    const unitText = text(r, "unit");
    const unit = parseUnit(unitText);
    if (unitText === "") reject(issue("VALUE_MISSING", at(r, "unit"), "Unit", "count, percent, currency, rate, duration, score or grade"));
    else if (!unit) reject(issue("UNIT_UNKNOWN", at(r, "unit"), unitText));

    const polarityText = text(r, "polarity");
    const polarity = parsePolarity(polarityText);
    if (polarityText === "") reject(issue("VALUE_MISSING", at(r, "polarity"), "Polarity", "higher is better, lower is better or neutral"));
    else if (!polarity) reject(issue("POLARITY_UNKNOWN", at(r, "polarity"), polarityText));

    const aggregationText = text(r, "aggregation");
    const aggregation = aggregationText === "" ? null : parseAggregation(aggregationText);
    if (aggregationText !== "" && !aggregation) reject(issue("AGGREGATION_UNKNOWN", at(r, "aggregation"), aggregationText));
    // A percentile or median is never averaged or added silently: by default it reports its latest figure.
    const statistic = parseStatistic(rawName);
    const percentile = statistic === "percentile";
    if (percentile && (aggregation === "average" || aggregation === "sum")) issues.push(issue("PERCENTILE_ROLLED_UP", at(r, "aggregation"), rawName, aggregationText));
    else if (percentile && aggregation === null) issues.push(issue("PERCENTILE_NOT_AVERAGED", at(r, "name"), rawName));

    const reportText = text(r, "report");
    const window = reportText === "" ? "ytd" : parseReportWindow(reportText);
    if (!window) reject(issue("COMPARISON_UNKNOWN", at(r, "report"), reportText));

    const compareText = text(r, "compare");
    const against = compareText === "" ? "same-period-last-year" : parseComparisonBasis(compareText);
    if (!against) reject(issue("COMPARE_WITH_UNKNOWN", at(r, "compare"), compareText));

    // Optional numbers: a bad one is an error, but the KPI stays so its data is not reported as orphaned too.
    const tolerance = readOptionalNumber(r, "tolerance", "a percentage such as 2%", (cell, format) => parseTolerance(cell, format));
    const baselineValue = readOptionalNumber(r, "baseline", "a number");
    const decimals = readOptionalNumber(r, "decimals", "a whole number of decimal places from 0 to 6", (cell) => {
      const n = Number(cellText(cell));
      return Number.isInteger(n) && n >= 0 && n <= 6 ? n : null;
    });
    const trajectory = readTrajectory(r);
    const spc = readSpcLimits(r);

    issues.push(...rowIssues);
    if (rowIssues.length > 0 || !unit || !polarity || !window || !against) {
      rejectedIds.add(id);
      continue;
    }

    const targetText = stripFootnote(text(r, "target"));
    const timeUnit = unit === "duration" ? (parseTimeUnit(unitText) ?? undefined) : undefined;
    const target = parseTarget(targetText.text, unit, polarity, timeUnit);
    if (targetText.mark) issues.push(issue("VALUE_FOOTNOTE", at(r, "target"), text(r, "target"), targetText.mark));
    const targetProblem = targetIssue(target, targetText.text, unit, polarity, at(r, "target"));
    if (targetProblem) issues.push(targetProblem);

    const parent = text(r, "parent");
    if (parent !== "") parentCells.set(id, { id, parent, cell: toA1(r, col.parent ?? 0) });

    nameCells.set(id, toA1(r, col.name ?? 0));
    if (text(r, "weightedBy") !== "") weights.set(id.toLowerCase(), { ref: text(r, "weightedBy"), at: at(r, "weightedBy") });
    const baselineLabel = text(r, "baselineLabel");
    const baseline: Baseline | null = baselineValue === null ? null : { value: baselineValue, label: baselineLabel || "baseline" };
    kpis.push({
      id,
      priority: text(r, "priority") || "General",
      name: nameSplit.text,
      parentId: parent === "" ? null : parent,
      unit,
      ...(timeUnit ? { timeUnit } : {}),
      polarity,
      aggregation: aggregation ?? (percentile ? "last" : defaultAggregation(unit)),
      comparison: { window, against },
      target,
      targetText: targetText.text,
      tolerance,
      baseline,
      trajectory,
      owner: text(r, "owner") || null,
      decimals,
      ...(statistic ? { statistic } : {}),
      ...(spc ? { spc } : {}),
      source: { sheet: grid.sheet, cell: toA1(r, col.id ?? 0) },
    });
  }

  const linked = linkParents(kpis, parentCells, rejectedIds, grid.sheet);
  append(issues, linked.issues);
  append(issues, duplicateNames(linked.kpis, nameCells, grid.sheet));
  const weighted = linkWeights(linked.kpis, weights);
  append(issues, weighted.issues);
  return { data: { kpis: weighted.kpis, rejectedIds }, issues };

  function readOptionalNumber(
    r: number,
    key: RegisterColumn,
    expected: string,
    parse: (cell: ReturnType<typeof cellAt>, format: string | undefined) => number | null = (cell, format) => {
      const v = parseValue(cell, format);
      return v.kind === "number" ? v.value : null;
    },
  ): number | null {
    const c = col[key];
    if (c === undefined) return null;
    const cell = cellAt(grid, r, c);
    if (cellText(cell) === "" || isCellError(cell)) return null; // an error is reported with its row
    const value = parse(cell, numberFormatAt(grid, r, c));
    if (value === null) issues.push(issue("VALUE_UNREADABLE", at(r, key), cellText(cell), expected));
    return value;
  }

  /** The SPC baseline and recalculation columns; an unreadable cell is reported and left out, the KPI kept. */
  function readSpcLimits(r: number): SpcLimitsSetting | null {
    const start = options.fiscalYearStartMonth ?? 4;
    const cellOf = (key: RegisterColumn) => (col[key] === undefined ? null : cellAt(grid, r, col[key]));
    const baselineCell = cellOf("spcBaseline");
    const recalculateCell = cellOf("spcRecalculateFrom");
    if (isCellError(baselineCell) || isCellError(recalculateCell)) return null; // reported with the row
    let baseline = parseSpcBaseline(baselineCell, start);
    if (baseline === "unreadable") {
      issues.push(issue("VALUE_UNREADABLE", at(r, "spcBaseline"), cellText(baselineCell), SPC_BASELINE_EXPECTED));
      baseline = null;
    }
    const format = col.spcRecalculateFrom === undefined ? undefined : numberFormatAt(grid, r, col.spcRecalculateFrom);
    let recalculateFrom = parseSpcRecalculations(recalculateCell, format, start);
    if (recalculateFrom === "unreadable") {
      issues.push(issue("VALUE_UNREADABLE", at(r, "spcRecalculateFrom"), cellText(recalculateCell), SPC_RECALCULATE_EXPECTED));
      recalculateFrom = [];
    }
    if (baseline === null && recalculateFrom.length === 0) return null;
    return { baseline, recalculateFrom, source: at(r, baseline !== null ? "spcBaseline" : "spcRecalculateFrom") };
  }

  function readTrajectory(r: number): Trajectory | null {
    const filled = (["trajectoryBaseline", "trajectoryYear", "trajectoryChange", "trajectoryBasis"] as const).some((k) => text(r, k) !== "");
    if (!filled) return null;
    const baselineValue = readOptionalNumber(r, "trajectoryBaseline", "the baseline value the trajectory starts from");
    const baselineYear = readOptionalNumber(r, "trajectoryYear", "a year such as 2009", (cell) => {
      const t = cellText(cell);
      if (/^\d{4}$/.test(t)) return Number(t);
      return parseFiscalYearText(t);
    });
    const annualChangePercent = readOptionalNumber(r, "trajectoryChange", "a percentage a year such as -4%");
    const basisText = text(r, "trajectoryBasis").toLowerCase();
    const yearBasis = basisText === "" || basisText === "fiscal" || basisText === "financial" ? "fiscal" : basisText === "calendar" ? "calendar" : null;
    if (!yearBasis) issues.push(issue("VALUE_UNREADABLE", at(r, "trajectoryBasis"), text(r, "trajectoryBasis"), "calendar or fiscal"));
    const missing = (key: RegisterColumn, label: string, value: number | null) => {
      if (value === null && text(r, key) === "") issues.push(issue("VALUE_MISSING", at(r, key), label, "it is needed for a trajectory"));
    };
    missing("trajectoryBaseline", "Trajectory baseline", baselineValue);
    missing("trajectoryYear", "Trajectory year", baselineYear);
    missing("trajectoryChange", "Trajectory % a year", annualChangePercent);
    if (baselineValue === null || baselineYear === null || annualChangePercent === null || !yearBasis) return null;
    return { baselineValue, baselineYear, yearBasis, annualChangePercent };
  }
}

/** What the SPC columns accept, for the message when a cell is not one of them. */
const SPC_BASELINE_EXPECTED = "a number of points, at least 12 (\"12\", \"first 20 points\"), or periods (\"Apr-11 to Mar-12\", \"2011/12\")";
const SPC_RECALCULATE_EXPECTED = "the months the limits are recalculated from, e.g. \"Apr-13\" or \"Apr-13; Oct-13\"";

function defaultAggregation(unit: Unit): Aggregation {
  if (unit === "count" || unit === "currency") return "sum";
  return unit === "grade" ? "last" : "average";
}

/** Resolves parent IDs (any case) to the parents' IDs as written; unknown parents and loops are errors. */
function linkParents(
  kpis: readonly Kpi[],
  parents: ReadonlyMap<string, { id: string; parent: string; cell: string }>,
  rejected: ReadonlySet<string>,
  sheet: string,
): { kpis: Kpi[]; issues: Issue[] } {
  const issues: Issue[] = [];
  const byKey = new Map(kpis.map((k) => [k.id.toLowerCase(), k.id]));
  const rejectedKeys = new Set([...rejected].map((id) => id.toLowerCase()));
  const resolved = new Map<string, string | null>();
  for (const { id, parent, cell } of parents.values()) {
    const parentId = byKey.get(parent.toLowerCase());
    if (parentId === undefined) {
      // A parent left out for its own errors is already reported.
      if (!rejectedKeys.has(parent.toLowerCase())) issues.push(issue("KPI_PARENT_UNKNOWN", { sheet, cell }, parent));
      resolved.set(id, null);
    } else {
      resolved.set(id, parentId);
    }
  }
  for (const { id, cell } of parents.values()) {
    const seen = new Set<string>([id]);
    let next = resolved.get(id) ?? null;
    while (next !== null) {
      if (seen.has(next)) {
        issues.push(issue("KPI_PARENT_CYCLE", { sheet, cell }, id));
        resolved.set(id, null);
        break;
      }
      seen.add(next);
      next = resolved.get(next) ?? null;
    }
  }
  return {
    kpis: kpis.map((k) => (resolved.has(k.id) ? { ...k, parentId: resolved.get(k.id) ?? null } : k)),
    issues,
  };
}

function duplicateNames(kpis: readonly Kpi[], nameCells: ReadonlyMap<string, string>, sheet: string): Issue[] {
  const issues: Issue[] = [];
  const first = new Map<string, string>();
  for (const k of kpis) {
    const key = `${(k.parentId ?? "").toLowerCase()}\u0000${k.name.toLowerCase()}`;
    const cell = nameCells.get(k.id) ?? k.source.cell;
    const at = first.get(key);
    if (at === undefined) first.set(key, cell);
    else issues.push(issue("KPI_NAME_DUPLICATE", { sheet, cell }, k.name, at));
  }
  return issues;
}
