/**
 * Writes samples/sample-kpi-workbook.xlsx: a KPI workbook in the canonical layout (docs/workbook-format.md) built
 * from the real figures of seed 000 (Dorset Police & Crime Panel, Q2 2013-14) and the themes of seed 002. The
 * About sheet says which figures are published and which are generated. Deterministic: a seeded generator, fixed
 * workbook dates, no `Math.random`.
 *
 * Run: npm run sample [-- --out other.xlsx]
 */
import ExcelJS from "exceljs";
import { unzipSync, zipSync } from "fflate";
import { writeFileSync } from "fs";
import { resolve } from "path";
import { ABOUT } from "./sample/aboutText";
import { KPI_NOTES, THEMES } from "./sample/commentary";
import { createRng } from "./sample/createRng";
import type { Rng } from "./sample/createRng";
import {
  FIGURE_1,
  FIGURE_11,
  FIGURE_4,
  FINANCE,
  KSI_TRAJECTORY,
  PRIORITIES,
  REOFFENDING,
  WORKFORCE,
} from "./sample/published";
import type { YtdKpi } from "./sample/published";
import { generateSampleSeries, monthAt, MONTH_COUNT } from "./sample/sampleSeries";

export const SAMPLE_PATH = resolve(__dirname, "..", "samples", "sample-kpi-workbook.xlsx");

/** Q2 2013-14 is the quarter the sample reports; Q1 2013-14 is "last period" for Figure 11 and the themes. */
const THIS_QUARTER = "Q2 2013-14";
const LAST_QUARTER = "Q1 2013-14";
/** The date of the Panel that received the report, so the package's own dates never change between runs. */
const WORKBOOK_DATE = new Date(Date.UTC(2013, 10 /* Nov */, 7));

type Cell = string | number | Date | null;
interface Styled {
  readonly value: Cell;
  readonly numFmt?: string;
}
type Row = readonly (Cell | Styled)[];

const COUNT_FORMAT = "#,##0";
const PERCENT_1DP = "0.0%";
const MONEY_FORMAT = "#,##0;(#,##0)";

/**
 * Builds the sample workbook and returns its .xlsx bytes.
 *
 * @example
 * writeFileSync("sample.xlsx", await makeSampleWorkbook());
 */
export async function makeSampleWorkbook(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Scorecard Builder (scripts/make-sample.ts)";
  workbook.created = WORKBOOK_DATE;
  workbook.modified = WORKBOOK_DATE;

  addAboutSheet(workbook);
  addTable(workbook, "Settings", ["Setting", "Value"], settingsRows(), [24, 70]);
  addTable(workbook, "KPIs", KPI_HEADER, kpiRows(), [8, 40, 50, 10, 9, 16, 9, 14, 22, 12, 10, 12, 11, 13, 12, 12, 14, 9, 60]);
  addTable(workbook, "Measurements", ["KPI ID", "Period", "Value", "Segment"], measurementRows(), [10, 12, 12, 26]);
  addTable(workbook, "Notes", ["KPI ID", "Quarter", "RAG override", "Commentary", "Source"], noteRows(), [10, 12, 13, 110, 24], true);
  addTable(workbook, "Themes", ["Priority", "Theme", "Quarter", "RAG", "Commentary"], themeRows(), [36, 28, 12, 9, 110], true);
  addTable(workbook, "Finance", FINANCE_HEADER, financeRows(), [42, 22, 12, 12, 12, 16, 20, 14, 18]);

  const buffer = await workbook.xlsx.writeBuffer();
  return withFixedZipDates(new Uint8Array(buffer as ArrayBuffer));
}

/**
 * ExcelJS stamps every part of the package with the time it was written; re-zipping with one fixed time makes
 * the committed file byte-for-byte reproducible, so regenerating it shows no change in git. The date is built
 * in local time because zip entries store local time.
 */
function withFixedZipDates(xlsx: Uint8Array): Uint8Array {
  return zipSync(unzipSync(xlsx), { level: 6, mtime: new Date(2013, 10 /* Nov */, 7, 12, 0, 0) });
}

// ---------------------------------------------------------------------------------------------------------------
// Sheets

function addAboutSheet(workbook: ExcelJS.Workbook): void {
  const sheet = workbook.addWorksheet("About");
  sheet.getColumn(1).width = 140;
  ABOUT.forEach((line, i) => {
    const cell = sheet.getCell(i + 1, 1);
    cell.value = line.text;
    switch (line.kind) {
      case "title":
        cell.font = { bold: true, size: 14 };
        break;
      case "heading":
        cell.font = { bold: true, size: 12 };
        break;
      case "text":
        cell.alignment = { wrapText: true, vertical: "top" };
        break;
      default: {
        const never: never = line;
        throw new Error(`unknown About line ${JSON.stringify(never)}`);
      }
    }
  });
}

function addTable(
  workbook: ExcelJS.Workbook,
  name: string,
  header: readonly string[],
  rows: readonly Row[],
  widths: readonly number[],
  wrapLastColumns = false,
): void {
  const sheet = workbook.addWorksheet(name, { views: [{ state: "frozen", ySplit: 1 }] });
  const headerRow = sheet.addRow([...header]);
  headerRow.font = { bold: true };
  headerRow.eachCell((cell) => {
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFD9E1F2" } };
  });
  for (const row of rows) {
    const added = sheet.addRow(row.map((c) => (isStyled(c) ? c.value : c)));
    row.forEach((c, i) => {
      if (isStyled(c) && c.numFmt) added.getCell(i + 1).numFmt = c.numFmt;
    });
  }
  widths.forEach((w, i) => {
    const column = sheet.getColumn(i + 1);
    column.width = w;
    if (wrapLastColumns && i >= widths.length - 2) column.alignment = { wrapText: true, vertical: "top" };
  });
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: header.length } };
}

function isStyled(c: Cell | Styled): c is Styled {
  return typeof c === "object" && c !== null && !(c instanceof Date);
}

function settingsRows(): Row[] {
  return [
    ["Organisation", "Dorset Police & Crime Panel"],
    ["Report title", "Police and Crime Plan 2013-17: Progress against Plan and Priorities"],
    ["Fiscal year start", "April"],
    ["RAG labels", "Green / Amber / Red"],
    // Typed as 5% in Excel: stored as 0.05 with a percentage format.
    ["Default tolerance", { value: 0.05, numFmt: "0%" }],
    // Typed as text: the report lists every section whose crime rose.
    ["Exception threshold", "0%"],
    ["SPC shift length", 7],
    ["Finance unit", "£000's"],
  ];
}

const KPI_HEADER = [
  "ID",
  "Priority",
  "Name",
  "Parent ID",
  "Unit",
  "Polarity",
  "Roll-up",
  "Report",
  "Compare with",
  "Target",
  "Tolerance",
  "Trajectory baseline",
  "Trajectory year",
  "Trajectory % a year",
  "Trajectory basis",
  "SPC baseline",
  "SPC recalculate from",
  "Decimals",
  "Source",
] as const;

/** Illustrative Making Data Count settings (the About sheet says so): a baseline year and a recalculation. */
const SPC_SETTINGS: Readonly<Record<string, readonly [string | null, string | null]>> = {
  "P1-01": ["2011/12", null],
  "P1-03": [null, "Oct-12"],
};

function kpiRows(): Row[] {
  const ytd = (kpi: YtdKpi, priority: string): Row => {
    const isKsi = kpi.id === "P2-08";
    return [
      kpi.id,
      priority,
      kpi.name,
      kpi.parentId ?? null,
      kpi.unit,
      kpi.polarity,
      kpi.unit === "count" ? "sum" : "average",
      "year to date",
      "same period last year",
      kpi.target || null,
      null,
      isKsi ? KSI_TRAJECTORY.baseline : null,
      isKsi ? KSI_TRAJECTORY.baselineYear : null,
      isKsi ? { value: KSI_TRAJECTORY.percentAYear / 100, numFmt: "0%" } : null,
      isKsi ? KSI_TRAJECTORY.basis : null,
      SPC_SETTINGS[kpi.id]?.[0] ?? null,
      SPC_SETTINGS[kpi.id]?.[1] ?? null,
      kpi.unit === "count" ? 0 : 1,
      isKsi
        ? `${kpi.figure}; trajectory: Dorset Road Safe, 4% a year from the 2005-09 average (paras 1.2.12-1.2.13)`
        : `${kpi.figure}, Apr - Sep 2012/13 vs 2013/14`,
    ];
  };
  const latest = (
    id: string,
    priority: string,
    name: string,
    unit: string,
    polarity: string,
    rollUp: string,
    target: string,
    decimals: number,
    source: string,
  ): Row => [id, priority, name, null, unit, polarity, rollUp, "latest", "previous period", target || null, null, null, null, null, null, null, null, decimals, source];

  return [
    ...FIGURE_1.map((k) => ytd(k, PRIORITIES.p1)),
    ...FIGURE_4.map((k) => ytd(k, PRIORITIES.p2)),
    latest(
      "P4-01",
      PRIORITIES.p4,
      "Actual rate of re-offending",
      "percent",
      "lower is better",
      "average",
      "",
      2,
      `Section 1.4 table: ${REOFFENDING.whole.name}; local authorities as segments`,
    ),
    ...FIGURE_11.map((k) =>
      latest(k.id, PRIORITIES.p5, k.name, "percent", k.polarity, "average", k.target, k.decimals, "Figure 11, latest performance: note periods differ"),
    ),
    ...WORKFORCE.map((w) =>
      latest(w.id, PRIORITIES.p6, w.name, "count", "neutral", "last", "", 0, "Section 1.6: establishment at 30 Sep 13"),
    ),
  ];
}

/**
 * Long-form measurements. Most values are numbers; a few are typed the way analysts type them (`3,512`, `21.1%`)
 * so the sample exercises ingest's value reader.
 */
function measurementRows(): Row[] {
  const series = generateSampleSeries();
  const typing = createRng("scorecard-builder-sample-2013-14/typing");
  const rows: Row[] = [];
  const monthCell = (i: number): Styled => {
    const { year, month } = monthAt(i);
    return { value: new Date(Date.UTC(year, month - 1, 1)), numFmt: "mmm-yy" };
  };

  for (const { kpi, values } of series.kpis) {
    for (let i = 0; i < MONTH_COUNT; i++) {
      const v = values[i] ?? 0;
      const value = kpi.unit === "count" ? countCell(v, typing) : percentTenthsCell(v, typing);
      rows.push([kpi.id, monthCell(i), value, null]);
    }
    if (kpi.id === "P1-01") {
      for (const [section, sectionValues] of series.sections) {
        for (let i = 0; i < MONTH_COUNT; i++) rows.push([kpi.id, monthCell(i), countCell(sectionValues[i] ?? 0, typing), section]);
      }
    }
  }

  rows.push([
    "P4-01",
    "2011/12",
    { value: Math.round(REOFFENDING.whole.previous * 100) / 10000, numFmt: "0.00%" },
    null,
  ]);
  rows.push(["P4-01", "2012/13", { value: Math.round(REOFFENDING.whole.current * 100) / 10000, numFmt: "0.00%" }, null]);
  for (const la of REOFFENDING.localAuthorities) {
    rows.push(["P4-01", "2011/12", { value: Math.round(la.previous * 100) / 10000, numFmt: "0.00%" }, la.name]);
    rows.push(["P4-01", "2012/13", { value: Math.round(la.current * 100) / 10000, numFmt: "0.00%" }, la.name]);
  }

  for (const k of FIGURE_11) {
    const format = k.decimals === 0 ? "0%" : PERCENT_1DP;
    rows.push([k.id, LAST_QUARTER, { value: Math.round(k.previous * 10) / 1000, numFmt: format }, null]);
    // One current value typed as text, as the docs' own example shows it.
    const current: Cell | Styled =
      k.id === "P5-01" ? `${k.current.toFixed(1)}%` : { value: Math.round(k.current * 10) / 1000, numFmt: format };
    rows.push([k.id, THIS_QUARTER, current, null]);
  }

  for (const w of WORKFORCE) rows.push([w.id, monthCell(MONTH_COUNT - 1), { value: w.value, numFmt: COUNT_FORMAT }, null]);
  return rows;
}

function countCell(value: number, typing: Rng): Cell | Styled {
  if (value >= 1000 && typing.next() < 0.08) return formatThousands(value);
  return { value, numFmt: COUNT_FORMAT };
}

function percentTenthsCell(tenths: number, typing: Rng): Cell | Styled {
  if (typing.next() < 0.06) return `${(tenths / 10).toFixed(1)}%`;
  return { value: tenths / 1000, numFmt: PERCENT_1DP };
}

/** `3512` -> `3,512`, without depending on the machine's locale. */
function formatThousands(value: number): string {
  const sign = value < 0 ? "-" : "";
  return sign + String(Math.abs(value)).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

function noteRows(): Row[] {
  return KPI_NOTES.map((n) => [n.kpiId, THIS_QUARTER, null, n.text, `Report para ${n.paragraphs}`]);
}

function themeRows(): Row[] {
  const rows: Row[] = [];
  for (const { pillar, themes } of THEMES) {
    for (const theme of themes) {
      rows.push([pillar, theme.name, LAST_QUARTER, theme.lastPeriod ?? null, null]);
      rows.push([pillar, theme.name, THIS_QUARTER, theme.thisPeriod, theme.commentary || null]);
    }
  }
  return rows;
}

const FINANCE_HEADER = [
  "Line",
  "Group",
  "Kind",
  "Budget YTD",
  "Actual YTD",
  "Budget full year",
  "Projection full year",
  "Variance YTD",
  "Variance full year",
] as const;

function financeRows(): Row[] {
  const money = (value: number): Styled => ({ value, numFmt: MONEY_FORMAT });
  // Variances as printed: bracketed negatives stay text, as they arrive when pasted from the report.
  const variance = (published: string): Cell | Styled =>
    published.startsWith("(") ? published : money(Number(published.replace(/,/g, "")));
  return FINANCE.map((r) => [
    r.line,
    r.group || null,
    r.kind,
    money(r.budgetYtd),
    money(r.actualYtd),
    money(r.budgetFullYear),
    money(r.projectionFullYear),
    variance(r.varianceYtd),
    variance(r.varianceFullYear),
  ]);
}

// ---------------------------------------------------------------------------------------------------------------

async function main(argv: readonly string[]): Promise<void> {
  const outFlag = argv.indexOf("--out");
  const out = outFlag >= 0 && argv[outFlag + 1] ? resolve(argv[outFlag + 1] ?? "") : SAMPLE_PATH;
  writeFileSync(out, await makeSampleWorkbook());
  process.stdout.write(`Wrote ${out}\n`);
}

if (require.main === module) {
  main(process.argv.slice(2)).catch((err: unknown) => {
    process.stderr.write(`${err instanceof Error ? err.stack ?? err.message : String(err)}\n`);
    process.exitCode = 1;
  });
}
