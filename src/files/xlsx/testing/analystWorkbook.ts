/**
 * The "original" workbook for the package writer's tests: what an analyst might hand us. ExcelJS writes the data
 * sheets, a defined name, data validation and a comment; then, at the package level (ExcelJS cannot write charts),
 * an analyst's own bar chart on the Measurements sheet and a calculation chain are added.
 */
import ExcelJS from "exceljs";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";

export const ANALYST_CHART_PART = "xl/charts/chart3.xml";
export const ANALYST_DRAWING_PART = "xl/drawings/drawing1.xml";
export const ANALYST_CHART_TITLE = "Analyst own chart";
export const ANALYST_SHEETS = ["KPI register", "Measurements", "Notes"] as const;

const CHART_XML =
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
  `<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">` +
  `<c:roundedCorners val="0"/><c:chart><c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:r><a:t>${ANALYST_CHART_TITLE}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title>` +
  `<c:autoTitleDeleted val="0"/><c:plotArea><c:layout/><c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/>` +
  `<c:ser><c:idx val="0"/><c:order val="0"/><c:tx><c:v>Value</c:v></c:tx>` +
  `<c:cat><c:strRef><c:f>Measurements!$B$2:$B$5</c:f></c:strRef></c:cat><c:val><c:numRef><c:f>Measurements!$C$2:$C$5</c:f></c:numRef></c:val></c:ser>` +
  `<c:axId val="1"/><c:axId val="2"/></c:barChart>` +
  `<c:catAx><c:axId val="1"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:crossAx val="2"/></c:catAx>` +
  `<c:valAx><c:axId val="2"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:crossAx val="1"/></c:valAx>` +
  `</c:plotArea><c:legend><c:legendPos val="r"/></c:legend><c:plotVisOnly val="1"/></c:chart></c:chartSpace>`;

const DRAWING_XML =
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
  `<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">` +
  `<xdr:twoCellAnchor><xdr:from><xdr:col>5</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>1</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>` +
  `<xdr:to><xdr:col>12</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>16</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>` +
  `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="Analyst chart"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
  `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart">` +
  `<c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="rId1"/>` +
  `</a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>`;

const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const rels = (items: string) =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${items}</Relationships>`;

async function excelJsWorkbook(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Analyst";
  const register = wb.addWorksheet(ANALYST_SHEETS[0]);
  register.addRows([
    ["KPI id", "Name", "Unit", "Polarity"],
    ["K1", "Burglary", "count", "Lower"],
    ["K2", "Victim satisfaction", "percent", "Higher"],
    ["K3", "Response time", "duration", "Lower"],
  ]);
  register.getCell("A1").note = "Analyst note: ids are stable";
  for (const ref of ["D2", "D3", "D4"]) {
    register.getCell(ref).dataValidation = { type: "list", allowBlank: true, formulae: ['"Higher,Lower,Neutral"'] };
  }
  register.getCell("B1").font = { bold: true, color: { argb: "FF7030A0" } };
  wb.definedNames.add("'KPI register'!$A$2:$A$4", "KpiIds");
  const measurements = wb.addWorksheet(ANALYST_SHEETS[1]);
  measurements.addRows([
    ["KPI id", "Month", "Value"],
    ["K1", "Apr-13", 120],
    ["K1", "May-13", 131],
    ["K1", "Jun-13", 118],
    ["K1", "Jul-13", 140],
  ]);
  measurements.getCell("C6").value = { formula: "SUM(C2:C5)", result: 509 };
  const notes = wb.addWorksheet(ANALYST_SHEETS[2]);
  notes.getCell("A1").value = "Kept as is";
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** The analyst's workbook, with a chart of their own and a calculation chain added at the package level. */
export async function analystWorkbook(): Promise<Uint8Array> {
  const files = unzipSync(await excelJsWorkbook());
  const text = (name: string) => strFromU8(files[name]!);
  const measurementsPart = "xl/worksheets/sheet2.xml";
  files[ANALYST_CHART_PART] = strToU8(CHART_XML);
  files[ANALYST_DRAWING_PART] = strToU8(DRAWING_XML);
  files["xl/drawings/_rels/drawing1.xml.rels"] = strToU8(rels(`<Relationship Id="rId1" Type="${REL}/chart" Target="../charts/chart3.xml"/>`));
  files["xl/worksheets/_rels/sheet2.xml.rels"] = strToU8(rels(`<Relationship Id="rId1" Type="${REL}/drawing" Target="../drawings/drawing1.xml"/>`));
  files[measurementsPart] = strToU8(text(measurementsPart).replace("</worksheet>", `<drawing r:id="rId1"/></worksheet>`));
  files["xl/calcChain.xml"] = strToU8(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<calcChain xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><c r="C6" i="2"/></calcChain>`,
  );
  files["xl/_rels/workbook.xml.rels"] = strToU8(
    text("xl/_rels/workbook.xml.rels").replace(
      "</Relationships>",
      `<Relationship Id="rIdCalc" Type="${REL}/calcChain" Target="calcChain.xml"/></Relationships>`,
    ),
  );
  files["[Content_Types].xml"] = strToU8(
    text("[Content_Types].xml").replace(
      "</Types>",
      `<Override PartName="/${ANALYST_CHART_PART}" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>` +
        `<Override PartName="/${ANALYST_DRAWING_PART}" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/>` +
        `<Override PartName="/xl/calcChain.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.calcChain+xml"/></Types>`,
    ),
  );
  return zipSync(files);
}
