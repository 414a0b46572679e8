/**
 * Names of the plan's cell styles. Fixed styles are listed in `STYLE`; number styles are named from the unit, the
 * role and the decimals (`percent`, `percent-2dp`, `change-count`, `change-pts`), so each distinct format has one
 * name and `buildStyleCatalogue` can define every one of them.
 */
import type { RagStatus, TimeUnit, Unit } from "../model/kpi";
import type { FormatRole } from "./numberFormatFor";
import { defaultDecimals, resolveDecimals } from "./numberFormatFor";

export const STYLE = {
  title: "title",
  subtitle: "subtitle",
  period: "period",
  caption: "caption",
  header: "header",
  headerLeft: "header-left",
  headerGroup: "header-group",
  section: "section",
  id: "id",
  kpi: "kpi",
  kpiChild: "kpi-child",
  kpiGrandchild: "kpi-grandchild",
  target: "target",
  text: "text",
  textBold: "text-bold",
  cell: "cell",
  na: "na",
  grade: "grade",
  ragNone: "rag-none",
  trendImproving: "trend-improving",
  trendWorsening: "trend-worsening",
  trendNeutral: "trend-neutral",
  trendKeyImproving: "trend-key-improving",
  trendKeyWorsening: "trend-key-worsening",
  trendKeyNeutral: "trend-key-neutral",
  keyLabel: "key-label",
  notes: "notes",
  commentary: "commentary",
  suggested: "suggested",
  draftSummary: "draft-summary",
  footnote: "footnote",
  blockTitle: "block-title",
  month: "month",
  signalImprovement: "signal-improvement",
  signalConcern: "signal-concern",
  signalNeither: "signal-neither",
  spcCommonCause: "spc-common-cause",
  spcImprovement: "spc-improvement",
  spcConcern: "spc-concern",
  spcNeither: "spc-neither",
  spcNone: "spc-none",
  severityError: "severity-error",
  severityWarning: "severity-warning",
  severityInfo: "severity-info",
  link: "link",
  code: "code",
  financeGroup: "finance-group",
  financeLine: "finance-line",
  financeTotalLabel: "finance-total-label",
  financeGrandTotalLabel: "finance-grand-total-label",
  financeValue: "finance",
  financeAdverse: "finance-adverse",
  financeTotal: "finance-total",
  financeTotalAdverse: "finance-total-adverse",
  financeGrandTotal: "finance-grand-total",
  financeGrandTotalAdverse: "finance-grand-total-adverse",
  financeNa: "finance-na",
  summaryCount: "summary-count",
} as const;

/** `rag-green`, `rag-amber`, `rag-red`. */
export function ragStyleName(status: RagStatus): string {
  return `rag-${status}`;
}

/**
 * The style of a number cell. Grades are shown by name, so their values take the text style `grade`.
 * @example numberStyleName("percent", "value", 1) === "percent"
 * @example numberStyleName("percent", "value", 2) === "percent-2dp"
 * @example numberStyleName("count", "change-percent", null) === "change-pct"
 * @example numberStyleName("duration", "value", 0, "days") === "duration-days-0dp"
 */
export function numberStyleName(unit: Unit, role: FormatRole, decimals: number | null | undefined, timeUnit?: TimeUnit): string {
  const places = resolveDecimals(unit, decimals);
  const suffix = places === defaultDecimals(unit) ? "" : `-${places}dp`;
  // Minutes are a duration's default, named as before; other time units have styles of their own.
  const name = unit === "duration" && timeUnit !== undefined && timeUnit !== "minutes" ? `${unit}-${timeUnit}` : unit;
  switch (role) {
    case "value":
      return unit === "grade" ? STYLE.grade : `${name}${suffix}`;
    case "change":
      return `change-${name}${suffix}`;
    case "change-percent":
      return "change-pct";
    case "change-points": {
      // Points are always of a percentage, so their default places are a percentage's whatever the unit.
      const points = resolveDecimals("percent", decimals);
      return points === defaultDecimals("percent") ? "change-pts" : `change-pts-${points}dp`;
    }
    default: {
      const unreachable: never = role;
      return unreachable;
    }
  }
}
