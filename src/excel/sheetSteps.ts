/**
 * A plan sheet as Office.js commands, cut into steps whose request size is estimated, so the render can pack a
 * whole scorecard into a few syncs. Each step only queues commands; nothing here syncs.
 */
import type { CellStyle, ChartSeriesSpec, ChartSpec, ConditionalFormatSpec, PrintSettings, SheetPlan } from "../layout/plan";
import { columnLetters, toA1, toA1Range } from "../model/address";
import { columnWidthToPoints } from "./columnWidthToPoints";
import { headerFooterSections } from "./headerFooterText";
import { parseSheetRef } from "./parseSheetRef";
import { planStyleAreas } from "./planStyleAreas";
import { planValueChunks } from "./planValueChunks";

export interface StageTarget {
  /** The staging worksheet that becomes plan sheet `index`. */
  sheet(index: number): Excel.Worksheet;
  /** A range a chart refers to, on a staging sheet or on one of the analyst's. */
  range(ref: string): Excel.Range;
}

export interface WriteStep {
  /** Estimated bytes of the request the step adds to. */
  readonly bytes: number;
  readonly queue: (target: StageTarget) => void;
}

/**
 * Rough bytes of one Office.js action with its object path, as Office on the web sends it (measured against the
 * fake's serialisation, which counts the request serialised twice, as the web does).
 */
const COMMAND = 180;
const HEX = /^#[0-9A-Fa-f]{6}$/;
const MERGES_PER_STEP = 500;
const LINKS_PER_STEP = 500;

function color(value: string | undefined): string | undefined {
  return value !== undefined && HEX.test(value) ? value.toUpperCase() : undefined;
}

/** Groups consecutive indexes with equal keys: `[[first, last, key], ...]`. */
function runsOf<T>(items: readonly { readonly index: number; readonly key: string; readonly value: T }[]): [number, number, T][] {
  const out: [number, number, T][] = [];
  let open: { first: number; last: number; key: string; value: T } | null = null;
  for (const item of [...items].sort((a, b) => a.index - b.index)) {
    if (open && item.index === open.last + 1 && item.key === open.key) open.last = item.index;
    else {
      if (open) out.push([open.first, open.last, open.value]);
      open = { first: item.index, last: item.index, key: item.key, value: item.value };
    }
  }
  if (open) out.push([open.first, open.last, open.value]);
  return out;
}

function queuePrint(sheet: Excel.Worksheet, print: PrintSettings): number {
  const layout = sheet.pageLayout;
  switch (print.orientation) {
    case "landscape":
      layout.orientation = "Landscape";
      break;
    case "portrait":
      layout.orientation = "Portrait";
      break;
    default: {
      const never: never = print.orientation;
      throw new Error(`Unknown orientation ${String(never)}`);
    }
  }
  layout.paperSize = print.paperSize;
  let commands = 2;
  if (print.fitToWidth > 0 || print.fitToHeight > 0) {
    // Fit to pages is set through zoom; 0 pages tall means "as many as needed".
    layout.zoom = { horizontalFitToPages: Math.max(0, print.fitToWidth), verticalFitToPages: Math.max(0, print.fitToHeight) };
    commands += 1;
  }
  if (print.titleRows) {
    layout.setPrintTitleRows(print.titleRows);
    commands += 1;
  }
  // A header, and a footer, is one string of at most 255 characters in Excel, its sections together.
  const header = headerFooterSections({ center: print.headerCenter });
  const footer = headerFooterSections({ left: print.footerLeft, right: print.footerRight });
  const sections: [keyof Pick<Excel.HeaderFooter, "centerHeader" | "leftFooter" | "rightFooter">, string][] = [
    ["centerHeader", header.center],
    ["leftFooter", footer.left],
    ["rightFooter", footer.right],
  ];
  for (const [section, text] of sections) {
    if (!text) continue;
    layout.headersFooters.defaultForAllPages[section] = text;
    commands += 1;
  }
  return commands;
}

/** Sheet-wide settings: tab colour, gridlines, column widths, row heights, frozen panes, page layout. */
function layoutStep(plan: SheetPlan, index: number): WriteStep {
  const columns = runsOf(
    plan.columns.map((c, i) => ({ index: i, key: `${c.width}|${c.hidden === true}`, value: c })),
  ).filter(([, , c]) => c.width > 0 || c.hidden === true);
  const rows = runsOf(plan.rowHeights.filter((h) => h.row >= 0 && h.height > 0).map((h) => ({ index: h.row, key: String(h.height), value: h.height })));
  // Each width or height run is three actions (getRange, its format, the set), measured against the fake.
  const commands = 6 + columns.length * 3 + rows.length * 3 + plan.print.headerCenter.length / 50;
  return {
    bytes: commands * COMMAND,
    queue: (target) => {
      const sheet = target.sheet(index);
      const tab = color(plan.tabColor ?? undefined);
      if (tab) sheet.tabColor = tab;
      if (!plan.showGridlines) sheet.showGridlines = false;
      for (const [first, last, spec] of columns) {
        const range = sheet.getRange(`${columnLetters(first)}:${columnLetters(last)}`);
        if (spec.width > 0) range.format.columnWidth = columnWidthToPoints(spec.width);
        if (spec.hidden) range.columnHidden = true;
      }
      for (const [first, last, height] of rows) sheet.getRange(`${first + 1}:${last + 1}`).format.rowHeight = Math.min(409, height);
      const freeze = plan.freeze;
      if (freeze && freeze.rows > 0 && freeze.columns > 0) sheet.freezePanes.freezeAt(sheet.getRange(toA1Range(0, 0, freeze.rows - 1, freeze.columns - 1)));
      else if (freeze && freeze.rows > 0) sheet.freezePanes.freezeRows(freeze.rows);
      else if (freeze && freeze.columns > 0) sheet.freezePanes.freezeColumns(freeze.columns);
      queuePrint(sheet, plan.print);
      // Manual breaks keep each chart pair on one printed page (ExcelApi 1.9).
      for (const row of plan.pageBreakRows ?? []) sheet.horizontalPageBreaks.add(`A${row + 1}`);
    },
  };
}

/** Values, with number formats set first (text format `@` where a string needs it). */
function valueSteps(plan: SheetPlan, index: number, styles: Readonly<Record<string, CellStyle>>): WriteStep[] {
  return planValueChunks(plan.blocks, styles).map((chunk) => ({
    bytes: chunk.bytes,
    queue: (target) => {
      const range = target.sheet(index).getRange(chunk.address);
      if (chunk.hasFormats) range.numberFormat = chunk.numberFormats as (string | null)[][];
      range.values = chunk.values as (string | number | boolean | null)[][];
    },
  }));
}

function queueStyle(areas: Excel.RangeAreas, style: CellStyle): void {
  const format = areas.format;
  if (style.bold !== undefined) format.font.bold = style.bold;
  if (style.italic !== undefined) format.font.italic = style.italic;
  if (style.fontSize !== undefined) format.font.size = style.fontSize;
  const fontColor = color(style.fontColor);
  if (fontColor) format.font.color = fontColor;
  const fill = color(style.fill);
  if (fill) format.fill.color = fill;
  if (style.horizontal !== undefined) format.horizontalAlignment = horizontal(style.horizontal);
  if (style.vertical !== undefined) format.verticalAlignment = vertical(style.vertical);
  if (style.wrap !== undefined) format.wrapText = style.wrap;
  if (style.indent !== undefined && style.indent > 0) format.indentLevel = Math.round(style.indent);
  const edges: ["EdgeTop" | "EdgeBottom", CellStyle["borderTop"]][] = [
    ["EdgeTop", style.borderTop],
    ["EdgeBottom", style.borderBottom],
  ];
  for (const [edge, weight] of edges) {
    if (weight === undefined) continue;
    const border = format.borders.getItem(edge);
    border.style = "Continuous";
    border.weight = weight === "medium" ? "Medium" : "Thin";
    border.color = color(style.borderColor) ?? "#000000";
  }
}

function horizontal(value: NonNullable<CellStyle["horizontal"]>): "Left" | "Center" | "Right" {
  switch (value) {
    case "left":
      return "Left";
    case "center":
      return "Center";
    case "right":
      return "Right";
    default: {
      const never: never = value;
      throw new Error(`Unknown alignment ${String(never)}`);
    }
  }
}

function vertical(value: NonNullable<CellStyle["vertical"]>): "Top" | "Center" | "Bottom" {
  switch (value) {
    case "top":
      return "Top";
    case "center":
      return "Center";
    case "bottom":
      return "Bottom";
    default: {
      const never: never = value;
      throw new Error(`Unknown alignment ${String(never)}`);
    }
  }
}

/** Styles per style over multi-area ranges. */
function styleSteps(plan: SheetPlan, index: number, styles: Readonly<Record<string, CellStyle>>): WriteStep[] {
  const steps: WriteStep[] = [];
  for (const areas of planStyleAreas(plan.blocks, styles)) {
    const style = styles[areas.style];
    if (!style) continue;
    const commands = 2 + Object.keys(style).length + (style.borderTop ? 3 : 0) + (style.borderBottom ? 3 : 0);
    for (const address of areas.addresses) {
      steps.push({ bytes: address.length + commands * COMMAND, queue: (target) => queueStyle(target.sheet(index).getRanges(address), style) });
    }
  }
  return steps;
}

/** Merges, hyperlinks and conditional formats: what a copy of the cells may or may not carry, so set explicitly. */
function structureSteps(plan: SheetPlan, index: number): WriteStep[] {
  const steps: WriteStep[] = [];
  const merges = mergeAddresses(plan.merges);
  for (let i = 0; i < merges.length; i += MERGES_PER_STEP) {
    const batch = merges.slice(i, i + MERGES_PER_STEP);
    steps.push({
      bytes: batch.length * 2 * COMMAND,
      queue: (target) => {
        const sheet = target.sheet(index);
        for (const address of batch) sheet.getRange(address).merge(false);
      },
    });
  }

  const links = linkCells(plan);
  for (let i = 0; i < links.length; i += LINKS_PER_STEP) {
    const batch = links.slice(i, i + LINKS_PER_STEP);
    steps.push({
      bytes: batch.reduce((n, l) => n + 2 * COMMAND + l.link.length + (l.text?.length ?? 0), 0),
      queue: (target) => {
        const sheet = target.sheet(index);
        for (const { address, link, text } of batch) {
          // The cell already holds its text (formatted as text where needed); repeating it as the text to display
          // keeps Excel from showing the link target instead.
          sheet.getRange(address).hyperlink = text === null ? { documentReference: link } : { documentReference: link, textToDisplay: text };
        }
      },
    });
  }

  const formats = plan.conditionalFormats.filter((cf) => parseSheetRef(cf.range) !== null);
  if (formats.length > 0) {
    steps.push({
      bytes: formats.length * 7 * COMMAND,
      queue: (target) => {
        for (const cf of formats) queueConditionalFormat(target.sheet(index), cf);
      },
    });
  }
  return steps;
}

function queueConditionalFormat(sheet: Excel.Worksheet, spec: ConditionalFormatSpec): void {
  switch (spec.kind) {
    case "text-equals": {
      const ref = parseSheetRef(spec.range);
      if (!ref) return;
      // A cell-value rule "equal to" compares the whole text (ignoring case), which a text "contains" rule would not.
      const format = sheet.getRange(ref.address).conditionalFormats.add("CellValue");
      const fill = color(spec.fill);
      const font = color(spec.fontColor);
      if (fill) format.cellValue.format.fill.color = fill;
      if (font) format.cellValue.format.font.color = font;
      format.cellValue.rule = { formula1: `="${spec.text.replace(/"/g, '""')}"`, operator: "EqualTo" };
      return;
    }
    default: {
      const never: never = spec.kind;
      throw new Error(`Unknown conditional format ${String(never)}`);
    }
  }
}

/** Non-overlapping merges of two or more cells; an overlapping one would fail the batch, so later ones are dropped. */
function mergeAddresses(merges: readonly string[]): string[] {
  const kept: { top: number; left: number; bottom: number; right: number }[] = [];
  for (const merge of merges) {
    const ref = parseSheetRef(merge);
    if (!ref) continue;
    const [a, b = a] = ref.address.split(":");
    const start = a === undefined ? undefined : toRowCol(a);
    const end = b === undefined ? undefined : toRowCol(b);
    if (!start || !end) continue;
    const r = { top: Math.min(start.row, end.row), left: Math.min(start.col, end.col), bottom: Math.max(start.row, end.row), right: Math.max(start.col, end.col) };
    if (r.top === r.bottom && r.left === r.right) continue;
    if (kept.some((k) => r.top <= k.bottom && k.top <= r.bottom && r.left <= k.right && k.left <= r.right)) continue;
    kept.push(r);
  }
  return kept.map((k) => toA1Range(k.top, k.left, k.bottom, k.right));
}

function toRowCol(a1: string): { row: number; col: number } | undefined {
  const m = /^([A-Z]{1,3})(\d+)$/.exec(a1);
  if (!m) return undefined;
  let col = 0;
  for (const ch of m[1] ?? "") col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]) - 1, col: col - 1 };
}

function linkCells(plan: SheetPlan): { address: string; link: string; text: string | null }[] {
  const byAddress = new Map<string, { address: string; link: string; text: string | null }>();
  for (const block of plan.blocks) {
    block.cells.forEach((line, r) =>
      line.forEach((cell, c) => {
        const address = toA1(block.top + r, block.left + c);
        if (!cell.link) byAddress.delete(address);
        else byAddress.set(address, { address, link: cell.link.replace(/^#/, ""), text: typeof cell.value === "string" && cell.value !== "" ? cell.value : null });
      }),
    );
  }
  return [...byAddress.values()];
}

function chartType(kind: ChartSpec["kind"]): "ColumnClustered" | "Line" {
  switch (kind) {
    case "monthly-rolling":
      return "ColumnClustered";
    case "control":
      return "Line";
    default: {
      const never: never = kind;
      throw new Error(`Unknown chart kind ${String(never)}`);
    }
  }
}

function seriesType(series: ChartSeriesSpec): "ColumnClustered" | "Line" {
  return series.type === "column" ? "ColumnClustered" : "Line";
}

/**
 * One native chart: created from its first series' range, then every series set from its own reference (so Excel
 * guesses nothing from the data's shape), named, coloured, and moved to the secondary axis where the plan says.
 */
function queueChart(target: StageTarget, index: number, spec: ChartSpec): void {
  const first = spec.series[0];
  if (!first) return;
  const type = chartType(spec.kind);
  const source = target.range(first.values);
  const chart = target.sheet(index).charts.add(type, source, "Columns");
  chart.name = spec.id;
  chart.title.text = spec.title;
  chart.setPosition(toA1(spec.from.row, spec.from.col), toA1(spec.to.row, spec.to.col));
  chart.legend.position = "Bottom";
  const categories = target.range(spec.categories);
  // A secondary axis needs a primary one; with no primary series the secondary ones simply become primary.
  const anyPrimary = spec.series.some((s) => s.axis === "primary");
  let anySecondary = false;
  spec.series.forEach((s, i) => {
    const series = i === 0 ? chart.series.getItemAt(0) : chart.series.add(s.name);
    if (i === 0) series.name = s.name;
    // Set even for the first series: Excel may have read a blank or text first cell as the series name.
    series.setValues(i === 0 ? source : target.range(s.values));
    series.setXAxisValues(categories);
    const own = seriesType(s);
    if (own !== type) series.chartType = own;
    if (s.axis === "secondary" && anyPrimary) {
      series.axisGroup = "Secondary";
      anySecondary = true;
    }
    const c = color(s.color);
    switch (s.type) {
      case "column":
        if (c) series.format.fill.setSolidColor(c);
        break;
      case "line":
        if (s.dash === "none") {
          // Markers only: the special causes drawn over a control chart's values.
          series.format.line.lineStyle = "None";
        } else {
          if (c) series.format.line.color = c;
          series.format.line.weight = s.lineWidthPt;
          if (s.dash === "dash") series.format.line.lineStyle = "Dash";
        }
        // Line series have no markers unless asked for (chart type Line, not LineMarkers). Their colour is set
        // outright (ChartSeries.markerBackgroundColor / markerForegroundColor, ExcelApi 1.7; the add-in needs 1.9),
        // not left to follow the line, which a markers-only series does not have.
        if (s.markers) {
          series.markerStyle = "Circle";
          if (c) {
            series.markerBackgroundColor = c;
            series.markerForegroundColor = c;
          }
          series.markerSize = s.dash === "none" ? 7 : 5;
        }
        break;
      default: {
        const never: never = s.type;
        throw new Error(`Unknown series type ${String(never)}`);
      }
    }
  });
  const valueAxis = chart.axes.valueAxis;
  if (spec.primaryAxisTitle) valueAxis.title.text = spec.primaryAxisTitle;
  valueAxis.numberFormat = spec.numberFormat;
  // ChartAxis.minimum, ExcelApi 1.7.
  if (spec.axisMin !== undefined) valueAxis.minimum = spec.axisMin;
  if (anySecondary) {
    const secondary = chart.axes.getItem("Value", "Secondary");
    if (spec.secondaryAxisTitle) secondary.title.text = spec.secondaryAxisTitle;
    secondary.numberFormat = spec.numberFormat;
  }
}

function chartSteps(plan: SheetPlan, index: number): WriteStep[] {
  return plan.charts.map((spec) => ({
    // Measured against the fake's serialisation (as the web sends it): about 3.4 kB a chart and 0.86 kB a series.
    bytes: 3400 + 860 * spec.series.length + 3 * (spec.title.length + spec.id.length),
    queue: (target) => queueChart(target, index, spec),
  }));
}

/**
 * The rectangle a plan sheet's cells occupy, from A1 (`A1:K87`), or `null` for a sheet without cells: what a copy of
 * the staged sheet must carry.
 * @example planExtent(sheet) === "A1:K87"
 */
export function planExtent(plan: SheetPlan): string | null {
  let bottom = -1;
  let right = -1;
  for (const block of plan.blocks) {
    block.cells.forEach((line, r) => {
      if (line.length === 0) return;
      bottom = Math.max(bottom, block.top + r);
      right = Math.max(right, block.left + line.length - 1);
    });
  }
  for (const merge of plan.merges) {
    const ref = parseSheetRef(merge);
    const end = ref?.address.split(":").pop();
    const at = end === undefined ? undefined : toRowCol(end);
    if (at) {
      bottom = Math.max(bottom, at.row);
      right = Math.max(right, at.col);
    }
  }
  return bottom < 0 || right < 0 ? null : toA1Range(0, 0, bottom, right);
}

/**
 * The steps that write one plan sheet onto staging sheet `index`, in the order they should run: layout, values,
 * styles, then merges, links and conditional formats. Charts come separately, once every sheet they refer to exists.
 * @example sheetSteps(plan.sheets[0], 0, plan.styles).contentSteps.length > 0
 */
export function sheetSteps(
  plan: SheetPlan,
  index: number,
  styles: Readonly<Record<string, CellStyle>>,
): { readonly contentSteps: readonly WriteStep[]; readonly chartSteps: readonly WriteStep[] } {
  return {
    contentSteps: [layoutStep(plan, index), ...valueSteps(plan, index, styles), ...styleSteps(plan, index, styles), ...structureSteps(plan, index)],
    chartSteps: chartSteps(plan, index),
  };
}

/**
 * What a sheet rewritten in place needs besides a copy of its staged cells (values, number formats and styles): its
 * layout, merges, links and conditional formats, and its charts (queued once every sheet they draw from is written).
 * @example rewriteSteps(plan.sheets[0], 0).contentSteps.length > 0
 */
export function rewriteSteps(plan: SheetPlan, index: number): { readonly contentSteps: readonly WriteStep[]; readonly chartSteps: readonly WriteStep[] } {
  return { contentSteps: [layoutStep(plan, index), ...structureSteps(plan, index)], chartSteps: chartSteps(plan, index) };
}
