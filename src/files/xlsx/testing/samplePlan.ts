/**
 * A small hand-built plan for the package writer's tests: a scorecard sheet (styles, merges, a RAG conditional
 * format, links, awkward text), a charts sheet with a monthly-rolling and a control chart, and the chart-data sheet
 * both charts read from.
 */
import type { CellBlock, ChartSpec, PlanCell, PrintSettings, ScorecardPlan, SheetPlan } from "../../../layout/plan";
import { absoluteRef } from "../../../model/address";

export const QUARTER = "Q2 2013-14";
export const SCORECARD = `Scorecard ${QUARTER}`;
export const CHARTS = `Charts ${QUARTER}`;
export const CHART_DATA = `Chart data ${QUARTER}`;

/** Texts that must stay text, never become formulas. */
export const AWKWARD_TEXTS = ["=SUM(A1)", "@x", "-5 apples", "+44 20 7946 0000", "_x0041_ stays literal"] as const;

const print: PrintSettings = {
  orientation: "landscape",
  paperSize: "A4",
  fitToWidth: 1,
  fitToHeight: 0,
  titleRows: "$1:$3",
  headerCenter: "Scorecard Q2 2013-14",
  footerLeft: "Commissioner & Partners",
  footerRight: "Page &P of &N",
};

const MONTHS = Array.from({ length: 24 }, (_, i) => {
  const names = ["Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec", "Jan", "Feb", "Mar"];
  const year = 11 + Math.floor((i + 3) / 12);
  return `${names[i % 12]}-${year}`;
});
/** Monthly burglaries Apr 2011 .. Mar 2013, a made-up but plausible series. */
export const MONTHLY = [120, 131, 118, 140, 152, 149, 160, 171, 158, 144, 139, 150, 128, 122, 119, 133, 141, 138, 150, 162, 149, 136, 130, 127];
export const ROLLING = MONTHLY.map((_, i) => (i < 11 ? null : MONTHLY.slice(i - 11, i + 1).reduce((a, b) => a + b, 0)));
export const MEAN = 140;
export const UPPER = 175.5;
export const LOWER = 104.5;

const c = (value: PlanCell["value"], style?: string, link?: string): PlanCell => ({ value, style, link });

function sheet(partial: Partial<SheetPlan> & Pick<SheetPlan, "name" | "role" | "blocks">): SheetPlan {
  return {
    tabColor: null,
    columns: [],
    rowHeights: [],
    merges: [],
    freeze: null,
    print,
    conditionalFormats: [],
    charts: [],
    showGridlines: true,
    ...partial,
  };
}

const scorecardBlocks: CellBlock[] = [
  { top: 0, left: 0, cells: [[c("Police and Crime Plan scorecard, Q2 2013-14", "title")]] },
  { top: 1, left: 0, cells: [[c("Generated from the KPI workbook", "note")]] },
  {
    top: 2,
    left: 0,
    cells: [
      ["KPI", "Target", "Previous", "Current", "Change", "Change %", "RAG", "Commentary"].map((h) => c(h, "header")),
      [c("Burglary", "text"), c("↓", "center"), c(1431, "count"), c(1290, "count"), c(-141, "count"), c(-0.0985, "pct"), c("Green", "rag"), c(AWKWARD_TEXTS[0], "text")],
      [c("Victim satisfaction", "text"), c("≥ 85%", "center"), c(0.842, "pct"), c(0.861, "pct"), c(0.019, "pct"), c(null, "pct"), c("Amber", "rag"), c(AWKWARD_TEXTS[1], "text")],
      [c("Response time", "text"), c("≤ 15 mins", "center"), c(14.2, "decimal"), c(15.6, "decimal"), c(1.4, "decimal"), c(0.0986, "pct"), c("Red", "rag"), c(AWKWARD_TEXTS[2], "text")],
      [c("On track", "text"), c(true), c(false), c(null), c(null), c(null), c("", "rag"), c(AWKWARD_TEXTS[3], "text")],
    ],
  },
  {
    top: 8,
    left: 0,
    cells: [
      [c("Source: Measurements", "link", "'Measurements'!B3"), c(AWKWARD_TEXTS[4], "text")],
      [c("See the chart data", "link", `'${CHART_DATA}'!A1`)],
    ],
  },
];

const ragFormats = (range: string) =>
  [
    ["Green", "#C6EFCE", "#006100"],
    ["Amber", "#FFEB9C", "#9C5700"],
    ["Red", "#FFC7CE", "#9C0006"],
  ].map(([text, fill, fontColor]) => ({ kind: "text-equals" as const, range, text: text!, fill: fill!, fontColor: fontColor! }));

const dataRef = (col: number) => absoluteRef(CHART_DATA, 1, col, MONTHLY.length, col);

export const MONTHLY_ROLLING_CHART: ChartSpec = {
  id: "sb-chart-burglary-monthly",
  kind: "monthly-rolling",
  title: "Burglary: monthly and rolling 12 months",
  categories: dataRef(0),
  series: [
    { name: "Burglaries", values: dataRef(1), type: "column", axis: "primary", color: "#4472C4", dash: "solid", lineWidthPt: 0, markers: false },
    { name: "Rolling 12 months", values: dataRef(2), type: "line", axis: "secondary", color: "#ED7D31", dash: "solid", lineWidthPt: 2.25, markers: false },
  ],
  primaryAxisTitle: "Offences per month",
  secondaryAxisTitle: "Rolling 12-month total",
  numberFormat: "#,##0",
  from: { row: 1, col: 0 },
  to: { row: 20, col: 8 },
};

export const CONTROL_CHART: ChartSpec = {
  id: "sb-chart-burglary-control",
  kind: "control",
  title: "Burglary: control chart",
  categories: dataRef(0),
  series: [
    { name: "Burglaries", values: dataRef(1), type: "line", axis: "primary", color: "#1F3864", dash: "solid", lineWidthPt: 1.5, markers: true },
    { name: "Mean", values: dataRef(3), type: "line", axis: "primary", color: "#7F7F7F", dash: "solid", lineWidthPt: 1, markers: false },
    { name: "Upper limit", values: dataRef(4), type: "line", axis: "primary", color: "#C00000", dash: "dash", lineWidthPt: 1, markers: false },
    { name: "Lower limit", values: dataRef(5), type: "line", axis: "primary", color: "#C00000", dash: "dash", lineWidthPt: 1, markers: false },
  ],
  primaryAxisTitle: "Offences per month",
  secondaryAxisTitle: null,
  numberFormat: "#,##0",
  from: { row: 22, col: 0 },
  to: { row: 41, col: 8 },
};

/** The sample plan. */
export function samplePlan(): ScorecardPlan {
  return {
    version: 1,
    periodLabel: QUARTER,
    sheetLabel: QUARTER,
    styles: {
      title: { bold: true, fontSize: 16, fontColor: "#1F3864" },
      note: { italic: true, fontColor: "#595959" },
      header: { bold: true, fill: "#1F3864", fontColor: "#FFFFFF", horizontal: "center", vertical: "center", wrap: true, borderBottom: "medium", borderColor: "#000000" },
      text: { vertical: "top", wrap: true },
      center: { horizontal: "center" },
      count: { numberFormat: "#,##0" },
      decimal: { numberFormat: "0.0" },
      pct: { numberFormat: "0.0%" },
      rag: { horizontal: "center", bold: true, borderTop: "thin", borderBottom: "thin", borderColor: "#BFBFBF" },
      link: { fontColor: "#0563C1" },
      month: { horizontal: "left" },
    },
    sheets: [
      sheet({
        name: SCORECARD,
        role: "scorecard",
        tabColor: "#1F3864",
        columns: [{ width: 28 }, { width: 12 }, { width: 11 }, { width: 11 }, { width: 10 }, { width: 10 }, { width: 9 }, { width: 40 }],
        rowHeights: [{ row: 0, height: 24 }, { row: 2, height: 30 }],
        blocks: scorecardBlocks,
        merges: ["A1:H1", "A2:H2"],
        freeze: { rows: 3, columns: 1 },
        conditionalFormats: ragFormats("G4:G7"),
        showGridlines: false,
      }),
      sheet({
        name: CHARTS,
        role: "charts",
        blocks: [{ top: 0, left: 0, cells: [[c("Charts, Q2 2013-14", "title")]] }],
        charts: [MONTHLY_ROLLING_CHART, CONTROL_CHART],
        showGridlines: false,
        print: { ...print, titleRows: null },
      }),
      sheet({
        name: CHART_DATA,
        role: "chart-data",
        columns: [{ width: 10 }, { width: 12 }, { width: 18 }, { width: 8 }, { width: 12 }, { width: 12 }],
        blocks: [
          {
            top: 0,
            left: 0,
            cells: [
              ["Month", "Burglaries", "Rolling 12 months", "Mean", "Upper limit", "Lower limit"].map((h) => c(h, "header")),
              ...MONTHS.map((m, i) => [c(m, "month"), c(MONTHLY[i] ?? null, "count"), c(ROLLING[i] ?? null, "count"), c(MEAN, "count"), c(UPPER, "decimal"), c(LOWER, "decimal")]),
            ],
          },
        ],
        freeze: { rows: 1, columns: 0 },
        print: { ...print, titleRows: "1:1" },
      }),
    ],
  };
}
