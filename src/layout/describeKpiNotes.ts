import type { RagLabels } from "../model/kpi";
import type { AssuranceMark, KpiResult, MonthlySeries, VariationMark } from "../model/results";
import { formatValueText } from "./formatValueText";
import { monthLabel } from "./monthLabel";

/** The period pair most KPIs report, named in the scorecard's title band and column headers. */
export interface PeriodPair {
  readonly previous: string;
  readonly current: string;
}

/**
 * The Notes column of a KPI row: what the figures alone cannot say. Periods that differ from the table's, change
 * from a baseline, the trajectory ("2013 target 348: on track, projected 323"), the SPC variation and assurance
 * marks, and what the figures gave where an analyst overrode the RAG. One line each.
 * @example describeKpiNotes(ksiResult, { previous: "Apr - Sep 2012/13", current: "Apr - Sep 2013/14" }, labels)
 *   // ["2013 target 348: on track, projected 323", "SPC: common cause variation"]
 */
export function describeKpiNotes(result: KpiResult, periods: PeriodPair, labels: RagLabels, currencySymbol = "£"): string[] {
  const { kpi } = result;
  const text = (value: number) => formatValueText(value, kpi.unit, { decimals: kpi.decimals, currencySymbol, ...(kpi.timeUnit ? { timeUnit: kpi.timeUnit } : {}) });
  const lines: string[] = [];

  if (result.previousLabel !== periods.previous || result.currentLabel !== periods.current) {
    // A KPI with a single figure has no previous period to name.
    lines.push(result.previousLabel === "" ? `Period: ${result.currentLabel} (no earlier figure)` : `Periods: ${result.previousLabel} vs ${result.currentLabel}`);
  }

  const fromBaseline = result.changeFromBaseline;
  if (fromBaseline && kpi.baseline) {
    const change = describeChange(fromBaseline.points, fromBaseline.percent, fromBaseline.actual, kpi.unit === "percent", text);
    if (change !== null) lines.push(`${change} from ${kpi.baseline.label}`);
  }

  const trajectory = result.trajectory;
  if (trajectory) {
    const status = trajectory.onTrack ? "on track" : "off track";
    lines.push(`${trajectory.yearLabel} target ${text(trajectory.targetForYear)}: ${status}, projected ${text(trajectory.projectedYearEnd)}`);
  }

  if (result.monthly) lines.push(...describeSpc(result.monthly));

  const { rag } = result;
  if (rag.basis === "override" && rag.computed !== null && rag.computed !== rag.status) {
    lines.push(`Figures alone give ${labels[rag.computed]}`);
  }
  return lines;
}

/**
 * What the SPC marks rest on, where a reader needs telling: too few months to judge, the analyst's baseline and
 * recalculations, a recalculation proposed after a shift; then the marks in words (the icons' meaning in print).
 */
function describeSpc(monthly: MonthlySeries): string[] {
  const { spc, months } = monthly;
  const at = (i: number) => (months[i] ? monthLabel(months[i]) : "");
  if (spc.valueCount < spc.minimumValues) {
    return spc.valueCount < 3 ? [] : [`SPC: ${spc.valueCount} months of data; Making Data Count judges from ${spc.minimumValues}`];
  }
  const lines: string[] = [];
  const latest = spc.segments[spc.segments.length - 1];
  for (const segment of spc.segments) {
    const whole = segment.baseline.start === segment.start && segment.baseline.end === segment.end;
    const from = segment.startsWith === "recalculation" ? `recalculated from ${at(segment.start)}` : null;
    const baseline = whole ? null : `from ${at(segment.baseline.start)} to ${at(segment.baseline.end)}`;
    if (from || baseline) lines.push(`SPC limits ${[from, baseline].filter((p) => p !== null).join(", ")}`);
    if (segment === latest && segment.limits === null && segment.startsWith === "recalculation") {
      lines.push(`SPC: ${segment.baselineValues} months since the recalculation; new limits need 12`);
    }
  }
  if (spc.proposal) {
    const { index, points, side } = spc.proposal;
    lines.push(`SPC: shift since ${at(index)} (${points} months ${side} the mean): recalculation proposed, no assurance until then`);
  }
  const parts = [spc.variation ? variationText(spc.variation) : null, spc.assurance ? assuranceText(spc.assurance) : null];
  const said = parts.filter((p): p is string => p !== null);
  if (said.length > 0) lines.push(`SPC: ${said.join("; ")}`);
  return lines;
}

function describeChange(
  points: number | null,
  percent: number | null,
  actual: number | null,
  isPercentKpi: boolean,
  text: (value: number) => string,
): string | null {
  if (isPercentKpi) return points === null ? null : `${sign(points)}${Math.abs(points).toFixed(1)} pts`;
  if (percent !== null) return `${sign(percent)}${Math.abs(percent).toFixed(1)}%`;
  return actual === null ? null : `${sign(actual)}${text(Math.abs(actual))}`;
}

function sign(value: number): string {
  if (Math.abs(value) < 0.05) return "";
  return value > 0 ? "+" : "-";
}

/** NHS "Making Data Count" wording for the variation icon. */
export function variationText(mark: VariationMark): string {
  switch (mark) {
    case "common-cause":
      return "common cause variation";
    case "special-cause-improving":
      return "special cause variation, improving";
    case "special-cause-concerning":
      return "special cause variation, concerning";
    case "special-cause-neither":
      return "special cause variation (neither better nor worse)";
    default: {
      const unreachable: never = mark;
      return unreachable;
    }
  }
}

/** NHS "Making Data Count" wording for the assurance icon. */
export function assuranceText(mark: AssuranceMark): string {
  switch (mark) {
    case "consistently-passing":
      return "consistently passes the target";
    case "consistently-failing":
      return "consistently fails the target";
    case "hit-and-miss":
      return "hit and miss against the target";
    default: {
      const unreachable: never = mark;
      return unreachable;
    }
  }
}
