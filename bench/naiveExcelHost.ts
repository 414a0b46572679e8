/**
 * A naive Office.js host, for the benchmark only: the obvious loop "for each KPI, read (or write) its rows, then
 * `await context.sync()`". It reads and writes the same content as `createExcelHost` (values, number formats,
 * styles, merges, conditional formats, charts), so the two compare on round trips and bytes, not on features.
 * It is not safe (no staging, no rollback) and writes no store; never use it outside `bench/`.
 */
import type { ExcelRun } from "../src/excel/excelRun";
import { RUN_OPTIONS } from "../src/excel/excelRun";
import { columnWidthToPoints } from "../src/excel/columnWidthToPoints";
import { parseSheetRef } from "../src/excel/parseSheetRef";
import type { CellStyle, ChartSpec, PlanCell, ScorecardPlan, SheetPlan } from "../src/layout/plan";
import { columnLetters, toA1, toA1Range } from "../src/model/address";
import type { CellValue, Grid, WorkbookGrids } from "../src/model/grid";
import type { RenderJob, WorkbookHost } from "../src/pipeline";

export interface NaiveExcelHostOptions {
  /** The number of KPIs: the big sheets are read and written in this many syncs, one per KPI. */
  readonly kpis: number;
  /** The input sheets it reads, by name, as a naive add-in would. */
  readonly sheets?: readonly string[];
}

const INPUT_SHEETS = ["Settings", "KPIs", "Measurements", "Notes", "Themes", "Finance"];

/** `count` slices of `rows` rows, as even as can be: `[start, end)`. Empty slices are left out. */
function slices(rows: number, count: number): [number, number][] {
  const out: [number, number][] = [];
  const n = Math.max(1, count);
  for (let k = 0; k < n; k++) {
    const start = Math.floor((k * rows) / n);
    const end = Math.floor(((k + 1) * rows) / n);
    if (end > start) out.push([start, end]);
  }
  return out;
}

function cellValue(value: unknown, type: string | undefined): CellValue {
  switch (type) {
    case "Empty":
      return null;
    case "Error":
      return { error: String(value) };
    case "Boolean":
      return value === true;
    case "Double":
      return typeof value === "number" ? value : Number(value);
    default:
      return value === "" || value === null || value === undefined ? null : typeof value === "number" ? value : String(value);
  }
}

async function naiveRead(run: ExcelRun, options: NaiveExcelHostOptions): Promise<WorkbookGrids> {
  const wanted = options.sheets ?? INPUT_SHEETS;
  return run(RUN_OPTIONS, async (context) => {
    const collection = context.workbook.worksheets;
    collection.load("items/name");
    await context.sync();
    const sheets = collection.items.filter((s) => wanted.some((w) => w.toLowerCase() === s.name.toLowerCase()));
    const used = sheets.map((s) => s.getUsedRangeOrNullObject(true).load("rowIndex,columnIndex,rowCount,columnCount"));
    await context.sync();

    const grids: Grid[] = [];
    // The largest sheet (the measurements) one KPI's share at a time; the others whole, one sync each.
    const sizes = used.map((u) => (u.isNullObject ? 0 : u.rowCount * u.columnCount));
    const largest = sizes.indexOf(Math.max(...sizes));
    for (let i = 0; i < sheets.length; i++) {
      const sheet = sheets[i];
      const range = used[i];
      if (!sheet || !range) continue;
      if (range.isNullObject) {
        grids.push({ sheet: sheet.name, rows: [] });
        continue;
      }
      const rows: CellValue[][] = Array.from({ length: range.rowIndex }, () => []);
      const numberFormats: (string | undefined)[][] = Array.from({ length: range.rowIndex }, () => []);
      const lead = Array.from({ length: range.columnIndex }, () => null);
      for (const [start, end] of i === largest ? slices(range.rowCount, options.kpis) : [[0, range.rowCount] as [number, number]]) {
        const top = range.rowIndex + start;
        const part = sheet.getRange(toA1Range(top, range.columnIndex, range.rowIndex + end - 1, range.columnIndex + range.columnCount - 1));
        part.load("values,numberFormat,valueTypes");
        await context.sync();
        part.values.forEach((line, r) => {
          rows.push([...lead, ...line.map((v, c) => cellValue(v, part.valueTypes[r]?.[c]))]);
          numberFormats.push([...lead.map(() => undefined), ...(part.numberFormat[r] ?? []).map((f) => (typeof f === "string" ? f : undefined))]);
        });
      }
      grids.push({ sheet: sheet.name, rows, numberFormats });
    }
    return { sheets: grids };
  });
}

function numberFormatOf(cell: PlanCell | undefined, styles: Readonly<Record<string, CellStyle>>): string {
  if (!cell || cell.value === null) return "General";
  // Every string as text: simpler than the host's rule, and just as safe.
  if (typeof cell.value === "string") return "@";
  return (cell.style === undefined ? undefined : styles[cell.style]?.numberFormat) ?? "General";
}

function applyStyle(range: Excel.Range, style: CellStyle): void {
  const format = range.format;
  if (style.bold !== undefined) format.font.bold = style.bold;
  if (style.italic !== undefined) format.font.italic = style.italic;
  if (style.fontSize !== undefined) format.font.size = style.fontSize;
  if (style.fontColor) format.font.color = style.fontColor;
  if (style.fill) format.fill.color = style.fill;
  if (style.horizontal) format.horizontalAlignment = style.horizontal === "left" ? "Left" : style.horizontal === "center" ? "Center" : "Right";
  if (style.vertical) format.verticalAlignment = style.vertical === "top" ? "Top" : style.vertical === "center" ? "Center" : "Bottom";
  if (style.wrap !== undefined) format.wrapText = style.wrap;
  if (style.indent) format.indentLevel = Math.round(style.indent);
  for (const [edge, weight] of [["EdgeTop", style.borderTop], ["EdgeBottom", style.borderBottom]] as const) {
    if (!weight) continue;
    const border = format.borders.getItem(edge);
    border.style = "Continuous";
    border.weight = weight === "medium" ? "Medium" : "Thin";
    border.color = style.borderColor ?? "#000000";
  }
}

/** One row of a block: values and number formats in one range, then styles run by run. */
function writeRow(sheet: Excel.Worksheet, row: number, left: number, cells: readonly PlanCell[], styles: Readonly<Record<string, CellStyle>>): void {
  if (cells.length === 0) return;
  const range = sheet.getRange(toA1Range(row, left, row, left + cells.length - 1));
  range.numberFormat = [cells.map((c) => numberFormatOf(c, styles))];
  range.values = [cells.map((c) => (c.value === null ? null : typeof c.value === "number" && !Number.isFinite(c.value) ? null : c.value))];
  let start = 0;
  for (let c = 1; c <= cells.length; c++) {
    if (c < cells.length && cells[c]?.style === cells[start]?.style) continue;
    const style = cells[start]?.style === undefined ? undefined : styles[cells[start]?.style ?? ""];
    if (style) applyStyle(sheet.getRange(toA1Range(row, left + start, row, left + c - 1)), style);
    start = c;
  }
}

function addChart(sheet: Excel.Worksheet, spec: ChartSpec, rangeOf: (ref: string) => Excel.Range): void {
  const first = spec.series[0];
  if (!first) return;
  const chart = sheet.charts.add(spec.kind === "control" ? "Line" : "ColumnClustered", rangeOf(first.values), "Columns");
  chart.name = spec.id;
  chart.title.text = spec.title;
  chart.setPosition(toA1(spec.from.row, spec.from.col), toA1(spec.to.row, spec.to.col));
  spec.series.forEach((s, i) => {
    const series = i === 0 ? chart.series.getItemAt(0) : chart.series.add(s.name);
    series.name = s.name;
    series.setValues(rangeOf(s.values));
    series.setXAxisValues(rangeOf(spec.categories));
    series.chartType = s.type === "column" ? "ColumnClustered" : "Line";
    if (s.axis === "secondary") series.axisGroup = "Secondary";
  });
}

function sheetLayout(sheet: Excel.Worksheet, plan: SheetPlan): void {
  plan.columns.forEach((c, i) => {
    if (c.width > 0) sheet.getRange(`${columnLetters(i)}:${columnLetters(i)}`).format.columnWidth = columnWidthToPoints(c.width);
  });
  for (const merge of plan.merges) {
    const ref = parseSheetRef(merge);
    if (ref) sheet.getRange(ref.address).merge(false);
  }
  for (const cf of plan.conditionalFormats) {
    const ref = parseSheetRef(cf.range);
    if (!ref) continue;
    const format = sheet.getRange(ref.address).conditionalFormats.add("CellValue");
    format.cellValue.format.fill.color = cf.fill;
    format.cellValue.format.font.color = cf.fontColor;
    format.cellValue.rule = { formula1: `="${cf.text.replace(/"/g, '""')}"`, operator: "EqualTo" };
  }
  if (plan.freeze && plan.freeze.rows > 0) sheet.freezePanes.freezeRows(plan.freeze.rows);
}

async function naiveRender(run: ExcelRun, plan: ScorecardPlan, options: NaiveExcelHostOptions): Promise<void> {
  await run(RUN_OPTIONS, async (context) => {
    const worksheets = context.workbook.worksheets;
    worksheets.load("items/name");
    await context.sync();
    // Replace what is there: delete sheets with the plan's names, add them again.
    const names = new Set(plan.sheets.map((s) => s.name.toLowerCase()));
    for (const sheet of worksheets.items) if (names.has(sheet.name.toLowerCase())) sheet.delete();
    const added = plan.sheets.map((s) => worksheets.add(s.name));
    plan.sheets.forEach((s, i) => {
      const sheet = added[i];
      if (sheet) sheetLayout(sheet, s);
    });
    await context.sync();

    const rangeOf = (ref: string): Excel.Range => {
      const parsed = parseSheetRef(ref);
      const index = plan.sheets.findIndex((s) => s.name.toLowerCase() === parsed?.sheet?.toLowerCase());
      const sheet = index >= 0 ? added[index] : worksheets.getItem(parsed?.sheet ?? "");
      if (!parsed || !sheet) throw new Error(`naive render: no sheet for ${ref}`);
      return sheet.getRange(parsed.address);
    };
    // One sync per KPI: the KPI's share of every sheet's rows, and the charts that sit in those rows.
    const perSheet = plan.sheets.map((s) => {
      const rows = Math.max(0, ...s.blocks.map((b) => b.top + b.cells.length));
      return slices(rows, options.kpis);
    });
    // A chart goes with the slice its top-left row falls in; one below the last written row, with the last slice.
    const chartSlice = (i: number, chart: ChartSpec): number => {
      const own = perSheet[i] ?? [];
      const k = own.findIndex(([start, end]) => chart.from.row >= start && chart.from.row < end);
      return k >= 0 ? k : Math.max(0, own.length - 1);
    };
    for (let k = 0; k < options.kpis; k++) {
      let queued = false;
      plan.sheets.forEach((s, i) => {
        const slice = perSheet[i]?.[k];
        const sheet = added[i];
        if (!sheet) return;
        const [start, end] = slice ?? [0, 0];
        for (const block of s.blocks) {
          for (let r = Math.max(start, block.top); r < Math.min(end, block.top + block.cells.length); r++) {
            writeRow(sheet, r, block.left, block.cells[r - block.top] ?? [], plan.styles);
            queued = true;
          }
        }
        for (const chart of s.charts) {
          if (chartSlice(i, chart) === k) {
            addChart(sheet, chart, rangeOf);
            queued = true;
          }
        }
      });
      if (queued) await context.sync();
    }
    added[0]?.activate();
    await context.sync();
  });
}

/**
 * @example const host = createNaiveExcelHost(fake.run, { kpis: 100 }); await runBuild(host, { asOf });
 */
export function createNaiveExcelHost(run: ExcelRun, options: NaiveExcelHostOptions): WorkbookHost {
  return {
    read: () => naiveRead(run, options),
    render: (job: RenderJob) => naiveRender(run, job.plan, options),
  };
}
