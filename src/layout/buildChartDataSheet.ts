import { absoluteRef } from "../model/address";
import type { KpiResult, RollingKind, ScorecardResults, SpcCause, SpcPoint, SpcRule, SpcSegment } from "../model/results";
import type { SheetNames } from "../model/outputSheets";
import { defaultSheetNames } from "../model/outputSheets";
import { monthLabel } from "./monthLabel";
import { numberFormatFor } from "./numberFormatFor";
import type { PlanCell, SheetPlan } from "./plan";
import { kpiTitle } from "./printedId";
import { printSettings } from "./printSettings";
import { createSheetCanvas } from "./sheetCanvas";
import type { SheetCanvas } from "./sheetCanvas";
import { numberStyleName, STYLE } from "./styleNames";
import { cellNumber } from "./valueCells";
import { pageHeader, writeTitleBand } from "./writeTitleBand";

/** Where one KPI's figures sit on the chart data sheet, as absolute references for its charts. */
export interface ChartDataRefs {
  readonly result: KpiResult;
  readonly categories: string;
  readonly values: string;
  /** `null` when the series never reaches 12 months. */
  readonly rolling: string | null;
  /**
   * `Rolling 12-month total` for KPIs that add up, `Rolling 12-month average` for rates and the like, `... weighted
   * average` for a mean weighted by its count; for a percentile, which has no rolling line, why there is none.
   */
  readonly rollingName: string;
  /** `null` without control limits (too few points). */
  readonly limits: { readonly mean: string; readonly upper: string; readonly lower: string } | null;
  /** The target line of each chart; `null` without a target that months compare with. */
  readonly target: string | null;
  readonly rollingTarget: string | null;
  /** The mean over the months the limits come from, where the analyst set a baseline; `null` otherwise. */
  readonly baseline: string | null;
  /** The special causes' values by cause, blank elsewhere, drawn over the values in MDC's colours; `null` for none. */
  readonly signals: Readonly<Record<SpcCause, string | null>>;
  /** The Excel number format of the values, for the charts' axes. */
  readonly numberFormat: string;
}

export interface ChartData {
  readonly sheet: SheetPlan;
  readonly refs: readonly ChartDataRefs[];
}

export const CHART_DATA_HEADERS = [
  "Month",
  "Value",
  "Rolling 12 months",
  "Rolling 12-month target",
  "Target",
  "Mean",
  "Upper limit",
  "Lower limit",
  "Baseline",
  "Improvement",
  "Concern",
  "Neither",
  "Signal",
] as const;
const COL = {
  month: 0,
  value: 1,
  rolling: 2,
  rollingTarget: 3,
  target: 4,
  mean: 5,
  upper: 6,
  lower: 7,
  baseline: 8,
  improvement: 9,
  concern: 10,
  neither: 11,
  signal: 12,
} as const;
const WIDTHS = [10, 12, 16, 14, 12, 12, 12, 12, 12, 12, 12, 12, 44];

/**
 * The figures behind the charts, a block per KPI with a monthly series: month labels as text (`Apr-11`), values,
 * the rolling 12 months, the XmR mean and limits, and special-cause signals. Plain numbers, no formulas. `null`
 * when no KPI has monthly data.
 * @example buildChartDataSheet(results)?.refs[0]?.values === "'Chart data Q2 2013-14'!$B$7:$B$36"
 */
export function buildChartDataSheet(
  results: ScorecardResults,
  kpis: readonly KpiResult[] = results.kpis,
  names: SheetNames = defaultSheetNames(results.sheetLabel),
): ChartData | null {
  const withSeries = kpis.filter((r) => r.monthly !== null && r.monthly.months.length > 0);
  if (withSeries.length === 0) return null;
  const name = names("chart-data");
  const canvas = createSheetCanvas();

  writeTitleBand(canvas, results, {
    title: "Chart data",
    captions: [
      "The figures behind the charts. Mean and limits: XmR control limits (mean ± 2.66 × mean moving range) from the baseline months, or every month; signals follow NHS \"Making Data Count\".",
    ],
  });

  const refs: ChartDataRefs[] = [];
  for (const result of withSeries) {
    canvas.addRow([], 10);
    refs.push(writeBlock(canvas, name, result, results.settings.currencySymbol));
  }

  return {
    sheet: canvas.toSheet({
      name,
      role: "chart-data",
      tabColor: "#A6A6A6",
      columns: WIDTHS.map((width) => ({ width })),
      freeze: null,
      print: printSettings({ orientation: "portrait", headerCenter: pageHeader(results), sheetName: name }),
    }),
    refs,
  };
}

/** The rolling line's name in the data block's header and the chart's legend and title. */
const ROLLING_NAMES: Readonly<Record<RollingKind, string>> = {
  total: "Rolling 12-month total",
  average: "Rolling 12-month average",
  "weighted-average": "Rolling 12-month weighted average",
};

function writeBlock(canvas: SheetCanvas, sheet: string, result: KpiResult, currencySymbol: string): ChartDataRefs {
  const { kpi } = result;
  const monthly = result.monthly!;
  // A percentile's months are never averaged: its column says why it is empty.
  const rollingName = monthly.rolling ? ROLLING_NAMES[monthly.rolling.kind] : "No rolling average (a percentile)";
  const { spc } = monthly;
  const valueStyle = numberStyleName(kpi.unit, "value", kpi.decimals, kpi.timeUnit);
  const number = (v: number | null | undefined): PlanCell =>
    v === null || v === undefined || !Number.isFinite(v) ? { value: null, style: STYLE.cell } : { value: cellNumber(v, kpi.unit), style: valueStyle };
  // Each month's limits are its segment's: a recalculation steps them, a baseline extends them.
  const segmentAt = (i: number) => spc.segments.find((s) => s.start <= i && i <= s.end);
  // A segment whose limits come from part of it (the analyst's baseline) marks those months on the chart.
  const partial = (s: SpcSegment) => s.limits !== null && (s.baseline.start !== s.start || s.baseline.end !== s.end);
  const analystBaseline = spc.segments.some(partial);

  canvas.addRow([{ value: kpiTitle(kpi), style: STYLE.blockTitle }], 18);
  canvas.addRow(
    CHART_DATA_HEADERS.map((text, col) => ({
      value: col === COL.rolling ? rollingName : text,
      style: col === COL.signal ? STYLE.headerLeft : STYLE.header,
    })),
    28,
  );
  const first = canvas.nextRow;
  monthly.months.forEach((month, i) => {
    const rolling = monthly.rolling?.values[i] ?? null;
    const segment = segmentAt(i);
    const limits = segment?.limits ?? null;
    const inBaseline = segment !== undefined && partial(segment) && i >= segment.baseline.start && i <= segment.baseline.end;
    canvas.addRow([
      { value: monthLabel(month), style: STYLE.month },
      number(monthly.values[i]),
      number(rolling),
      number(monthly.rolling12Target?.[i]),
      number(monthly.target?.[i]),
      number(limits?.mean),
      number(limits?.upper),
      number(limits?.lower),
      number(inBaseline ? limits?.mean : null),
      ...CAUSES.map((cause) => number(spc.points[i]?.cause === cause ? monthly.values[i] : null)),
      signalCell(spc.points[i]),
    ]);
  });
  const last = canvas.nextRow - 1;
  const column = (col: number) => absoluteRef(sheet, first, col, last, col);
  const rollingDrawn = monthly.rolling?.values.some((v) => v !== null) ?? false;
  const any = (values: readonly (number | null)[] | undefined) => values !== undefined && values.some((v) => v !== null);
  return {
    result,
    categories: column(COL.month),
    values: column(COL.value),
    rolling: rollingDrawn ? column(COL.rolling) : null,
    rollingName,
    limits: spc.segments.some((s) => s.limits !== null) ? { mean: column(COL.mean), upper: column(COL.upper), lower: column(COL.lower) } : null,
    target: any(monthly.target) ? column(COL.target) : null,
    rollingTarget: any(monthly.rolling12Target) && rollingDrawn ? column(COL.rollingTarget) : null,
    baseline: analystBaseline ? column(COL.baseline) : null,
    signals: {
      improvement: spc.points.some((p) => p.cause === "improvement") ? column(COL.improvement) : null,
      concern: spc.points.some((p) => p.cause === "concern") ? column(COL.concern) : null,
      neither: spc.points.some((p) => p.cause === "neither") ? column(COL.neither) : null,
    },
    numberFormat: numberFormatFor(kpi.unit, "value", { decimals: kpi.decimals, currencySymbol, ...(kpi.timeUnit ? { timeUnit: kpi.timeUnit } : {}) }),
  };
}

const CAUSES: readonly SpcCause[] = ["improvement", "concern", "neither"];

/** "Concern: beyond a limit, shift" on the points a special-cause pattern includes. */
function signalCell(point: SpcPoint | undefined): PlanCell {
  if (!point || point.cause === null) return { value: null, style: STYLE.cell };
  const rules = point.rules.map(ruleText).join(", ");
  switch (point.cause) {
    case "improvement":
      return { value: `Improvement: ${rules}`, style: STYLE.signalImprovement };
    case "concern":
      return { value: `Concern: ${rules}`, style: STYLE.signalConcern };
    case "neither":
      return { value: `Special cause: ${rules}`, style: STYLE.signalNeither };
    default: {
      const unreachable: never = point.cause;
      return unreachable;
    }
  }
}

export function ruleText(rule: SpcRule): string {
  switch (rule) {
    case "beyond-limit":
      return "beyond a control limit";
    case "shift":
      return "shift (a run on one side of the mean)";
    case "trend":
      return "trend (a run rising or falling)";
    case "two-of-three":
      return "2 of 3 points near a limit";
    default: {
      const unreachable: never = rule;
      return unreachable;
    }
  }
}
