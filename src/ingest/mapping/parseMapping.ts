import type { Issue } from "../../model/issue";
import type { Polarity, Unit } from "../../model/kpi";
import { issue } from "../../messages";
import { normaliseHeader } from "../parse/normaliseHeader";
import { parseColumnRole } from "./parseColumnRole";
import { parsePolarity } from "../parse/parsePolarity";
import { parseUnit } from "../parse/parseUnit";
import type { ColumnRole, TableKind } from "../detect/tableTypes";
import { TABLE_KINDS } from "../detect/tableTypes";

/** The input sheets of the canonical layout. */
export type InputSheetRole = "settings" | "kpis" | "measurements" | "notes" | "themes" | "finance";
export const INPUT_SHEET_ROLES: readonly InputSheetRole[] = ["settings", "kpis", "measurements", "notes", "themes", "finance"];

export interface KpiMapping {
  readonly polarity?: Polarity;
  readonly unit?: Unit;
  /** The count a mean or rate is weighted by, by KPI ID or name, as the analyst confirmed it in the mapping step. */
  readonly weightedBy?: string;
  /** SPC baseline and recalculation months as typed (`Apr-11 to Mar-12`, `Apr-13`); read once the fiscal year is known. */
  readonly spcBaseline?: string;
  readonly spcRecalculateFrom?: string;
}

/** What the analyst said about the tables on one sheet (see `detectTables`). */
export interface TableMapping {
  /** Header (normalised, or `column d` for a column without one) -> the role its column plays. */
  readonly columns: ReadonlyMap<string, ColumnRole>;
  /** The quarter the tables report (`Q2 2013-14`): for `Current`, `Previous` and periods without a year (`Q2`). */
  readonly period: string | null;
  /**
   * Header (normalised) -> the period its column gives, as text any form of `PERIOD_FORMS` reads (`Oct-Dec 2023`):
   * for a header that names no period it reads (`Spring 2013`), or names it otherwise than it means.
   */
  readonly periods: ReadonlyMap<string, string>;
  /** The priority their KPIs report under, for tables without a Priority column. */
  readonly priority: string | null;
  /** In a table of segments (seed 000's re-offending rates), the row label of the whole-organisation figure. */
  readonly total: string | null;
  /** What the tables hold, where detection took them for something else. */
  readonly kind: TableKind | null;
  /** Leave the sheet's tables out. */
  readonly skip: boolean;
}

/**
 * The column mapping as JSON, the way the task pane saves it in the workbook and `--mapping file.json` gives it:
 * every part optional. Column roles are written as the task pane labels them (`Previous`, `KPI name`, `Not used`).
 */
export interface MappingJson {
  readonly sheets?: Readonly<Partial<Record<InputSheetRole, string>>>;
  readonly columns?: Readonly<Record<string, string>>;
  readonly kpis?: Readonly<
    Record<
      string,
      { readonly polarity?: string; readonly unit?: string; readonly weightedBy?: string; readonly spcBaseline?: string; readonly spcRecalculateFrom?: string }
    >
  >;
  readonly tables?: Readonly<
    Record<
      string,
      {
        readonly columns?: Readonly<Record<string, string>>;
        readonly period?: string;
        readonly periods?: Readonly<Record<string, string>>;
        readonly priority?: string;
        readonly total?: string;
        readonly kind?: string;
        readonly skip?: boolean;
      }
    >
  >;
}

/**
 * How a workbook that is not in the canonical layout maps onto it, as saved by the task pane or given to the
 * command line with `--mapping` (JSON, `MappingJson`):
 * ```json
 * { "sheets": { "kpis": "Indicators 2013", "measurements": "Crime data" },
 *   "columns": { "Crime type": "Name", "Month ending": "Period" },
 *   "kpis": { "total-crime": { "polarity": "lower is better" }, "Positive Outcome Rate": { "polarity": "higher" } },
 *   "tables": { "Figure 11": { "period": "Q2 2013-14", "columns": { "Previous Performance": "Previous" } },
 *               "Table 1": { "periods": { "Spring 2013": "Mar-May 2013" } } } }
 * ```
 */
export interface IngestMapping {
  /** The sheet to read for a role, where the workbook names it otherwise. */
  readonly sheets: Readonly<Partial<Record<InputSheetRole, string>>>;
  /** Workbook header -> column name in `docs/workbook-format.md`, both normalised (`crime type` -> `name`). */
  readonly columns: ReadonlyMap<string, string>;
  /** A published table's KPI, by generated ID or name in lower case -> what the table cannot say. */
  readonly kpis: ReadonlyMap<string, KpiMapping>;
  /** Sheet name in lower case -> what the analyst said about its tables. */
  readonly tables: ReadonlyMap<string, TableMapping>;
}

export const EMPTY_MAPPING: IngestMapping = { sheets: {}, columns: new Map(), kpis: new Map(), tables: new Map() };

const TOP_LEVEL_KEYS = ["sheets", "columns", "kpis", "tables"];

/**
 * Reads a saved mapping, whatever JSON it is: parts that are not understood are reported and ignored, so a
 * stale mapping never stops a build.
 * @example parseMapping({ columns: { "Crime type": "Name" } }).mapping.columns.get("crime type") === "name"
 */
export function parseMapping(raw: unknown): { readonly mapping: IngestMapping; readonly issues: readonly Issue[] } {
  if (raw === null || raw === undefined) return { mapping: EMPTY_MAPPING, issues: [] };
  const issues: Issue[] = [];
  const problem = (part: string, why: string) => issues.push(issue("MAPPING_UNREADABLE", { sheet: "", cell: "" }, part, why));
  if (!isRecord(raw)) {
    problem("mapping", "it is not an object");
    return { mapping: EMPTY_MAPPING, issues };
  }

  for (const key of Object.keys(raw)) {
    if (!TOP_LEVEL_KEYS.includes(key)) problem(key, `expected one of ${TOP_LEVEL_KEYS.join(", ")}`);
  }

  const sheets: Partial<Record<InputSheetRole, string>> = {};
  if (raw["sheets"] !== undefined) {
    const value = raw["sheets"];
    if (!isRecord(value)) problem("sheets", "it is not an object");
    else {
      for (const [role, name] of Object.entries(value)) {
        if (!(INPUT_SHEET_ROLES as readonly string[]).includes(role)) problem(`sheets.${role}`, `expected one of ${INPUT_SHEET_ROLES.join(", ")}`);
        else if (typeof name !== "string" || name.trim() === "") problem(`sheets.${role}`, "expected a sheet name");
        else sheets[role as InputSheetRole] = name.trim();
      }
    }
  }

  const columns = new Map<string, string>();
  if (raw["columns"] !== undefined) {
    const value = raw["columns"];
    if (!isRecord(value)) problem("columns", "it is not an object");
    else {
      for (const [header, column] of Object.entries(value)) {
        if (typeof column !== "string") problem(`columns.${header}`, "expected a column name");
        else columns.set(normaliseHeader(header), normaliseHeader(column));
      }
    }
  }

  const kpis = new Map<string, KpiMapping>();
  if (raw["kpis"] !== undefined) {
    const value = raw["kpis"];
    if (!isRecord(value)) problem("kpis", "it is not an object");
    else {
      for (const [kpi, spec] of Object.entries(value)) {
        if (!isRecord(spec)) {
          problem(`kpis.${kpi}`, "expected an object with polarity, unit, spcBaseline or spcRecalculateFrom");
          continue;
        }
        const polarity = typeof spec["polarity"] === "string" ? parsePolarity(spec["polarity"]) : null;
        const unit = typeof spec["unit"] === "string" ? parseUnit(spec["unit"]) : null;
        if (spec["polarity"] !== undefined && !polarity) problem(`kpis.${kpi}.polarity`, "expected higher is better, lower is better or neutral");
        if (spec["unit"] !== undefined && !unit) problem(`kpis.${kpi}.unit`, "expected count, percent, currency, rate, duration, score or grade");
        const weightedBy = typeof spec["weightedBy"] === "string" && spec["weightedBy"].trim() !== "" ? spec["weightedBy"].trim() : null;
        if (spec["weightedBy"] !== undefined && weightedBy === null) problem(`kpis.${kpi}.weightedBy`, "expected the ID or name of the KPI it is weighted by");
        const text = (key: "spcBaseline" | "spcRecalculateFrom"): { [k: string]: string } => {
          const v = spec[key];
          if (v === undefined) return {};
          if (typeof v === "string" || typeof v === "number") return { [key]: String(v) };
          problem(`kpis.${kpi}.${key}`, "expected text such as \"12\", \"Apr-11 to Mar-12\" or \"Apr-13\"");
          return {};
        };
        kpis.set(kpi.trim().toLowerCase(), {
          ...(polarity ? { polarity } : {}),
          ...(unit ? { unit } : {}),
          ...(weightedBy ? { weightedBy } : {}),
          ...text("spcBaseline"),
          ...text("spcRecalculateFrom"),
        });
      }
    }
  }
  const tables = new Map<string, TableMapping>();
  if (raw["tables"] !== undefined) {
    const value = raw["tables"];
    if (!isRecord(value)) problem("tables", "it is not an object");
    else {
      for (const [sheet, spec] of Object.entries(value)) {
        if (!isRecord(spec)) problem(`tables.${sheet}`, "expected an object with columns, period, periods, priority, total, kind or skip");
        else tables.set(sheet.trim().toLowerCase(), readTableMapping(`tables.${sheet}`, spec, problem));
      }
    }
  }
  return { mapping: { sheets, columns, kpis, tables }, issues };
}

const TABLE_KEYS = ["columns", "period", "periods", "priority", "total", "kind", "skip"];

function readTableMapping(part: string, spec: Record<string, unknown>, problem: (part: string, why: string) => void): TableMapping {
  for (const key of Object.keys(spec)) {
    if (!TABLE_KEYS.includes(key)) problem(`${part}.${key}`, `expected one of ${TABLE_KEYS.join(", ")}`);
  }
  const columns = new Map<string, ColumnRole>();
  const rawColumns = spec["columns"];
  if (rawColumns !== undefined && !isRecord(rawColumns)) problem(`${part}.columns`, "it is not an object");
  else if (rawColumns) {
    for (const [header, roleText] of Object.entries(rawColumns)) {
      const role = typeof roleText === "string" ? parseColumnRole(roleText) : null;
      if (!role) problem(`${part}.columns.${header}`, "expected a column role such as KPI name, Target, Previous, Current, Period, Value, RAG or Not used");
      else columns.set(normaliseHeader(header), role);
    }
  }
  const periods = new Map<string, string>();
  const rawPeriods = spec["periods"];
  if (rawPeriods !== undefined && !isRecord(rawPeriods)) problem(`${part}.periods`, "it is not an object");
  else if (rawPeriods) {
    for (const [header, periodText] of Object.entries(rawPeriods)) {
      if (typeof periodText !== "string" || periodText.trim() === "") problem(`${part}.periods.${header}`, "expected a period such as Oct-Dec 2023");
      else periods.set(normaliseHeader(header), periodText.trim());
    }
  }
  const text = (key: string): string | null => {
    const v = spec[key];
    if (v === undefined) return null;
    if (typeof v !== "string" || v.trim() === "") {
      problem(`${part}.${key}`, "expected text");
      return null;
    }
    return v.trim();
  };
  const kindText = text("kind");
  const kind = kindText === null ? null : (TABLE_KINDS.find((k) => k === kindText.toLowerCase()) ?? null);
  if (kindText !== null && !kind) problem(`${part}.kind`, `expected one of ${TABLE_KINDS.join(", ")}`);
  const skip = spec["skip"];
  if (skip !== undefined && typeof skip !== "boolean") problem(`${part}.skip`, "expected true or false");
  return { columns, period: text("period"), periods, priority: text("priority"), total: text("total"), kind, skip: skip === true };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
