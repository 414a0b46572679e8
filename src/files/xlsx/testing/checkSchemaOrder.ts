/**
 * A strict reader's view of the parts we write: checks child element order (and a few required children) against
 * the ECMA-376 transitional sequences for every element we emit. Excel rejects a chart or sheet whose children are
 * out of order even where LibreOffice shows it happily, so the tests run every written part through this.
 * The sequences are transcribed from the schema (sml.xsd, dml-chart.xsd, dml-main.xsd, dml-spreadsheetDrawing.xsd);
 * a name in an inner array shares one position (an xsd:choice).
 */
import type { XmlElement } from "../xmlDom";
import { childElements, parseXml } from "../xmlDom";

type Sequence = readonly (string | readonly string[])[];
interface Rule {
  readonly order: Sequence;
  readonly required?: readonly string[];
}

const NS = {
  c: "http://schemas.openxmlformats.org/drawingml/2006/chart",
  a: "http://schemas.openxmlformats.org/drawingml/2006/main",
  xdr: "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing",
  s: "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
} as const;

const PLOTS = ["areaChart", "area3DChart", "lineChart", "line3DChart", "stockChart", "radarChart", "scatterChart", "pieChart", "pie3DChart", "doughnutChart", "barChart", "bar3DChart", "ofPieChart", "surfaceChart", "surface3DChart", "bubbleChart"];
const AXES = ["valAx", "catAx", "dateAx", "serAx"];
const FILLS = ["noFill", "solidFill", "gradFill", "blipFill", "pattFill", "grpFill"];
const AX_SHARED = ["axId", "scaling", "delete", "axPos", "majorGridlines", "minorGridlines", "title", "numFmt", "majorTickMark", "minorTickMark", "tickLblPos", "spPr", "txPr", "crossAx", ["crosses", "crossesAt"]];
const TEXT_BODY: Rule = { order: ["bodyPr", "lstStyle", "p"], required: ["bodyPr", "p"] };

/** Rules by `ns:local` or, where a name means different things, `ns:parent>local`. */
const RULES: Readonly<Record<string, Rule>> = {
  "c:chartSpace": {
    order: ["date1904", "lang", "roundedCorners", "style", "clrMapOvr", "pivotSource", "protection", "chart", "spPr", "txPr", "externalData", "printSettings", "userShapes", "extLst"],
    required: ["chart"],
  },
  "c:chartSpace>chart": {
    order: ["title", "autoTitleDeleted", "pivotFmts", "view3D", "floor", "sideWall", "backWall", "plotArea", "legend", "plotVisOnly", "dispBlanksAs", "showDLblsOverMax", "extLst"],
    required: ["plotArea"],
  },
  "c:plotArea": { order: ["layout", PLOTS, AXES, "dTable", "spPr", "extLst"] },
  "c:barChart": { order: ["barDir", "grouping", "varyColors", "ser", "dLbls", "gapWidth", "overlap", "serLines", "axId", "extLst"], required: ["barDir", "axId"] },
  "c:lineChart": { order: ["grouping", "varyColors", "ser", "dLbls", "dropLines", "hiLowLines", "upDownBars", "marker", "smooth", "axId", "extLst"], required: ["grouping", "axId"] },
  "c:barChart>ser": {
    order: ["idx", "order", "tx", "spPr", "invertIfNegative", "pictureOptions", "dPt", "dLbls", "trendline", "errBars", "cat", "val", "shape", "extLst"],
    required: ["idx", "order"],
  },
  "c:lineChart>ser": {
    order: ["idx", "order", "tx", "spPr", "marker", "dPt", "dLbls", "trendline", "errBars", "cat", "val", "smooth", "extLst"],
    required: ["idx", "order"],
  },
  "c:ser>marker": { order: ["symbol", "size", "spPr", "extLst"] },
  "c:ser>dPt": { order: ["idx", "invertIfNegative", "marker", "bubble3D", "explosion", "spPr", "pictureOptions", "extLst"], required: ["idx"] },
  "c:dPt>marker": { order: ["symbol", "size", "spPr", "extLst"] },
  "c:ser>tx": { order: [["strRef", "v"]] },
  "c:title>tx": { order: [["rich", "strRef"]] },
  "c:cat": { order: [["multiLvlStrRef", "numRef", "numLit", "strRef", "strLit"]] },
  "c:val": { order: [["numRef", "numLit"]] },
  "c:strRef": { order: ["f", "strCache", "extLst"], required: ["f"] },
  "c:numRef": { order: ["f", "numCache", "extLst"], required: ["f"] },
  "c:strCache": { order: ["ptCount", "pt", "extLst"] },
  "c:numCache": { order: ["formatCode", "ptCount", "pt", "extLst"] },
  "c:pt": { order: ["v"], required: ["v"] },
  "c:catAx": { order: [...AX_SHARED, "auto", "lblAlgn", "lblOffset", "tickLblSkip", "tickMarkSkip", "noMultiLvlLbl", "extLst"], required: ["axId", "scaling", "axPos", "crossAx"] },
  "c:valAx": { order: [...AX_SHARED, "crossBetween", "majorUnit", "minorUnit", "dispUnits", "extLst"], required: ["axId", "scaling", "axPos", "crossAx"] },
  "c:scaling": { order: ["logBase", "orientation", "max", "min", "extLst"] },
  "c:title": { order: ["tx", "layout", "overlay", "spPr", "txPr", "extLst"] },
  "c:legend": { order: ["legendPos", "legendEntry", "layout", "overlay", "spPr", "txPr", "extLst"] },
  "c:majorGridlines": { order: ["spPr"] },
  "c:spPr": { order: ["xfrm", FILLS, "ln", ["effectLst", "effectDag"], "scene3d", "sp3d", "extLst"] },
  "c:rich": TEXT_BODY,
  "c:txPr": TEXT_BODY,
  "a:ln": { order: [["noFill", "solidFill", "gradFill", "pattFill"], ["prstDash", "custDash"], ["round", "bevel", "miter"], "headEnd", "tailEnd", "extLst"] },
  "a:p": { order: ["pPr", ["r", "br", "fld"], "endParaRPr"] },
  "a:r": { order: ["rPr", "t"], required: ["t"] },
  "a:graphic": { order: ["graphicData"], required: ["graphicData"] },
  "xdr:wsDr": { order: [["twoCellAnchor", "oneCellAnchor", "absoluteAnchor"]] },
  "xdr:twoCellAnchor": { order: ["from", "to", ["sp", "grpSp", "graphicFrame", "cxnSp", "pic", "contentPart"], "clientData"], required: ["from", "to", "clientData"] },
  "xdr:from": { order: ["col", "colOff", "row", "rowOff"], required: ["col", "colOff", "row", "rowOff"] },
  "xdr:to": { order: ["col", "colOff", "row", "rowOff"], required: ["col", "colOff", "row", "rowOff"] },
  "xdr:graphicFrame": { order: ["nvGraphicFramePr", "xfrm", "graphic", "extLst"], required: ["nvGraphicFramePr", "xfrm", "graphic"] },
  "xdr:nvGraphicFramePr": { order: ["cNvPr", "cNvGraphicFramePr", "nvPr"], required: ["cNvPr", "cNvGraphicFramePr"] },
  "s:worksheet": {
    order: ["sheetPr", "dimension", "sheetViews", "sheetFormatPr", "cols", "sheetData", "sheetCalcPr", "sheetProtection", "protectedRanges", "scenarios", "autoFilter", "sortState", "dataConsolidate", "customSheetViews", "mergeCells", "phoneticPr", "conditionalFormatting", "dataValidations", "hyperlinks", "printOptions", "pageMargins", "pageSetup", "headerFooter", "rowBreaks", "colBreaks", "customProperties", "cellWatches", "ignoredErrors", "smartTags", "drawing", "legacyDrawing", "legacyDrawingHF", "drawingHF", "picture", "oleObjects", "controls", "webPublishItems", "tableParts", "extLst"],
    required: ["sheetData"],
  },
  "s:sheetPr": { order: ["tabColor", "outlinePr", "pageSetUpPr"] },
  "s:sheetView": { order: ["pane", "selection", "pivotSelection", "extLst"] },
  "s:sheetData": { order: ["row"] },
  "s:row": { order: ["c", "extLst"] },
  "s:c": { order: ["f", "v", "is", "extLst"] },
  "s:is": { order: ["t", "r", "rPh", "phoneticPr"] },
  "s:headerFooter": { order: ["oddHeader", "oddFooter", "evenHeader", "evenFooter", "firstHeader", "firstFooter"] },
  "s:conditionalFormatting": { order: ["cfRule", "extLst"] },
  "s:cfRule": { order: ["formula", "colorScale", "dataBar", "iconSet", "extLst"] },
  "s:workbook": {
    order: ["fileVersion", "fileSharing", "workbookPr", "workbookProtection", "bookViews", "sheets", "functionGroups", "externalReferences", "definedNames", "calcPr", "oleSize", "customWorkbookViews", "pivotCaches", "smartTagPr", "smartTagTypes", "webPublishing", "fileRecoveryPr", "webPublishObjects", "extLst"],
    required: ["sheets"],
  },
  "s:styleSheet": { order: ["numFmts", "fonts", "fills", "borders", "cellStyleXfs", "cellXfs", "cellStyles", "dxfs", "tableStyles", "colors", "extLst"] },
  "s:cellXfs>xf": { order: ["alignment", "protection", "extLst"] },
  "s:dxf": { order: ["font", "numFmt", "fill", "alignment", "border", "protection", "extLst"] },
  "s:border": { order: ["start", "end", "left", "right", "top", "bottom", "diagonal", "vertical", "horizontal"] },
  "s:patternFill": { order: ["fgColor", "bgColor"] },
};

function prefixOf(ns: string | null): string | null {
  for (const [prefix, uri] of Object.entries(NS)) if (uri === ns) return prefix;
  return null;
}

function rank(order: Sequence, name: string): number {
  return order.findIndex((entry) => (typeof entry === "string" ? entry === name : entry.includes(name)));
}

function check(el: XmlElement, path: string, problems: string[]): void {
  const prefix = prefixOf(el.namespaceURI);
  const parent = el.parentNode && el.parentNode.nodeType === 1 ? (el.parentNode as XmlElement).localName : null;
  const rule = prefix ? (RULES[`${prefix}:${parent}>${el.localName}`] ?? RULES[`${prefix}:${el.localName}`]) : undefined;
  const children = childElements(el);
  if (rule) {
    let last = -1;
    for (const child of children) {
      // Extensions in other namespaces (mc:AlternateContent, x14ac:...) are outside the sequences.
      if (prefixOf(child.namespaceURI) === null) continue;
      const r = rank(rule.order, child.localName ?? "");
      if (r < 0) problems.push(`${path}: unexpected <${child.localName}>`);
      else if (r < last) problems.push(`${path}: <${child.localName}> is out of order`);
      else last = r;
    }
    for (const name of rule.required ?? []) {
      if (!children.some((c) => c.localName === name)) problems.push(`${path}: missing <${name}>`);
    }
  }
  children.forEach((child, i) => check(child, `${path}/${child.localName}[${i}]`, problems));
}

/**
 * Problems found in one XML part: not well-formed, or children out of schema order; empty when it passes.
 * @example checkSchemaOrder(chartXml) // []
 */
export function checkSchemaOrder(xml: string): string[] {
  const doc = parseXml(xml);
  const root = doc?.documentElement;
  if (!root) return ["not well-formed XML"];
  const problems: string[] = [];
  check(root, root.localName ?? "", problems);
  return problems;
}
