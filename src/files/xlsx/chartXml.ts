/**
 * Writes a native Excel chart part (DrawingML `c:chartSpace`) for a plan `ChartSpec`. Series are grouped by type
 * and axis: columns and lines on the primary axes, and any series marked secondary on a second catAx/valAx pair whose
 * value axis sits on the right. Every reference carries a cache filled from the plan's own cells, so viewers that do
 * not recalculate still draw the chart. Child elements follow the ECMA-376 sequences, which Excel enforces.
 */
import type { CellStyle, ChartSeriesSpec, ChartSpec } from "../../layout/plan";
import { columnLetters } from "../../model/address";
import { escapeXml } from "./escapeXml";
import type { PlanRange, PlanRangeReader } from "./readPlanRange";

export interface ChartData {
  readonly read: PlanRangeReader;
  /** The plan's styles, for the number format of numeric categories. */
  readonly styles: Readonly<Record<string, CellStyle>>;
}

const NS =
  `xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" ` +
  `xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" ` +
  `xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"`;

/** Axis ids only need to be unique within the chart part. */
const AXIS = { primaryCat: 500000001, primaryVal: 500000002, secondaryCat: 500000003, secondaryVal: 500000004 };
const EMU_PER_PT = 12700;

function hex(color: string): string {
  const m = /^#?([0-9a-f]{6})$/i.exec(color);
  return m ? (m[1] ?? "808080").toUpperCase() : "808080";
}

function solidFill(color: string): string {
  return `<a:solidFill><a:srgbClr val="${hex(color)}"/></a:solidFill>`;
}

function richText(text: string, sizeHundredths: number, bold: boolean, rotate: boolean): string {
  const b = bold ? "1" : "0";
  return (
    `<c:tx><c:rich><a:bodyPr${rotate ? ` rot="-5400000" vert="horz"` : ""}/><a:lstStyle/><a:p>` +
    `<a:pPr><a:defRPr sz="${sizeHundredths}" b="${b}"/></a:pPr>` +
    `<a:r><a:rPr lang="en-GB" sz="${sizeHundredths}" b="${b}"/><a:t>${escapeXml(text)}</a:t></a:r></a:p></c:rich></c:tx>`
  );
}

function titleXml(text: string, sizeHundredths: number, rotate: boolean): string {
  return `<c:title>${richText(text, sizeHundredths, true, rotate)}<c:overlay val="0"/></c:title>`;
}

function numberText(value: number): string {
  return Number.isFinite(value) ? String(value) : "";
}

function strCache(cells: PlanRange["cells"], count: number): string {
  const pts = cells
    .map((cell, i) => {
      const v = cell?.value;
      if (v === null || v === undefined || v === "") return "";
      const text = typeof v === "number" ? numberText(v) : String(v);
      return `<c:pt idx="${i}"><c:v>${escapeXml(text)}</c:v></c:pt>`;
    })
    .join("");
  return `<c:strCache><c:ptCount val="${count}"/>${pts}</c:strCache>`;
}

function numCache(cells: PlanRange["cells"], count: number, formatCode: string): string {
  const pts = cells
    .map((cell, i) => {
      const v = cell?.value;
      return typeof v === "number" && Number.isFinite(v) ? `<c:pt idx="${i}"><c:v>${numberText(v)}</c:v></c:pt>` : "";
    })
    .join("");
  return `<c:numCache><c:formatCode>${escapeXml(formatCode)}</c:formatCode><c:ptCount val="${count}"/>${pts}</c:numCache>`;
}

function rangeCount(range: PlanRange | null): number {
  if (!range) return 0;
  return (range.ref.bottom - range.ref.top + 1) * (range.ref.right - range.ref.left + 1);
}

function categoriesXml(spec: ChartSpec, data: ChartData): string {
  const range = data.read(spec.categories);
  const f = `<c:f>${escapeXml(spec.categories)}</c:f>`;
  const count = rangeCount(range);
  const cells = range?.resolved ? range.cells : [];
  const present = cells.filter((c) => c !== undefined && c.value !== null && c.value !== "");
  // Dates stored as serials plot as numbers with their format; month labels typed as text plot as text.
  if (present.length > 0 && present.every((c) => typeof c?.value === "number")) {
    const style = present[0]?.style;
    const format = (style ? data.styles[style]?.numberFormat : undefined) ?? "General";
    return `<c:cat><c:numRef>${f}${numCache(cells, count, format)}</c:numRef></c:cat>`;
  }
  return `<c:cat><c:strRef>${f}${strCache(cells, count)}</c:strRef></c:cat>`;
}

/** The series name: a reference to the header cell above (or left of) the values when it holds the name, else text. */
function seriesTextXml(series: ChartSeriesSpec, data: ChartData): string {
  const range = data.read(series.values);
  if (range?.resolved) {
    const { ref } = range;
    const vertical = ref.right === ref.left;
    const row = vertical ? ref.top - 1 : ref.top;
    const col = vertical ? ref.left : ref.left - 1;
    if (row >= 0 && col >= 0 && ref.sheet !== null) {
      const header = data.read(`'${ref.sheet.replace(/'/g, "''")}'!$${columnLetters(col)}$${row + 1}`);
      if (header?.cells[0]?.value === series.name) {
        const f = series.values.slice(0, series.values.lastIndexOf("!") + 1) + `$${columnLetters(col)}$${row + 1}`;
        return `<c:tx><c:strRef><c:f>${escapeXml(f)}</c:f>${strCache(header.cells, 1)}</c:strRef></c:tx>`;
      }
    }
  }
  return `<c:tx><c:v>${escapeXml(series.name)}</c:v></c:tx>`;
}

function valuesXml(series: ChartSeriesSpec, spec: ChartSpec, data: ChartData): string {
  const range = data.read(series.values);
  const cells = range?.resolved ? range.cells : [];
  return (
    `<c:val><c:numRef><c:f>${escapeXml(series.values)}</c:f>` +
    `${numCache(cells, rangeCount(range), spec.numberFormat)}</c:numRef></c:val>`
  );
}

function lineProps(series: ChartSeriesSpec): string {
  if (series.dash === "none") return `<a:ln><a:noFill/></a:ln>`;
  const width = Math.round(Math.max(0.25, series.lineWidthPt) * EMU_PER_PT);
  return `<a:ln w="${width}" cap="rnd">${solidFill(series.color)}<a:prstDash val="${series.dash}"/><a:round/></a:ln>`;
}

function markerXml(color: string, size: number): string {
  return `<c:marker><c:symbol val="circle"/><c:size val="${size}"/><c:spPr>${solidFill(color)}<a:ln w="9525">${solidFill(color)}</a:ln></c:spPr></c:marker>`;
}

function serXml(series: ChartSeriesSpec, index: number, spec: ChartSpec, data: ChartData): string {
  const head = `<c:idx val="${index}"/><c:order val="${index}"/>${seriesTextXml(series, data)}`;
  const tail = `${categoriesXml(spec, data)}${valuesXml(series, spec, data)}`;
  switch (series.type) {
    case "column":
      return (
        `<c:ser>${head}<c:spPr>${solidFill(series.color)}<a:ln><a:noFill/></a:ln></c:spPr>` +
        `<c:invertIfNegative val="0"/>${tail}</c:ser>`
      );
    case "line": {
      // A markers-only series (the special causes) draws its markers a size larger, over the values' own.
      const marker = series.markers ? markerXml(series.color, series.dash === "none" ? 7 : 5) : `<c:marker><c:symbol val="none"/></c:marker>`;
      return `<c:ser>${head}<c:spPr>${lineProps(series)}</c:spPr>${marker}${tail}<c:smooth val="0"/></c:ser>`;
    }
    default: {
      const never: never = series.type;
      return never;
    }
  }
}

interface Group {
  readonly type: ChartSeriesSpec["type"];
  readonly secondary: boolean;
  readonly series: readonly { readonly spec: ChartSeriesSpec; readonly index: number }[];
}

function groupXml(group: Group, spec: ChartSpec, data: ChartData): string {
  const sers = group.series.map((s) => serXml(s.spec, s.index, spec, data)).join("");
  const axes = group.secondary
    ? `<c:axId val="${AXIS.secondaryCat}"/><c:axId val="${AXIS.secondaryVal}"/>`
    : `<c:axId val="${AXIS.primaryCat}"/><c:axId val="${AXIS.primaryVal}"/>`;
  switch (group.type) {
    case "column":
      return (
        `<c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/>${sers}` +
        `<c:gapWidth val="50"/>${axes}</c:barChart>`
      );
    case "line":
      return `<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>${sers}<c:marker val="1"/>${axes}</c:lineChart>`;
    default: {
      const never: never = group.type;
      return never;
    }
  }
}

const AXIS_TEXT = `<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="900"/></a:pPr><a:endParaRPr lang="en-GB"/></a:p></c:txPr>`;
const GRIDLINES = `<c:majorGridlines><c:spPr><a:ln w="6350">${solidFill("#D9D9D9")}</a:ln></c:spPr></c:majorGridlines>`;

function catAxXml(id: number, crossAx: number, hidden: boolean): string {
  return (
    `<c:catAx><c:axId val="${id}"/><c:scaling><c:orientation val="minMax"/></c:scaling>` +
    `<c:delete val="${hidden ? 1 : 0}"/><c:axPos val="b"/><c:numFmt formatCode="General" sourceLinked="1"/>` +
    `<c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="low"/>` +
    `${hidden ? "" : AXIS_TEXT}<c:crossAx val="${crossAx}"/><c:crosses val="autoZero"/>` +
    `<c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>`
  );
}

function valAxXml(id: number, crossAx: number, secondary: boolean, title: string | null, format: string, min?: number): string {
  const scalingMin = min !== undefined && Number.isFinite(min) ? `<c:min val="${numberText(min)}"/>` : "";
  return (
    `<c:valAx><c:axId val="${id}"/><c:scaling><c:orientation val="minMax"/>${scalingMin}</c:scaling>` +
    `<c:delete val="0"/><c:axPos val="${secondary ? "r" : "l"}"/>${secondary ? "" : GRIDLINES}` +
    `${title ? titleXml(title, 1000, true) : ""}<c:numFmt formatCode="${escapeXml(format)}" sourceLinked="0"/>` +
    `<c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>${AXIS_TEXT}` +
    `<c:crossAx val="${crossAx}"/><c:crosses val="${secondary ? "max" : "autoZero"}"/>` +
    `<c:crossBetween val="between"/></c:valAx>`
  );
}

/** Series grouped into chart groups: primary before secondary, columns before lines, so lines draw on top. */
function groupSeries(spec: ChartSpec): Group[] {
  const indexed = spec.series.map((s, index) => ({ spec: s, index }));
  const anyPrimary = indexed.some((s) => s.spec.axis === "primary");
  // A secondary axis needs a primary one; with no primary series the secondary ones simply become primary.
  const isSecondary = (s: ChartSeriesSpec) => anyPrimary && s.axis === "secondary";
  const groups: Group[] = [];
  for (const secondary of [false, true]) {
    for (const type of ["column", "line"] as const) {
      const series = indexed.filter((s) => s.spec.type === type && isSecondary(s.spec) === secondary);
      if (series.length > 0) groups.push({ type, secondary, series });
    }
  }
  if (groups.length === 0) groups.push({ type: "line", secondary: false, series: [] });
  return groups;
}

/**
 * The chart part XML for one chart spec.
 * @example buildChartXml(spec, { read: createPlanRangeReader(plan), styles: plan.styles }).includes("<c:valAx>")
 */
export function buildChartXml(spec: ChartSpec, data: ChartData): string {
  const groups = groupSeries(spec);
  const hasSecondary = groups.some((g) => g.secondary);
  const axes =
    catAxXml(AXIS.primaryCat, AXIS.primaryVal, false) +
    valAxXml(AXIS.primaryVal, AXIS.primaryCat, false, spec.primaryAxisTitle || null, spec.numberFormat, spec.axisMin) +
    (hasSecondary
      ? valAxXml(AXIS.secondaryVal, AXIS.secondaryCat, true, spec.secondaryAxisTitle, spec.numberFormat) +
        catAxXml(AXIS.secondaryCat, AXIS.secondaryVal, true)
      : "");
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<c:chartSpace ${NS}><c:date1904 val="0"/><c:lang val="en-GB"/><c:roundedCorners val="0"/>` +
    `<c:chart>${spec.title ? titleXml(spec.title, 1400, false) : ""}<c:autoTitleDeleted val="${spec.title ? 0 : 1}"/>` +
    `<c:plotArea><c:layout/>${groups.map((g) => groupXml(g, spec, data)).join("")}${axes}</c:plotArea>` +
    `<c:legend><c:legendPos val="b"/><c:overlay val="0"/>${AXIS_TEXT}</c:legend>` +
    `<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart>` +
    `<c:spPr>${solidFill("#FFFFFF")}<a:ln w="9525">${solidFill("#D9D9D9")}</a:ln></c:spPr>` +
    `</c:chartSpace>`
  );
}
