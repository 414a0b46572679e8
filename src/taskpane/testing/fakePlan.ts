/** A small hand-made plan and the summaries around it, for the task pane's tests (no pipeline needed). */
import type { WorkbookSummary } from "../../inspectWorkbook";
import type { PrintSettings, ScorecardPlan, SheetPlan } from "../../layout/plan";
import { issue } from "../../messages";
import type { Issue } from "../../model/issue";
import { DEFAULT_SETTINGS } from "../../model/kpi";
import { month } from "../../model/period";
import type { BuildSummary } from "../actions";

const PRINT: PrintSettings = {
  orientation: "landscape",
  paperSize: "A4",
  fitToWidth: 1,
  fitToHeight: 0,
  titleRows: "$1:$3",
  headerCenter: "",
  footerLeft: "",
  footerRight: "",
};

function sheet(name: string, role: SheetPlan["role"], rest: Partial<SheetPlan> = {}): SheetPlan {
  return {
    name,
    role,
    tabColor: null,
    columns: [],
    rowHeights: [],
    blocks: [],
    merges: [],
    freeze: null,
    print: PRINT,
    conditionalFormats: [],
    charts: [],
    showGridlines: false,
    ...rest,
  };
}

export const GREEN_FILL = "#C6EFCE";
export const AMBER_FILL = "#FFEB9C";
export const RED_FILL = "#FFC7CE";

export const FAKE_PLAN: ScorecardPlan = {
  version: 1,
  periodLabel: "Q2 2013-14",
  sheetLabel: "Q2 2013-14",
  styles: {
    title: { bold: true, fontSize: 14 },
    header: { bold: true, fill: "#1F3864", fontColor: "#FFFFFF" },
    count: { numberFormat: "#,##0" },
    percent: { numberFormat: "0.0%" },
    change: { numberFormat: "+0.0;-0.0;0.0" },
    rag: { horizontal: "center" },
  },
  sheets: [
    sheet("Scorecard Q2 2013-14", "scorecard", {
      columns: [{ width: 40 }, { width: 12 }, { width: 12 }, { width: 10 }, { width: 8 }, { width: 30, hidden: true }],
      merges: ["A1:E1"],
      freeze: { rows: 3, columns: 1 },
      blocks: [
        { top: 0, left: 0, cells: [[{ value: "Quarterly performance scorecard Q2 2013-14", style: "title" }]] },
        {
          top: 2,
          left: 0,
          cells: [
            [
              { value: "KPI", style: "header" },
              { value: "Previous", style: "header" },
              { value: "Current", style: "header" },
              { value: "Change", style: "header" },
              { value: "RAG", style: "header" },
            ],
            [{ value: "All crime" }, { value: 1431, style: "count" }, { value: 1386, style: "count" }, { value: -3.1, style: "change" }, { value: "Green", style: "rag" }],
            [{ value: "Detection rate" }, { value: 0.211, style: "percent" }, { value: 0.252, style: "percent" }, { value: 4.1, style: "change" }, { value: "Amber", style: "rag" }],
            [{ value: "Response time" }, { value: 15.6 }, { value: 17.2 }, { value: 10.3, style: "change" }, { value: "Red", style: "rag" }],
          ],
        },
      ],
      conditionalFormats: [
        { kind: "text-equals", range: "E4:E6", text: "Green", fill: GREEN_FILL, fontColor: "#006100" },
        { kind: "text-equals", range: "E4:E6", text: "Amber", fill: AMBER_FILL, fontColor: "#9C5700" },
        { kind: "text-equals", range: "E4:E6", text: "Red", fill: RED_FILL, fontColor: "#9C0006" },
      ],
    }),
    sheet("Theme RAG Q2 2013-14", "themes", {
      blocks: [{ top: 0, left: 0, cells: [[{ value: "Theme" }, { value: "This quarter" }], [{ value: "Victims" }, { value: "Green" }]] }],
    }),
    sheet("Data issues Q2 2013-14", "issues", {
      blocks: [{ top: 0, left: 0, cells: [[{ value: "Sheet" }, { value: "Cell" }], [{ value: "Measurements" }, { value: "C7" }]] }],
    }),
  ],
};

export const FAKE_ISSUES: readonly Issue[] = [
  issue("VALUE_NO_DATA", { sheet: "Measurements", cell: "C9" }, "n/a"),
  issue("VALUE_UNREADABLE", { sheet: "Measurements", cell: "C7" }, "1,4e", "a number"),
  issue("TARGET_UNPARSED", { sheet: "KPI register", cell: "F4" }, "about 5"),
];

export const FAKE_SUMMARY: BuildSummary = {
  periodLabel: "Q2 2013-14",
  sheets: FAKE_PLAN.sheets.map((s) => ({ name: s.name, role: s.role })),
  kpiCount: 3,
  ragCounts: { green: 1, amber: 1, red: 1, none: 0 },
  issues: FAKE_ISSUES,
  plan: FAKE_PLAN,
  drafts: [
    {
      kpiId: "K1",
      name: "All crime",
      priority: "Reduce crime",
      text: "All crime stands at 1,386 in Apr - Sep 2013/14, down 3.1% (45 fewer) on 1,431 in Apr - Sep 2012/13.",
      commentary: "",
    },
    {
      kpiId: "K2",
      name: "Detection rate",
      priority: "Reduce crime",
      text: "In Apr - Sep 2013/14, Detection rate was 25.2%, up 4.1 percentage points on 21.1% in Apr - Sep 2012/13.",
      commentary: "Typed by the analyst.",
    },
    {
      kpiId: "K3",
      name: "Response time",
      priority: "Respond to the public",
      text: "Response time stands at 17.2 mins in Apr - Sep 2013/14, up 10.3% (1.6 mins longer) on 15.6 mins in Apr - Sep 2012/13.",
      commentary: "",
    },
  ],
  summaries: {
    scorecard: "Of the 3 KPIs in the Q2 2013-14 scorecard, 1 is rated Green, 1 Amber and 1 Red.",
    sections: [
      { priority: "Reduce crime", text: "Of the 2 KPIs under this priority, 1 is rated Green and 1 Amber." },
      { priority: "Respond to the public", text: "The one KPI under this priority is rated Red." },
    ],
  },
};

export const FAKE_WORKBOOK: WorkbookSummary = {
  kpiCount: 3,
  priorities: ["Reduce crime", "Respond to the public"],
  measurementCount: 90,
  themeCount: 2,
  financeLineCount: 0,
  firstMonth: month(2011, 4 /* Apr */),
  lastMonth: month(2013, 9 /* Sep */),
  periods: ["Q2 2013-14", "Q1 2013-14", "Q4 2012-13"],
  defaultPeriod: "Q2 2013-14",
  fiscalYearLabel: "2013/14",
  settings: DEFAULT_SETTINGS,
  issues: [],
};
