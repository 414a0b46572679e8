import { keyOf } from "../parse/keyOf";
import type { ColumnRole, TableKind } from "../detect/tableTypes";

/**
 * A column role as the column mapping writes it: the role's own name (`previous`, `budget-ytd`) or its label as
 * the task pane and `docs/workbook-format.md` show it (`Previous`, `KPI name`, `Budget YTD`, `Ignore`), any case.
 * `null` for anything else.
 * @example parseColumnRole("KPI name") === "name"
 */
export function parseColumnRole(text: string): ColumnRole | null {
  return ROLE_NAMES.get(keyOf(text)) ?? null;
}

/**
 * The role as the task pane's dropdown and messages name it, in the words of the table it is in: a `name` column
 * is the KPI in a KPI table, the theme in a themes table, the budget line in a finance table.
 * @example describeColumnRole("name", "finance") === "Budget line"
 */
export function describeColumnRole(role: ColumnRole, kind: TableKind = "kpis"): string {
  switch (role) {
    case "name":
      return kind === "themes" ? "Theme" : kind === "finance" ? "Budget line" : "KPI name";
    case "id":
      return "KPI ID";
    case "priority":
      return "Priority";
    case "group":
      return kind === "finance" ? "Group" : "Group of segments";
    case "target":
      return "Target";
    case "unit":
      return "Unit";
    case "polarity":
      return "Polarity";
    case "segment":
      return "Segment";
    case "commentary":
      return "Commentary";
    case "period":
      return "Values for a period";
    case "previous":
      return "Previous";
    case "current":
      return "Current";
    case "period-label":
      return "Period";
    case "value":
      return "Value";
    case "rag":
      return "RAG";
    case "trend":
      return "Trend mark";
    case "change":
      return "Change (not used)";
    case "kind":
      return "Kind";
    case "budget-ytd":
      return "Budget YTD";
    case "actual-ytd":
      return "Actual YTD";
    case "variance-ytd":
      return "Variance YTD";
    case "budget-full-year":
      return "Budget full year";
    case "projection-full-year":
      return "Projection full year";
    case "variance-full-year":
      return "Variance full year";
    case "ignore":
      return "Not used";
    default: {
      const unreachable: never = role;
      return unreachable;
    }
  }
}

const ROLE_NAMES = new Map<string, ColumnRole>([
  ["name", "name"],
  ["kpi", "name"],
  ["kpi name", "name"],
  ["indicator", "name"],
  ["theme", "name"],
  ["line", "name"],
  ["budget line", "name"],
  ["id", "id"],
  ["kpi id", "id"],
  ["priority", "priority"],
  ["group", "group"],
  ["group of segments", "group"],
  ["target", "target"],
  ["unit", "unit"],
  ["polarity", "polarity"],
  ["segment", "segment"],
  ["commentary", "commentary"],
  ["period", "period-label"],
  ["period label", "period-label"],
  ["values for a period", "period"],
  ["period values", "period"],
  ["previous", "previous"],
  ["current", "current"],
  ["value", "value"],
  ["rag", "rag"],
  ["trend", "trend"],
  ["trend mark", "trend"],
  ["change", "change"],
  ["change (not used)", "change"],
  ["kind", "kind"],
  ["budget ytd", "budget-ytd"],
  ["actual ytd", "actual-ytd"],
  ["variance ytd", "variance-ytd"],
  ["budget full year", "budget-full-year"],
  ["projection full year", "projection-full-year"],
  ["variance full year", "variance-full-year"],
  ["ignore", "ignore"],
  ["not used", "ignore"],
  ["none", "ignore"],
]);
