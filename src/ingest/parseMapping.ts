import type { Issue } from "../model/issue";
import type { Polarity, Unit } from "../model/kpi";
import { issue } from "../messages";
import { normaliseHeader } from "./normaliseHeader";
import { parsePolarity } from "./parsePolarity";
import { parseUnit } from "./parseUnit";

/** The input sheets of the canonical layout. */
export type InputSheetRole = "settings" | "kpis" | "measurements" | "notes" | "themes" | "finance";
export const INPUT_SHEET_ROLES: readonly InputSheetRole[] = ["settings", "kpis", "measurements", "notes", "themes", "finance"];

export interface KpiMapping {
  readonly polarity?: Polarity;
  readonly unit?: Unit;
}

/**
 * How a workbook that is not in the canonical layout maps onto it, as saved by the task pane or given to the
 * command line with `--mapping` (JSON):
 * ```json
 * { "sheets": { "kpis": "Indicators 2013", "measurements": "Crime data" },
 *   "columns": { "Crime type": "Name", "Month ending": "Period" },
 *   "kpis": { "total-crime": { "polarity": "lower is better" }, "Positive Outcome Rate": { "polarity": "higher" } } }
 * ```
 */
export interface IngestMapping {
  /** The sheet to read for a role, where the workbook names it otherwise. */
  readonly sheets: Readonly<Partial<Record<InputSheetRole, string>>>;
  /** Workbook header -> column name in `docs/workbook-format.md`, both normalised (`crime type` -> `name`). */
  readonly columns: ReadonlyMap<string, string>;
  /** A published table's KPI, by generated ID or name in lower case -> what the table cannot say. */
  readonly kpis: ReadonlyMap<string, KpiMapping>;
}

export const EMPTY_MAPPING: IngestMapping = { sheets: {}, columns: new Map(), kpis: new Map() };

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
          problem(`kpis.${kpi}`, "expected an object with polarity and unit");
          continue;
        }
        const polarity = typeof spec["polarity"] === "string" ? parsePolarity(spec["polarity"]) : null;
        const unit = typeof spec["unit"] === "string" ? parseUnit(spec["unit"]) : null;
        if (spec["polarity"] !== undefined && !polarity) problem(`kpis.${kpi}.polarity`, "expected higher is better, lower is better or neutral");
        if (spec["unit"] !== undefined && !unit) problem(`kpis.${kpi}.unit`, "expected count, percent, currency, rate, duration, score or grade");
        kpis.set(kpi.trim().toLowerCase(), { ...(polarity ? { polarity } : {}), ...(unit ? { unit } : {}) });
      }
    }
  }
  return { mapping: { sheets, columns, kpis }, issues };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
