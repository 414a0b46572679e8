import { checkSchemaOrder } from "./testing/checkSchemaOrder";
import { appendSheetEntry, readSheetEntries, remapDefinedNames, removeSheetEntries, setActiveTab, setDefinedName } from "./workbookXml";
import { parseXml, serializeXml } from "./xmlDom";

const workbook = (inner: string, rNs = true) =>
  parseXml(
    `<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"` +
      `${rNs ? ` xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"` : ""}>${inner}</workbook>`,
  )!;
const SHEETS = `<sheets><sheet name="Data" sheetId="1" r:id="rId1"/><sheet name="Old" sheetId="2" r:id="rId2"/><sheet name="Later" sheetId="3" r:id="rId3"/></sheets>`;

describe("removeSheetEntries", () => {
  it("removes sheets by name ignoring case and maps old indexes to new", () => {
    const doc = workbook(SHEETS);
    const { map, removed } = removeSheetEntries(doc, new Set(["old"]));
    expect(map).toEqual([0, null, 1]);
    expect(removed.map((e) => [e.name, e.relId])).toEqual([["Old", "rId2"]]);
    expect(readSheetEntries(doc).map((e) => e.name)).toEqual(["Data", "Later"]);
  });
});

describe("remapDefinedNames", () => {
  it("drops names scoped to a removed sheet and moves the others' localSheetId with their sheet", () => {
    const doc = workbook(
      `${SHEETS}<definedNames><definedName name="A" localSheetId="1">Old!$A$1</definedName>` +
        `<definedName name="B" localSheetId="2">Later!$A$1</definedName><definedName name="C" localSheetId="0">Data!$A$1</definedName></definedNames>`,
    );
    remapDefinedNames(doc, [0, null, 1], []);
    const xml = serializeXml(doc);
    expect(xml).not.toContain(`name="A"`);
    expect(xml).toContain(`<definedName name="B" localSheetId="1">Later!$A$1</definedName>`);
    expect(xml).toContain(`<definedName name="C" localSheetId="0">Data!$A$1</definedName>`);
  });

  it("turns references to a sheet gone for good into #REF!, quoted or not, and leaves look-alikes alone", () => {
    const doc = workbook(
      `${SHEETS}<definedNames><definedName name="X">SUM('Old'!$A$1,Old!B2,NotOld!C3,'Old sheet'!D4)</definedName>` +
        `<definedName name="Y">'It''s'!$A$1</definedName></definedNames>`,
    );
    remapDefinedNames(doc, [0, 1, 2], ["Old", "It's"]);
    const xml = serializeXml(doc);
    expect(xml).toContain(`SUM(#REF!$A$1,#REF!B2,NotOld!C3,'Old sheet'!D4)`);
    expect(xml).toContain(`<definedName name="Y">#REF!$A$1</definedName>`);
  });

  it("removes an emptied definedNames element", () => {
    const doc = workbook(`${SHEETS}<definedNames><definedName name="A" localSheetId="1">Old!$A$1</definedName></definedNames>`);
    remapDefinedNames(doc, [0, null, 1], []);
    expect(serializeXml(doc)).not.toContain("definedNames");
  });
});

describe("setDefinedName", () => {
  it("creates definedNames after sheets and before calcPr, sorted by name then scope", () => {
    const doc = workbook(`${SHEETS}<calcPr calcId="1"/>`);
    setDefinedName(doc, "_xlnm.Print_Titles", 2, "Later!$1:$2");
    setDefinedName(doc, "Zed", null, "Data!$A$1");
    setDefinedName(doc, "_xlnm.Print_Titles", 0, "Data!$1:$1");
    setDefinedName(doc, "_xlnm.Print_Titles", 2, "Later!$1:$3");
    const xml = serializeXml(doc);
    expect(xml).toContain(
      `</sheets><definedNames><definedName name="_xlnm.Print_Titles" localSheetId="0">Data!$1:$1</definedName>` +
        `<definedName name="_xlnm.Print_Titles" localSheetId="2">Later!$1:$3</definedName><definedName name="Zed">Data!$A$1</definedName></definedNames><calcPr`,
    );
    expect(checkSchemaOrder(xml)).toEqual([]);
  });
});

describe("appendSheetEntry", () => {
  it("declares the relationships namespace when the workbook lacks it", () => {
    const doc = workbook(`<sheets/>`, false);
    appendSheetEntry(doc, "A & B", 4, "rId9", "veryHidden");
    const reread = parseXml(serializeXml(doc))!;
    expect(readSheetEntries(reread).map((e) => [e.name, e.sheetId, e.relId])).toEqual([["A & B", 4, "rId9"]]);
    expect(serializeXml(doc)).toContain(`state="veryHidden"`);
  });
});

describe("setActiveTab", () => {
  it("creates a workbook view in schema order when there is none", () => {
    const doc = workbook(`<workbookPr/>${SHEETS}`);
    setActiveTab(doc, 2, [0, 1, 2]);
    const xml = serializeXml(doc);
    expect(xml).toContain(`<workbookPr/><bookViews><workbookView activeTab="2"/></bookViews><sheets>`);
  });

  it("keeps the first visible tab in range", () => {
    const doc = workbook(`<bookViews><workbookView firstSheet="1" activeTab="1"/></bookViews>${SHEETS}`);
    setActiveTab(doc, 1, [0, null, 1]);
    expect(serializeXml(doc)).toContain(`<workbookView firstSheet="0" activeTab="1"/>`);
  });
});
