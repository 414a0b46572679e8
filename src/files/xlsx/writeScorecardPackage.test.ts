import ExcelJS from "exceljs";
import { zipSync } from "fflate";
import type { ScorecardPlan } from "../../layout/plan";
import { messageText } from "../../messages";
import { STORE_SHEET } from "../../model/outputSheets";
import { writeScorecardPackage } from "./writeScorecardPackage";
import { ANALYST_CHART_PART, ANALYST_CHART_TITLE, ANALYST_DRAWING_PART, ANALYST_SHEETS, analystWorkbook } from "./testing/analystWorkbook";
import { checkSchemaOrder } from "./testing/checkSchemaOrder";
import { minimalWorkbook } from "./testing/minimalWorkbook";
import type { Entries } from "./testing/inspectPackage";
import { chartPartsOf, overrides, packageProblems, relationshipsOf, sheetPartOf, textOf, unzip } from "./testing/inspectPackage";
import {
  AWKWARD_TEXTS, CHART_DATA, CHARTS, LOWER, MEAN, MONTHLY, MONTHLY_ROLLING_CHART, ROLLING, SCORECARD,
  UPPER, samplePlan,
} from "./testing/samplePlan";

const STORE_ROWS: [string, string][] = [
  ["settings", '{"organisation":"Northshire PCC"}'],
  ["build:Q2 2013-14", JSON.stringify([SCORECARD, CHARTS, CHART_DATA])],
  ["formula-looking", "=HYPERLINK(\"x\")"],
];
const PLAN_SHEETS = [SCORECARD, CHARTS, CHART_DATA];

let original: Uint8Array;
let output: Uint8Array;
let before: Entries;
let after: Entries;
let book: ExcelJS.Workbook;

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  return wb;
}

beforeAll(async () => {
  original = await analystWorkbook();
  output = writeScorecardPackage(original, samplePlan(), { replaceSheets: [], store: STORE_ROWS });
  before = unzip(original);
  after = unzip(output);
  book = await load(output);
});

describe("writeScorecardPackage", () => {
  describe("cells, read back with ExcelJS", () => {
    it("adds the plan's sheets after the analyst's, in plan order, with the store last", () => {
      expect(book.worksheets.map((ws) => ws.name)).toEqual([...ANALYST_SHEETS, ...PLAN_SHEETS, STORE_SHEET]);
    });

    it("writes numbers, booleans and text, keeping text that looks like a formula as text", () => {
      const ws = book.getWorksheet(SCORECARD)!;
      expect(ws.getCell("A1").value).toBe("Police and Crime Plan scorecard, Q2 2013-14");
      expect(ws.getCell("C4").value).toBe(1431);
      expect(ws.getCell("F4").value).toBeCloseTo(-0.0985);
      expect(ws.getCell("B7").value).toBe(true);
      expect(ws.getCell("C7").value).toBe(false);
      expect(["H4", "H5", "H6", "H7"].map((ref) => ws.getCell(ref).value)).toEqual(AWKWARD_TEXTS.slice(0, 4));
      expect(ws.getCell("H4").formula).toBeUndefined();
      expect(ws.getCell("H4").type).toBe(ExcelJS.ValueType.String);
    });

    it("escapes a literal `_xHHHH_` so Excel does not decode it as a character", () => {
      // ExcelJS does not decode these escapes (Excel and LibreOffice do), so the part is inspected directly.
      expect(textOf(after, sheetPartOf(after, SCORECARD))).toContain(`<c r="B9" s="`);
      expect(textOf(after, sheetPartOf(after, SCORECARD))).toMatch(/<c r="B9"[^>]*><is><t>_x005F_x0041_ stays literal<\/t>/);
    });

    it("applies number formats, fills, fonts, alignment and borders", () => {
      const ws = book.getWorksheet(SCORECARD)!;
      expect(ws.getCell("C4").numFmt).toBe("#,##0");
      expect(ws.getCell("F4").numFmt).toBe("0.0%");
      expect(ws.getCell("C6").numFmt).toBe("0.0");
      const header = ws.getCell("A3");
      expect(header.fill).toMatchObject({ type: "pattern", pattern: "solid", fgColor: { argb: "FF1F3864" } });
      expect(header.font).toMatchObject({ bold: true, color: { argb: "FFFFFFFF" } });
      expect(header.alignment).toMatchObject({ horizontal: "center", vertical: "middle", wrapText: true });
      expect(header.border?.bottom).toMatchObject({ style: "medium", color: { argb: "FF000000" } });
      expect(ws.getCell("A1").font).toMatchObject({ bold: true, size: 16, color: { argb: "FF1F3864" } });
      expect(ws.getCell("A2").font).toMatchObject({ italic: true });
    });

    it("writes merges, frozen panes, column widths, row heights, gridlines and the tab colour", () => {
      const ws = book.getWorksheet(SCORECARD)!;
      expect(ws.getCell("B1").isMerged).toBe(true);
      expect(ws.getCell("B1").master.address).toBe("A1");
      expect(ws.getCell("C2").master.address).toBe("A2");
      expect(ws.views[0]).toMatchObject({ state: "frozen", xSplit: 1, ySplit: 3, topLeftCell: "B4", showGridLines: false });
      expect(ws.getColumn(1).width).toBe(28);
      expect(ws.getColumn(8).width).toBe(40);
      expect(ws.getRow(1).height).toBe(24);
      expect(ws.properties.tabColor).toMatchObject({ argb: "FF1F3864" });
      expect(book.getWorksheet(CHART_DATA)!.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    });

    it("writes A4 landscape print settings fitted to one page wide, header, footer and print titles", () => {
      const ws = book.getWorksheet(SCORECARD)!;
      expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
      expect(ws.headerFooter.oddHeader).toBe("&CScorecard Q2 2013-14");
      expect(ws.headerFooter.oddFooter).toBe("&LCommissioner && Partners&RPage &P of &N");
      expect(ws.pageSetup.printTitlesRow).toBe("1:3");
      expect(book.getWorksheet(CHART_DATA)!.pageSetup.printTitlesRow).toBe("1:1");
    });

    it("writes internal hyperlinks as locations, with no relationship", () => {
      // ExcelJS reads only hyperlinks with a relationship, so the part is inspected directly.
      expect(book.getWorksheet(SCORECARD)!.getCell("A9").value).toBe("Source: Measurements");
      const sheetXml = textOf(after, sheetPartOf(after, SCORECARD));
      expect(sheetXml).toContain(`<hyperlink ref="A9" location="'Measurements'!B3" display="Source: Measurements"/>`);
      expect(sheetXml).toContain(`<hyperlink ref="A10" location="'${CHART_DATA}'!A1" display="See the chart data"/>`);
      expect(sheetXml).not.toMatch(/<hyperlink[^>]*r:id=/);
      expect(relationshipsOf(after, sheetPartOf(after, SCORECARD))).toEqual([]);
    });

    it("colours RAG cells by their text with conditional formats", () => {
      const ws = book.getWorksheet(SCORECARD)!;
      // ExcelJS reads conditional formats but its typings do not declare the property.
      const read = (ws as unknown as { conditionalFormattings: ExcelJS.ConditionalFormattingOptions[] }).conditionalFormattings;
      const rules = read.flatMap((cf) => cf.rules.map((rule) => ({ ref: cf.ref, rule })));
      expect(rules).toHaveLength(3);
      expect(rules[0]).toMatchObject({ ref: "G4:G7", rule: { type: "cellIs", operator: "equal", formulae: ['"Green"'] } });
      expect(rules[2]?.rule.style).toMatchObject({ fill: { bgColor: { argb: "FFFFC7CE" } }, font: { color: { argb: "FF9C0006" } } });
    });

    it("writes the store very hidden, with its key/value rows", () => {
      const store = book.getWorksheet(STORE_SHEET)!;
      expect(store.state).toBe("veryHidden");
      const rows = STORE_ROWS.map((_, i) => [store.getCell(i + 1, 1).value, store.getCell(i + 1, 2).value]);
      expect(rows).toEqual(STORE_ROWS);
    });
  });

  describe("the analyst's workbook", () => {
    it("keeps every entry it did not have to change byte for byte", () => {
      const changed = ["[Content_Types].xml", "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/styles.xml", "docProps/app.xml", "xl/calcChain.xml"];
      for (const [name, bytes] of Object.entries(before)) {
        if (changed.includes(name)) continue;
        expect([name, after[name]]).toEqual([name, bytes]);
      }
    });

    it("keeps the analyst's chart, its drawing and relationships, still referenced from their sheet", () => {
      expect(textOf(after, ANALYST_CHART_PART)).toContain(ANALYST_CHART_TITLE);
      expect(relationshipsOf(after, "xl/worksheets/sheet2.xml").map((r) => r.part)).toEqual([ANALYST_DRAWING_PART]);
      expect(relationshipsOf(after, ANALYST_DRAWING_PART).map((r) => r.part)).toEqual([ANALYST_CHART_PART]);
      expect(overrides(after)).toEqual(expect.arrayContaining([ANALYST_CHART_PART, ANALYST_DRAWING_PART]));
      expect(chartPartsOf(after, "Measurements")).toEqual([ANALYST_CHART_PART]);
    });

    it("keeps the defined name, data validation, comment, styles and formulas", async () => {
      const register = book.getWorksheet("KPI register")!;
      expect(book.definedNames.getRanges("KpiIds").ranges).toEqual(["'KPI register'!$A$2:$A$4"]);
      expect(register.getCell("D3").dataValidation).toMatchObject({ type: "list", formulae: ['"Higher,Lower,Neutral"'] });
      expect(register.getCell("A1").note).toBe("Analyst note: ids are stable");
      expect(register.getCell("B1").font).toMatchObject({ bold: true, color: { argb: "FF7030A0" } });
      expect(book.getWorksheet("Measurements")!.getCell("C6").formula).toBe("SUM(C2:C5)");
    });

    it("drops the calculation chain with its relationship and content type", () => {
      expect(after["xl/calcChain.xml"]).toBeUndefined();
      expect(textOf(after, "xl/_rels/workbook.xml.rels")).not.toContain("calcChain");
      expect(overrides(after)).not.toContain("xl/calcChain.xml");
    });

    it("opens the scorecard on top", () => {
      expect(textOf(after, "xl/workbook.xml")).toMatch(/<workbookView[^>]*activeTab="3"/);
      expect(textOf(after, sheetPartOf(after, SCORECARD))).toContain(`tabSelected="1"`);
    });

    it("keeps docProps/app.xml's title list in step with the sheets", () => {
      const app = textOf(after, "docProps/app.xml");
      expect(app).toContain(`<vt:i4>${ANALYST_SHEETS.length + PLAN_SHEETS.length + 1}</vt:i4>`);
      expect(app).toContain(`<vt:vector size="${ANALYST_SHEETS.length + PLAN_SHEETS.length + 1}" baseType="lpstr">`);
      expect(app).toContain(`<vt:lpstr>${SCORECARD}</vt:lpstr>`);
    });
  });

  describe("charts", () => {
    const chartXml = (i: number) => textOf(after, chartPartsOf(after, CHARTS)[i] ?? "");

    it("gives new parts names the package does not already use", () => {
      const parts = chartPartsOf(after, CHARTS);
      expect(parts).toHaveLength(2);
      expect(parts).not.toContain(ANALYST_CHART_PART);
      expect(new Set(Object.keys(after).map((n) => n.toLowerCase())).size).toBe(Object.keys(after).length);
    });

    it("plots monthly values as columns and the rolling total as a line on a secondary axis on the right", () => {
      const xml = chartXml(0);
      expect(xml).toMatch(/<c:barChart>.*<c:f>'Chart data Q2 2013-14'!\$B\$2:\$B\$25<\/c:f>.*<\/c:barChart>/s);
      expect(xml).toMatch(/<c:lineChart>.*<c:f>'Chart data Q2 2013-14'!\$C\$2:\$C\$25<\/c:f>.*<\/c:lineChart>/s);
      expect(xml).toContain(`<c:f>'Chart data Q2 2013-14'!$A$2:$A$25</c:f>`);
      const lineAxes = [...(/<c:lineChart>.*<\/c:lineChart>/s.exec(xml)?.[0] ?? "").matchAll(/<c:axId val="(\d+)"\/>/g)].map((m) => m[1]);
      const valAxes = [...xml.matchAll(/<c:valAx><c:axId val="(\d+)"\/>.*?<c:axPos val="(\w)"\/>/g)].map((m) => [m[1], m[2]]);
      expect(valAxes).toHaveLength(2);
      expect(valAxes.find(([id]) => lineAxes.includes(id))?.[1]).toBe("r");
      expect(xml.match(/<c:catAx>/g)).toHaveLength(2);
      expect(xml).toContain("Rolling 12-month total");
      expect(xml).toContain(`<c:legendPos val="b"/>`);
    });

    it("fills caches from the plan's cells", () => {
      const xml = chartXml(0);
      const values = (ref: string) => {
        const escaped = ref.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
        const cache = new RegExp(`<c:f>${escaped}</c:f><c:(?:num|str)Cache>(.*?)</c:(?:num|str)Cache>`, "s").exec(xml)?.[1] ?? "";
        return [...cache.matchAll(/<c:pt idx="(\d+)"><c:v>([^<]*)<\/c:v>/g)].map((m) => [Number(m[1]), m[2]]);
      };
      expect(values(MONTHLY_ROLLING_CHART.series[0]!.values)).toEqual(MONTHLY.map((v, i) => [i, String(v)]));
      expect(values(MONTHLY_ROLLING_CHART.series[1]!.values)).toEqual(
        ROLLING.flatMap((v, i) => (v === null ? [] : [[i, String(v)]])),
      );
      expect(values(MONTHLY_ROLLING_CHART.categories)[0]).toEqual([0, "Apr-11"]);
      expect(xml).toContain(`<c:ptCount val="24"/>`);
      // The series name follows the header cell above the values.
      expect(xml).toContain(`<c:tx><c:strRef><c:f>'Chart data Q2 2013-14'!$B$1</c:f>`);
    });

    it("draws a control chart as lines on one axis, with dashed limits and markers only on the values", () => {
      const xml = chartXml(1);
      expect(xml).not.toContain("<c:barChart>");
      expect(xml.match(/<c:valAx>/g)).toHaveLength(1);
      expect(xml.match(/<c:ser>/g)).toHaveLength(4);
      expect(xml.match(/<a:prstDash val="dash"\/>/g)).toHaveLength(2);
      expect(xml.match(/<c:symbol val="circle"\/>/g)).toHaveLength(1);
      expect(xml).toContain(`<c:pt idx="0"><c:v>${MEAN}</c:v></c:pt>`);
      expect(xml).toContain(`<c:pt idx="23"><c:v>${UPPER}</c:v></c:pt>`);
      expect(xml).toContain(`<c:pt idx="5"><c:v>${LOWER}</c:v></c:pt>`);
      expect(xml).toContain(`<a:ln w="19050" cap="rnd"><a:solidFill><a:srgbClr val="1F3864"/>`);
    });

    it("anchors each chart over its cells and names it by its plan id", () => {
      const drawing = relationshipsOf(after, sheetPartOf(after, CHARTS)).find((r) => r.type.endsWith("/drawing"))!.part!;
      const xml = textOf(after, drawing);
      expect(xml.match(/<xdr:twoCellAnchor>/g)).toHaveLength(2);
      expect(xml).toContain(`name="${MONTHLY_ROLLING_CHART.id}"`);
      expect(xml).toContain(`<xdr:to><xdr:col>9</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>21</xdr:row>`);
    });
  });

  describe("a strict reader", () => {
    it("loads the output in ExcelJS without error", async () => {
      await expect(load(output)).resolves.toBeDefined();
    });

    it("finds every part it wrote well-formed and in ECMA-376 child order", () => {
      const written = Object.keys(after).filter((n) => n.endsWith(".xml") && (!(n in before) || before[n] !== after[n]));
      const ours = written.filter((n) => textOf(after, n) !== textOf(before, n));
      expect(ours.length).toBeGreaterThanOrEqual(10);
      for (const part of ours) expect([part, checkSchemaOrder(textOf(after, part))]).toEqual([part, []]);
    });

    it("leaves no orphaned part, dangling relationship or duplicate content type", () => {
      expect(packageProblems(after)).toEqual([]);
    });
  });

  describe("rebuilding the same quarter", () => {
    let rebuilt: Entries;
    let rebuiltBook: ExcelJS.Workbook;
    beforeAll(async () => {
      const again = writeScorecardPackage(output, samplePlan(), { replaceSheets: PLAN_SHEETS, store: STORE_ROWS });
      rebuilt = unzip(again);
      rebuiltBook = await load(again);
    });

    it("replaces the sheets instead of adding more", () => {
      expect(rebuiltBook.worksheets.map((ws) => ws.name)).toEqual([...ANALYST_SHEETS, ...PLAN_SHEETS, STORE_SHEET]);
      expect(Object.keys(rebuilt).sort()).toEqual(Object.keys(after).sort());
    });

    it("leaves no orphaned part, dangling relationship or duplicate content type", () => {
      expect(packageProblems(rebuilt)).toEqual([]);
    });

    it("keeps defined names valid: one print-titles name per sheet, the analyst's name untouched", () => {
      const wb = textOf(rebuilt, "xl/workbook.xml");
      const names = [...wb.matchAll(/<definedName ([^>]*)>([^<]*)<\/definedName>/g)].map((m) => `${m[1]} ${m[2]}`);
      expect(names).toEqual([
        `name="_xlnm.Print_Titles" localSheetId="3" '${SCORECARD}'!$1:$3`,
        `name="_xlnm.Print_Titles" localSheetId="5" '${CHART_DATA}'!$1:$1`,
        `name="KpiIds" '${"KPI register"}'!$A$2:$A$4`,
      ]);
    });

    it("writes the same package again: a rebuild of an unchanged plan changes nothing", () => {
      for (const name of Object.keys(after)) expect([name, textOf(rebuilt, name)]).toEqual([name, textOf(after, name)]);
    });

    it("still keeps the analyst's chart", () => {
      expect(rebuilt[ANALYST_CHART_PART]).toEqual(before[ANALYST_CHART_PART]);
      expect(chartPartsOf(rebuilt, "Measurements")).toEqual([ANALYST_CHART_PART]);
    });
  });
});

describe("writeScorecardPackage edge cases", () => {
  const tiny = (name: string, value: string): ScorecardPlan => ({
    ...samplePlan(),
    sheets: [{ ...samplePlan().sheets[2]!, name, charts: [], blocks: [{ top: 0, left: 0, cells: [[{ value, style: "header" }]] }] }],
  });

  it("gives a workbook without a styles part one, registered in the relationships and content types", async () => {
    const out = unzip(writeScorecardPackage(minimalWorkbook({ sheets: ["Data"] }), samplePlan(), { replaceSheets: [], store: [] }));
    expect(checkSchemaOrder(textOf(out, "xl/styles.xml"))).toEqual([]);
    expect(relationshipsOf(out, "xl/workbook.xml").filter((r) => r.type.endsWith("/styles")).map((r) => r.part)).toEqual(["xl/styles.xml"]);
    expect(overrides(out)).toContain("xl/styles.xml");
    expect(packageProblems(out)).toEqual([]);
    const wb = await load(zipOf(out));
    expect(wb.getWorksheet(SCORECARD)!.getCell("A3").font).toMatchObject({ bold: true });
  });

  it("shifts the localSheetId of names on sheets after a removed one, and drops the removed sheet's names", () => {
    const original = minimalWorkbook({
      sheets: ["Data", "Scorecard Q1 2013-14", "Later"],
      definedNames:
        `<definedName name="_xlnm.Print_Titles" localSheetId="1">'Scorecard Q1 2013-14'!$1:$3</definedName>` +
        `<definedName name="_xlnm.Print_Area" localSheetId="2">Later!$A$1:$C$9</definedName>` +
        `<definedName name="Old">'Scorecard Q1 2013-14'!$B$2</definedName>`,
    });
    const out = unzip(writeScorecardPackage(original, tiny("Scorecard Q2 2013-14", "x"), { replaceSheets: ["Scorecard Q1 2013-14"], store: [] }));
    const wb = textOf(out, "xl/workbook.xml");
    expect(wb).toContain(`<definedName name="_xlnm.Print_Area" localSheetId="1">Later!$A$1:$C$9</definedName>`);
    expect(wb).toContain(`<definedName name="Old">#REF!$B$2</definedName>`);
    expect(wb).toContain(`<definedName name="_xlnm.Print_Titles" localSheetId="2">'Scorecard Q2 2013-14'!$1:$1</definedName>`);
    expect(wb).not.toContain("Q1 2013-14");
    expect(checkSchemaOrder(wb)).toEqual([]);
    expect(packageProblems(out)).toEqual([]);
  });

  it("refuses to write over a sheet of the same name (ignoring case) that the job does not say it may replace", () => {
    const original = minimalWorkbook({ sheets: ["Data", "scorecard q2 2013-14"] });
    expect(() => writeScorecardPackage(original, tiny(SCORECARD, "new"), { replaceSheets: [], store: [] })).toThrow(
      messageText("BUILD_FAILED", messageText("EXCEL_SHEET_NAME_TAKEN", "scorecard q2 2013-14").replace(/\.$/, "")),
    );
  });

  it("replaces a sheet whose name matches a plan sheet ignoring case when the job says a build wrote it, rather than writing a duplicate name", () => {
    const out = unzip(writeScorecardPackage(minimalWorkbook({ sheets: ["Data", "scorecard q2 2013-14"] }), tiny(SCORECARD, "new"), { replaceSheets: [SCORECARD], store: [] }));
    const names = [...textOf(out, "xl/workbook.xml").matchAll(/<sheet name="([^"]+)"/g)].map((m) => m[1]);
    expect(names).toEqual(["Data", SCORECARD, STORE_SHEET]);
  });

  it("keeps a part a removed sheet shared with the workbook, and removes the parts only it used", () => {
    const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    const original = minimalWorkbook({
      sheets: ["Data", SCORECARD],
      extraParts: { "xl/shared/cache.xml": "<cache/>", "xl/own/table.xml": "<table/>" },
      workbookRels: `<Relationship Id="rId90" Type="${REL}/pivotCacheDefinition" Target="shared/cache.xml"/>`,
      sheetRels: {
        2: `<Relationship Id="rId1" Type="${REL}/pivotTable" Target="../shared/cache.xml"/><Relationship Id="rId2" Type="${REL}/table" Target="../own/table.xml"/>` +
          `<Relationship Id="rId3" Type="${REL}/hyperlink" Target="https://example.org/" TargetMode="External"/>`,
      },
    });
    const out = unzip(writeScorecardPackage(original, tiny(SCORECARD, "new"), { replaceSheets: [SCORECARD], store: [] }));
    expect(out["xl/shared/cache.xml"]).toBeDefined();
    expect(out["xl/own/table.xml"]).toBeUndefined();
    expect(out["xl/worksheets/_rels/sheet2.xml.rels"]).toBeUndefined();
  });

  it("unselects the analyst's selected tab with a one-attribute edit, so only the scorecard is selected", () => {
    const original = minimalWorkbook({
      sheets: ["Data", "Other"],
      sheetViews: { 1: `<sheetViews><sheetView tabSelected="1" zoomScale="90" workbookViewId="0"/></sheetViews>` },
    });
    const sheet1 = textOf(unzip(original), "xl/worksheets/sheet1.xml");
    const out = unzip(writeScorecardPackage(original, tiny(SCORECARD, "x"), { replaceSheets: [], store: [] }));
    expect(textOf(out, "xl/worksheets/sheet1.xml")).toBe(sheet1.replace(` tabSelected="1"`, ""));
    expect(textOf(out, "xl/workbook.xml")).toContain(`<bookViews><workbookView activeTab="2"/></bookViews>`);
  });

  it("leaves the original bytes untouched", () => {
    const copy = original.slice();
    writeScorecardPackage(original, samplePlan(), { replaceSheets: [], store: [] });
    expect(original).toEqual(copy);
  });

  it("throws a clear error when the input is not an .xlsx package", () => {
    expect(() => writeScorecardPackage(new Uint8Array([1, 2, 3]), samplePlan(), { replaceSheets: [], store: [] })).toThrow(/not a readable \.xlsx/);
  });
});

function zipOf(entries: Entries): Uint8Array {
  return zipSync(entries);
}
