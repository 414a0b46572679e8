/**
 * Plans for the Office.js host tests: a hand-made one exercising every feature the host writes, and a generator of
 * realistic plans (a scorecard row per KPI, 60 months of chart data per KPI, a chart pair per KPI) for sync counts.
 */
import type { CellStyle, ChartSpec, PlanCell, PrintSettings, ScorecardPlan, SheetPlan } from "../../src/layout/plan";
import { absoluteRef } from "../../src/model/address";
import type { WorkbookGrids } from "../../src/model/grid";

export const QUARTER = "Q2 2013-14";
export const SCORECARD = `Scorecard ${QUARTER}`;
export const CHARTS = `Charts ${QUARTER}`;
export const CHART_DATA = `Chart data ${QUARTER}`;
export const ISSUES = `Data issues ${QUARTER}`;

/** Text an analyst might type that Excel would otherwise turn into a formula, a number or a date. */
export const INJECTIONS = ["=SUM(A1)", "+44 1202", "-5", "@user", '=HYPERLINK("http://example.com","click")', "Apr-13", "1,431", "#N/A", "TRUE"];

export const STYLES: Readonly<Record<string, CellStyle>> = {
  title: { bold: true, fontSize: 16, fontColor: "#1F3864" },
  header: { bold: true, fill: "#D9E1F2", horizontal: "center", vertical: "center", wrap: true, borderBottom: "thin", borderColor: "#8EA9DB" },
  section: { bold: true, fill: "#F2F2F2", borderTop: "medium" },
  kpi: { indent: 1, vertical: "top" },
  count: { numberFormat: "#,##0", horizontal: "right" },
  percent: { numberFormat: "0.0%", horizontal: "right" },
  change: { numberFormat: '+#,##0;-#,##0;0', italic: true },
  "rag-green": { fill: "#C6EFCE", fontColor: "#006100", horizontal: "center" },
  "rag-amber": { fill: "#FFEB9C", fontColor: "#9C5700", horizontal: "center" },
  "rag-red": { fill: "#FFC7CE", fontColor: "#9C0006", horizontal: "center" },
  commentary: { wrap: true },
  month: { numberFormat: "@" },
  link: { fontColor: "#0563C1" },
};

export function print(overrides: Partial<PrintSettings> = {}): PrintSettings {
  return {
    orientation: "landscape",
    paperSize: "A4",
    fitToWidth: 1,
    fitToHeight: 0,
    titleRows: "$1:$4",
    headerCenter: "Dorset Police & Crime Panel · Q2 2013-14",
    footerLeft: SCORECARD,
    footerRight: "Page &P of &N",
    ...overrides,
  };
}

function sheet(partial: Partial<SheetPlan> & Pick<SheetPlan, "name" | "role">): SheetPlan {
  return {
    tabColor: null,
    columns: [],
    rowHeights: [],
    blocks: [],
    merges: [],
    freeze: null,
    print: print({ footerLeft: partial.name }),
    conditionalFormats: [],
    charts: [],
    showGridlines: false,
    ...partial,
  };
}

const RAGS = ["Green", "Amber", "Red"] as const;
const ragStyle = (rag: string) => `rag-${rag.toLowerCase()}`;

function ragFormats(range: string) {
  return [
    { kind: "text-equals" as const, range, text: "Green", fill: "#C6EFCE", fontColor: "#006100" },
    { kind: "text-equals" as const, range, text: "Amber", fill: "#FFEB9C", fontColor: "#9C5700" },
    { kind: "text-equals" as const, range, text: "Red", fill: "#FFC7CE", fontColor: "#9C0006" },
  ];
}

function chartPair(id: string, name: string, dataTop: number, dataBottom: number, chartTop: number): ChartSpec[] {
  const col = (c: number) => absoluteRef(CHART_DATA, dataTop, c, dataBottom, c);
  return [
    {
      id: `${id}-monthly-rolling`,
      kind: "monthly-rolling",
      title: `${name}: monthly and rolling 12-month total`,
      categories: col(0),
      series: [
        { name: `${name} (monthly)`, values: col(1), type: "column", axis: "primary", color: "#5B9BD5", dash: "solid", lineWidthPt: 0.75, markers: false },
        { name: "Rolling 12-month total", values: col(2), type: "line", axis: "secondary", color: "#ED7D31", dash: "solid", lineWidthPt: 2.25, markers: false },
      ],
      primaryAxisTitle: "Monthly",
      secondaryAxisTitle: "Rolling 12 months",
      numberFormat: "#,##0",
      from: { row: chartTop, col: 0 },
      to: { row: chartTop + 17, col: 7 },
    },
    {
      id: `${id}-control`,
      kind: "control",
      title: `${name}: control chart`,
      categories: col(0),
      series: [
        { name, values: col(1), type: "line", axis: "primary", color: "#A6A6A6", dash: "solid", lineWidthPt: 1.5, markers: true },
        // Special causes in MDC's colour: markers only, over the values.
        { name: "Special cause: concern", values: col(1), type: "line", axis: "primary", color: "#E46C0A", dash: "none", lineWidthPt: 1, markers: true },
        { name: "Mean", values: col(3), type: "line", axis: "primary", color: "#7F7F7F", dash: "solid", lineWidthPt: 1.25, markers: false },
        { name: "Upper control limit", values: col(4), type: "line", axis: "primary", color: "#C00000", dash: "dash", lineWidthPt: 1, markers: false },
        { name: "Lower control limit", values: col(5), type: "line", axis: "primary", color: "#C00000", dash: "dash", lineWidthPt: 1, markers: false },
      ],
      primaryAxisTitle: "Monthly",
      secondaryAxisTitle: null,
      numberFormat: "#,##0",
      axisMin: 2800,
      from: { row: chartTop, col: 9 },
      to: { row: chartTop + 17, col: 16 },
    },
  ];
}

const MONTHS = ["Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec", "Jan", "Feb", "Mar"];

function monthLabel(i: number): string {
  const year = 11 + Math.floor((i + 3) / 12);
  return `${MONTHS[i % 12]}-${String(year).padStart(2, "0")}`;
}

/** Rows of one KPI's chart data block: title, header, then months. */
function chartDataRows(kpi: number, name: string, months: number): PlanCell[][] {
  const rows: PlanCell[][] = [[{ value: `${name} (P${kpi})`, style: "section" }]];
  rows.push(["Month", "Value", "Rolling 12 months", "Mean", "Upper limit", "Lower limit", "Signal"].map((value) => ({ value, style: "header" })));
  for (let m = 0; m < months; m++) {
    const value = 3000 + ((kpi * 37 + m * 113) % 900) + m * 1.5;
    rows.push([
      { value: monthLabel(m), style: "month" },
      { value, style: "count" },
      { value: m >= 11 ? value * 12 - 1500 + kpi : null, style: "count" },
      { value: 3450.5, style: "count" },
      { value: 4210.25, style: "count" },
      { value: 2690.75, style: "count" },
      { value: m % 17 === 5 ? "Special cause: a run of 7 points above the mean" : null },
    ]);
  }
  return rows;
}

/**
 * A realistic plan for `n` KPIs: a scorecard row per KPI, a chart data block of `months` months per KPI, and a
 * chart pair per KPI on the charts sheet.
 */
export function generatePlan(n: number, months = 60): ScorecardPlan {
  const title: PlanCell[][] = [
    [{ value: "Police and Crime Plan: progress against plan and priorities", style: "title" }],
    [{ value: "Dorset Police & Crime Panel" }],
    [{ value: `Quarter 2 ${QUARTER}` }],
    ["ID", "KPI", "Target", "Previous", "Current", "Change", "RAG", "Trend", "Commentary"].map((value) => ({ value, style: "header" })),
  ];
  const kpiRows: PlanCell[][] = [];
  for (let k = 1; k <= n; k++) {
    const rag = RAGS[k % 3] ?? "Green";
    kpiRows.push([
      { value: `P${k}`, style: "kpi" },
      { value: `Indicator number ${k} with a realistic descriptive name`, style: "kpi" },
      { value: "≥ 25.5%" },
      { value: 0.211 + k / 10000, style: "percent" },
      { value: 0.252 + k / 10000, style: "percent" },
      { value: 41 + k, style: "change" },
      { value: rag, style: ragStyle(rag) },
      { value: "↑" },
      { value: k % 4 === 0 ? "Commentary typed by an analyst about the latest quarter and what drives it." : null, style: "commentary" },
    ]);
  }
  const scorecard = sheet({
    name: SCORECARD,
    role: "scorecard",
    tabColor: "#1F3864",
    columns: [6, 40, 10, 10, 10, 10, 8, 6, 50].map((width) => ({ width })),
    rowHeights: [{ row: 0, height: 24 }],
    blocks: [{ top: 0, left: 0, cells: [...title, ...kpiRows] }],
    merges: ["A1:I1"],
    freeze: { rows: 4, columns: 2 },
    conditionalFormats: ragFormats(`G5:G${4 + n}`),
  });

  const dataRows: PlanCell[][] = [[{ value: "Chart data", style: "title" }]];
  const charts: ChartSpec[] = [];
  const chartRows: PlanCell[][] = [[{ value: "Monthly trends and control charts", style: "title" }]];
  for (let k = 1; k <= n; k++) {
    dataRows.push([]);
    const top = dataRows.length + 2;
    dataRows.push(...chartDataRows(k, `Indicator ${k}`, months));
    const chartTop = chartRows.length + 1;
    chartRows.push([{ value: `Indicator ${k} (P${k}): common cause variation`, style: "section" }]);
    for (let r = 0; r < 20; r++) chartRows.push([]);
    charts.push(...chartPair(`P${k}`, `Indicator ${k}`, top, top + months - 1, chartTop));
  }
  const chartData = sheet({
    name: CHART_DATA,
    role: "chart-data",
    tabColor: "#A6A6A6",
    columns: [10, 12, 16, 12, 12, 12, 44].map((width) => ({ width })),
    blocks: [{ top: 0, left: 0, cells: dataRows }],
    print: print({ orientation: "portrait", titleRows: null, footerLeft: CHART_DATA }),
  });
  const chartSheet = sheet({
    name: CHARTS,
    role: "charts",
    tabColor: "#2E75B6",
    columns: Array.from({ length: 17 }, (_, c) => ({ width: c === 8 ? 2 : 9.5 })),
    blocks: [{ top: 0, left: 0, cells: chartRows }],
    charts,
    print: print({ titleRows: null, footerLeft: CHARTS }),
  });
  return { version: 1, periodLabel: QUARTER, sheetLabel: QUARTER, styles: STYLES, sheets: [scorecard, chartSheet, chartData] };
}

/** A small plan touching every feature: merges, borders, RAG fills and rules, links, injections, both chart kinds. */
export function handMadePlan(): ScorecardPlan {
  const base = generatePlan(3, 24);
  const [scorecard, charts, chartData] = base.sheets as [SheetPlan, SheetPlan, SheetPlan];
  const withInjections: SheetPlan = {
    ...scorecard,
    blocks: [
      ...scorecard.blocks,
      { top: 9, left: 1, cells: INJECTIONS.map((value) => [{ value, style: "commentary" }, { value: true }]) },
    ],
    merges: [...scorecard.merges, "B8:C8"],
  };
  const issues: SheetPlan = sheet({
    name: ISSUES,
    role: "issues",
    tabColor: null,
    columns: [{ width: 20 }, { width: 12 }, { width: 80, hidden: false }, { width: 5, hidden: true }],
    blocks: [
      {
        top: 0,
        left: 0,
        cells: [
          ["Sheet", "Cell", "Problem"].map((value) => ({ value, style: "header" })),
          [{ value: "Measurements" }, { value: "Measurements!C7", style: "link", link: "'Measurements'!C7" }, { value: '"abc" could not be read: expected a number.' }],
          [{ value: "KPIs" }, { value: "KPIs!B3", style: "link", link: "#KPIs!B3" }, { value: "=not a formula" }],
        ],
      },
    ],
    freeze: { rows: 1, columns: 0 },
    showGridlines: true,
  });
  return { ...base, sheets: [withInjections, charts, chartData, issues] };
}

/** The analyst's own workbook: a KPI register and measurements, with a hidden helper sheet. */
export const ANALYST_GRIDS: WorkbookGrids = {
  sheets: [
    {
      sheet: "KPIs",
      rows: [
        ["ID", "Name", "Unit", "Polarity", "Target"],
        ["P1", "Total Crime", "count", "lower", "≥ 1%"],
        ["P2", "Positive Outcome Rate", "percent", "higher", "≥ 25.5%"],
      ],
    },
    {
      sheet: "Measurements",
      rows: [
        ["KPI ID", "Period", "Value"],
        ["P1", 41000, 3612],
        ["P1", 41030, { error: "#DIV/0!" }],
        ["P2", 41000, 0.211],
      ],
      numberFormats: [[], [undefined, "mmm-yy", "#,##0"], [undefined, "mmm-yy", "#,##0"], [undefined, "mmm-yy", "0.0%"]],
    },
    { sheet: "Lookups", rows: [["a", 1]], hidden: true },
  ],
};
