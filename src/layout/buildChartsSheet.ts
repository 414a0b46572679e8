import type { ScorecardResults, SpcCause } from "../model/results";
import type { SheetNames } from "../model/outputSheets";
import { defaultSheetNames } from "../model/outputSheets";
import type { ChartDataRefs } from "./buildChartDataSheet";
import { assuranceText, variationText } from "./describeKpiNotes";
import type { ChartSeriesSpec, ChartSpec, SheetPlan } from "./plan";
import { controlChartAxisMin } from "./controlChartAxisMin";
import { monthLabel } from "./monthLabel";
import { MDC_COLOURS, PALETTE } from "./palette";
import { kpiTitle } from "./printedId";
import { printSettings } from "./printSettings";
import { createSheetCanvas } from "./sheetCanvas";
import { STYLE } from "./styleNames";
import { cellNumber } from "./valueCells";
import { pageHeader, writeTitleBand } from "./writeTitleBand";

/**
 * Each KPI takes a caption row and two charts side by side, 8 columns wide and 15 rows tall, with a gap column.
 * Printed one page wide on A4 landscape that is two KPIs a page (one under the title band on the first), so a page
 * break goes before the caption of every KPI that starts a page: charts are never cut in two.
 */
export const CHART_GRID = { columnsPerChart: 8, gapColumns: 1, rowsPerChart: 15, rowsBetween: 1, kpisPerPage: 2 } as const;
const COLUMN_WIDTH = 9.5;
const GAP_WIDTH = 2;

/**
 * The charts sheet: for each KPI with monthly data, its monthly values with the rolling 12 months (columns on the
 * primary axis, the rolling line on the secondary, as seed 000's "monthly figures – right hand axis") beside its
 * XmR control chart (values with markers, mean, dashed limits), all referring to the chart data sheet.
 * @example buildChartsSheet(results, refs).charts.length === 2 * refs.length
 */
export function buildChartsSheet(
  results: ScorecardResults,
  refs: readonly ChartDataRefs[],
  names: SheetNames = defaultSheetNames(results.sheetLabel),
): SheetPlan {
  const name = names("charts");
  const canvas = createSheetCanvas();
  const titleEnd = writeTitleBand(canvas, results, {
    title: "Monthly trends and control charts",
    captions: [
      `Figures on "${names("chart-data")}". Left: monthly values (columns) and the rolling 12 months (line, right-hand axis for totals). Right: control chart with mean and limits.`,
      "Control chart points (NHS Making Data Count): grey common cause; special cause blue for improvement, orange for concern, purple neither. Red dashed line: the target. Wide pale line: the baseline months the limits come from.",
    ],
  });

  const left = 0;
  const right = CHART_GRID.columnsPerChart + CHART_GRID.gapColumns;
  let top = titleEnd + 1;
  const usedIds = new Set<string>();
  const pageBreakRows: number[] = [];
  refs.forEach((ref, index) => {
    // The first page holds the title band and one KPI; every later page two.
    if (index > 0 && (index - 1) % CHART_GRID.kpisPerPage === 0) pageBreakRows.push(top);
    const id = uniqueId(chartId(ref.result.kpi.id), usedIds);
    while (canvas.nextRow < top) canvas.addRow();
    canvas.addRow([{ value: captionOf(ref), style: STYLE.blockTitle }], 20);
    const from = top + 1;
    const to = from + CHART_GRID.rowsPerChart - 1;
    canvas.addCharts([
      monthlyRollingChart(ref, id, { row: from, col: left }, { row: to, col: left + CHART_GRID.columnsPerChart - 1 }),
      controlChart(ref, id, { row: from, col: right }, { row: to, col: right + CHART_GRID.columnsPerChart - 1 }),
    ]);
    top = to + 1 + CHART_GRID.rowsBetween;
  });
  // Rows under the charts exist so the sheet's used range (and its print area) reaches the last chart.
  while (canvas.nextRow < top) canvas.addRow();

  const columnCount = 2 * CHART_GRID.columnsPerChart + CHART_GRID.gapColumns;
  return canvas.toSheet({
    name,
    role: "charts",
    tabColor: PALETTE.blue,
    columns: Array.from({ length: columnCount }, (_, col) => ({
      width: col === CHART_GRID.columnsPerChart ? GAP_WIDTH : COLUMN_WIDTH,
    })),
    freeze: null,
    print: printSettings({ titleRows: null, headerCenter: pageHeader(results), sheetName: name }),
    pageBreakRows,
  });
}

function captionOf(ref: ChartDataRefs): string {
  const { kpi, monthly } = ref.result;
  const spc = monthly?.spc;
  const at = (i: number) => (monthly?.months[i] ? monthLabel(monthly.months[i]) : "");
  const recalculated = (spc?.segments ?? []).filter((s) => s.startsWith === "recalculation").map((s) => `limits recalculated from ${at(s.start)}`);
  const marks = [
    spc?.variation ? variationText(spc.variation) : null,
    spc?.assurance ? assuranceText(spc.assurance) : null,
    ...recalculated,
    spc?.proposal ? `shift since ${at(spc.proposal.index)}: recalculation proposed` : null,
    spc && spc.valueCount < spc.minimumValues ? `${spc.valueCount} months: too few for limits (${spc.minimumValues} needed)` : null,
  ];
  const said = marks.filter((m): m is string => m !== null);
  return said.length === 0 ? kpiTitle(kpi) : `${kpiTitle(kpi)}: ${said.join("; ")}`;
}

type Anchor = { readonly row: number; readonly col: number };

function monthlyRollingChart(ref: ChartDataRefs, id: string, from: Anchor, to: Anchor): ChartSpec {
  const { kpi } = ref.result;
  // A rolling total dwarfs the months, so it gets its own axis; a rolling average shares the months' scale.
  const sums = ref.result.monthly?.rolling?.kind === "total";
  const rollingAxis = sums ? "secondary" : "primary";
  const series: ChartSeriesSpec[] = [
    series_(`${kpi.name} (monthly)`, ref.values, "column", "primary", PALETTE.chartColumns, "solid", 0.75, false),
  ];
  if (ref.rolling !== null) {
    series.push(series_(ref.rollingName, ref.rolling, "line", rollingAxis, PALETTE.chartLine, "solid", 2.25, false));
    // The target of a rolling total is a year's: on the rolling line's axis (the KSI trajectory, 348 in 2013).
    if (ref.rollingTarget !== null) series.push(series_(TARGET_NAME, ref.rollingTarget, "line", rollingAxis, MDC_COLOURS.target, "dash", 1.5, false));
  } else if (ref.target !== null) {
    series.push(series_(TARGET_NAME, ref.target, "line", "primary", MDC_COLOURS.target, "dash", 1.5, false));
  }
  return {
    id: `${id}-monthly-rolling`,
    kind: "monthly-rolling",
    title: ref.result.monthly?.rolling === null ? `${kpi.name}: monthly (a percentile: never averaged)` : `${kpi.name}: monthly and ${ref.rollingName.toLowerCase()}`,
    categories: ref.categories,
    series,
    primaryAxisTitle: "Monthly",
    secondaryAxisTitle: ref.rolling !== null && sums ? "Rolling 12 months" : null,
    numberFormat: ref.numberFormat,
    from,
    to,
  };
}

/**
 * The XmR chart as NHS "Making Data Count" draws it: the values in grey, each special cause's point over them in
 * its colour (blue improvement, orange concern, purple neither; markers-only series, which every viewer draws and
 * the legend names), the mean, dashed limits that step at a recalculation, the baseline months marked, and the
 * target.
 */
function controlChart(ref: ChartDataRefs, id: string, from: Anchor, to: Anchor): ChartSpec {
  const { kpi } = ref.result;
  const series: ChartSeriesSpec[] = [];
  if (ref.baseline !== null) series.push(series_("Baseline", ref.baseline, "line", "primary", PALETTE.chartBaseline, "solid", 6, false));
  // The title names the KPI; a short series name keeps the legend (seven entries at most) from eating the plot.
  series.push(series_("Monthly value", ref.values, "line", "primary", MDC_COLOURS.commonCause, "solid", 1.5, true));
  if (ref.limits !== null) {
    series.push(
      series_("Mean", ref.limits.mean, "line", "primary", MDC_COLOURS.mean, "solid", 1.25, false),
      series_("Upper control limit", ref.limits.upper, "line", "primary", MDC_COLOURS.limits, "dash", 1, false),
      series_("Lower control limit", ref.limits.lower, "line", "primary", MDC_COLOURS.limits, "dash", 1, false),
    );
  }
  if (ref.target !== null) series.push(series_(TARGET_NAME, ref.target, "line", "primary", MDC_COLOURS.target, "dash", 1.5, false));
  for (const cause of ["improvement", "concern", "neither"] as const) {
    const values = ref.signals[cause];
    if (values !== null) series.push(series_(`Special cause: ${cause}`, values, "line", "primary", causeColour(cause), "none", 1, true));
  }
  const axisMin = controlChartAxisMin(controlChartFigures(ref));
  return {
    ...(axisMin !== undefined ? { axisMin } : {}),
    id: `${id}-control`,
    kind: "control",
    title: `${kpi.name}: control chart`,
    categories: ref.categories,
    series,
    primaryAxisTitle: "Monthly",
    secondaryAxisTitle: null,
    numberFormat: ref.numberFormat,
    from,
    to,
  };
}

const TARGET_NAME = "Target";

/** Every figure a control chart draws, in its cells' scale (percentages as fractions). */
function controlChartFigures(ref: ChartDataRefs): (number | null)[] {
  const { kpi, monthly } = ref.result;
  if (!monthly) return [];
  const cell = (v: number | null | undefined) => (v === null || v === undefined ? null : cellNumber(v, kpi.unit));
  const limits = monthly.spc.segments.flatMap((s) => (s.limits ? [s.limits.lower, s.limits.upper] : []));
  return [...monthly.values, ...limits, ...(ref.target !== null ? (monthly.target ?? []) : [])].map(cell);
}

function causeColour(cause: SpcCause): string {
  switch (cause) {
    case "improvement":
      return MDC_COLOURS.improvement;
    case "concern":
      return MDC_COLOURS.concern;
    case "neither":
      return MDC_COLOURS.neither;
    default: {
      const unreachable: never = cause;
      return unreachable;
    }
  }
}

function series_(
  name: string,
  values: string,
  type: ChartSeriesSpec["type"],
  axis: ChartSeriesSpec["axis"],
  color: string,
  dash: ChartSeriesSpec["dash"],
  lineWidthPt: number,
  markers: boolean,
): ChartSeriesSpec {
  return { name, values, type, axis, color, dash, lineWidthPt, markers };
}

/** Chart ids name host objects, so keep them to letters, digits and dashes. */
function chartId(kpiId: string): string {
  return kpiId.replace(/[^A-Za-z0-9_-]+/g, "_");
}

/** Two ids that clean to the same text get `-2`, `-3`, ... so every chart id stays unique. */
function uniqueId(base: string, used: Set<string>): string {
  let id = base;
  for (let n = 2; used.has(id); n += 1) id = `${base}-${n}`;
  used.add(id);
  return id;
}
