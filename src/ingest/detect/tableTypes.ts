/**
 * Tables found on any sheet (`detectTables`): where they are, what kind, and the role proposed for each column,
 * each with a confidence and a reason the task pane shows. Plain data, so the pane can list it and the analyst's
 * corrections can be saved in the column mapping as roles by header.
 */
import type { Period, Quarter } from "../../model/period";
import type { HeaderPeriod } from "../parse/parseHeaderPeriod";
import type { ChangeKind } from "./classifyHeader";

/** What a table holds: KPIs and their figures, an analyst's theme RAGs (seed 002), or the budget table (seed 000). */
export type TableKind = "kpis" | "themes" | "finance";
export const TABLE_KINDS: readonly TableKind[] = ["kpis", "themes", "finance"];

/**
 * What a column of a table holds.
 * - `name` the row's label: the KPI, the theme, or the budget line.
 * - `period` values for the period its header names (`2013/14`, `Apr - Sep` over `2012/13`, `Q2`, `Apr-13`).
 * - `previous` / `current` values for the period before the report quarter and the report quarter itself
 *   (seed 000's "Previous Performance | Current Performance", seed 002's "Current").
 * - `period-label` and `value` the two columns of long data: one row per KPI per period.
 * - `rag` an analyst's RAG for the period in its header (or the report quarter); `trend` published trend marks,
 *   checked but not used (the scorecard computes trends); `change` published change, not used (it computes change).
 * - `group` a label carried down the rows: a group of segments or of budget lines.
 * - finance amounts: `budget-ytd` ... `variance-full-year`.
 */
export type ColumnRole =
  | "name"
  | "id"
  | "priority"
  | "group"
  | "target"
  | "unit"
  | "polarity"
  | "segment"
  | "commentary"
  | "period"
  | "previous"
  | "current"
  | "period-label"
  | "value"
  | "rag"
  | "trend"
  | "change"
  | "kind"
  | "budget-ytd"
  | "actual-ytd"
  | "variance-ytd"
  | "budget-full-year"
  | "projection-full-year"
  | "variance-full-year"
  | "ignore";

/** The roles a column of each kind of table can take, in the order the task pane offers them. */
export const ROLES_BY_KIND: Readonly<Record<TableKind, readonly ColumnRole[]>> = {
  kpis: [
    "name",
    "id",
    "priority",
    "target",
    "unit",
    "polarity",
    "segment",
    "group",
    "period",
    "previous",
    "current",
    "period-label",
    "value",
    "rag",
    "commentary",
    "trend",
    "change",
    "ignore",
  ],
  themes: ["name", "priority", "rag", "commentary", "ignore"],
  finance: [
    "name",
    "group",
    "kind",
    "budget-ytd",
    "actual-ytd",
    "variance-ytd",
    "budget-full-year",
    "projection-full-year",
    "variance-full-year",
    "ignore",
  ],
};

/** Roles whose cells hold figures (or marks) for a period: they make a KPI table wide. */
export const PERIOD_VALUE_ROLES: ReadonlySet<ColumnRole> = new Set<ColumnRole>(["period", "previous", "current"]);

export const FINANCE_AMOUNT_ROLES: readonly ColumnRole[] = [
  "budget-ytd",
  "actual-ytd",
  "variance-ytd",
  "budget-full-year",
  "projection-full-year",
  "variance-full-year",
];

/** How sure detection is of a proposal, from 0 to 1, and where it came from. */
export type RoleSource = "mapping" | "header" | "values" | "position";

export interface DetectedColumn {
  /** 0-based column index on the sheet. */
  readonly col: number;
  /** Column letters, `D`. */
  readonly letter: string;
  /** The header as shown: a two-level header joined (`Apr - Sep 2012/13`), `""` when the column has none. */
  readonly header: string;
  /** What the column mapping calls it: the header in lower case, or `column d` for a column without one. */
  readonly key: string;
  readonly role: ColumnRole;
  readonly confidence: number;
  readonly reason: string;
  readonly source: RoleSource;
  /**
   * The period its values stand for, when it has one: a month, quarter, year or span as the header names it
   * (`Apr - Sep` over `2012/13` is the span April to September 2012), or resolved against the report quarter for
   * `Q2`, `Sep` or `Current`.
   */
  readonly period: Period | null;
  /** The period as the header names it, before the report quarter completes `Q2` or `Sep`: a grid's quarter. */
  readonly headerPeriod: HeaderPeriod | null;
  /** Whether `period` comes from the header itself or from the table's report quarter (`Current`, `Q2`). */
  readonly periodSource: "header" | "report" | null;
  /**
   * What the figures measure where the header names it beside the period: `Number` or `%` under a year, a KPI
   * named over its periods (`Theft from a vehicle` over `1989 | 1991`). Several measures make a KPI of each.
   */
  readonly measure: string | null;
  /**
   * In a two-level header, the upper text over this column and its lower text: `Number` over `Fire - Malicious`,
   * `Primary Fires` over `Dwellings`. `null` for a one-level header.
   */
  readonly levels: { readonly group: string; readonly own: string } | null;
  /** A change column's kind: in the KPI's unit, a percentage, points, or against the target. */
  readonly changeKind: ChangeKind | null;
  /** A header cell (A1) to point issues at. */
  readonly cell: string;
}

/** Where a table's report quarter came from: needed by `Current`, `Previous` and periods without a year (`Q2`). */
export interface ReportPeriod {
  readonly quarter: Quarter;
  readonly source: "table" | "title" | "mapping" | "workbook";
  /** The text it was read from (a title, the mapping's value), for the reason shown. */
  readonly text: string;
}

/** What every table found on a sheet has, as found and once completed. */
export interface TableShape {
  readonly sheet: string;
  readonly kind: TableKind;
  /** `wide`: one row per KPI, periods as columns; `long`: one row per KPI per period. */
  readonly layout: "wide" | "long";
  /** 0-based, inclusive: header rows to last data row, first to last column. */
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
  /** The header's rows: one, or two for a two-level header. */
  readonly headerRows: readonly number[];
  /** Rows holding data (blank and heading-only rows inside the table are left out). */
  readonly dataRows: readonly number[];
  /** The nearest text above the header (`Figure 1: key performance indicators ...`), if any. */
  readonly title: string | null;
  /** A row above the header that names the figures' unit (`Number`, `Days`, `%` in `Unit | %`), if any. */
  readonly unitNote: string | null;
  /** A KPI the header names over its period columns, the rows being its segments (seed 000's re-offending table). */
  readonly kpiLabel: string | null;
  readonly confidence: number;
  /** One line for the task pane: what was found and why it is taken for a table of this kind. */
  readonly reason: string;
  /** The column mapping says to leave this table out. */
  readonly skipped: boolean;
}

export interface DetectedTable extends TableShape {
  /** `A3:G16`. */
  readonly range: string;
  readonly columns: readonly DetectedColumn[];
  readonly reportPeriod: ReportPeriod | null;
}
