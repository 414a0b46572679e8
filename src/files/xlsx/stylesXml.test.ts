import { addPlanStyles, EMPTY_STYLES_XML } from "./stylesXml";
import { checkSchemaOrder } from "./testing/checkSchemaOrder";
import { childElements, firstChild, parseXml, serializeXml } from "./xmlDom";
import type { XmlDocument } from "./xmlDom";

const SML = `xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"`;
const count = (doc: XmlDocument, list: string) => childElements(firstChild(doc.documentElement!, list)!).length;

describe("addPlanStyles", () => {
  it("appends a cell format with its font, fill, border, number format and alignment", () => {
    const doc = parseXml(EMPTY_STYLES_XML)!;
    const index = addPlanStyles(doc, {
      head: { bold: true, fontColor: "#ffffff", fill: "#1F3864", borderBottom: "thin", numberFormat: "0.0%", horizontal: "center", wrap: true },
    });
    expect(index.xf("head")).toBe(1);
    const xml = serializeXml(doc);
    expect(xml).toContain(`<xf numFmtId="164" fontId="1" fillId="2" borderId="1" xfId="0" applyNumberFormat="1" applyFont="1" applyFill="1" applyBorder="1" applyAlignment="1"><alignment horizontal="center" wrapText="1"/></xf>`);
    expect(xml).toContain(`<numFmts count="1"><numFmt numFmtId="164" formatCode="0.0%"/></numFmts>`);
    expect(xml).toContain(`<font><b/><sz val="11"/><color rgb="FFFFFFFF"/><name val="Calibri"/><family val="2"/></font>`);
    expect(xml).toContain(`<fill><patternFill patternType="solid"><fgColor rgb="FF1F3864"/><bgColor indexed="64"/></patternFill></fill>`);
    expect(checkSchemaOrder(xml)).toEqual([]);
  });

  it("uses built-in number format ids and reuses a custom format the workbook already has", () => {
    const doc = parseXml(
      `<styleSheet ${SML}><numFmts count="1"><numFmt numFmtId="170" formatCode="#,##0.0"/></numFmts>` +
        `<fonts count="1"><font><sz val="10"/><name val="Arial"/></font></fonts><cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellXfs></styleSheet>`,
    )!;
    const index = addPlanStyles(doc, { pct: { numberFormat: "0%" }, one: { numberFormat: "#,##0.0" }, fresh: { numberFormat: "0.000" } });
    index.xf("pct");
    index.xf("one");
    index.xf("fresh");
    const xfs = childElements(firstChild(doc.documentElement!, "cellXfs")!).map((el) => el.getAttribute("numFmtId"));
    expect(xfs).toEqual(["0", "9", "170", "171"]);
    expect(checkSchemaOrder(serializeXml(doc))).toEqual([]);
  });

  it("takes the workbook's default font name and size for fonts it adds", () => {
    const doc = parseXml(`<styleSheet ${SML}><fonts count="1"><font><sz val="10"/><color theme="1"/><name val="Arial"/><family val="2"/></font></fonts></styleSheet>`)!;
    addPlanStyles(doc, { i: { italic: true } }).xf("i");
    expect(serializeXml(doc)).toContain(`<font><i/><sz val="10"/><color theme="1"/><name val="Arial"/><family val="2"/></font>`);
  });

  it("reuses equal entries instead of appending them again, so a rebuild does not grow the part", () => {
    const doc = parseXml(EMPTY_STYLES_XML)!;
    const styles = { a: { bold: true, fill: "#FF0000" }, b: { bold: true, fill: "#FF0000" } };
    const first = addPlanStyles(doc, styles);
    expect(first.xf("a")).toBe(first.xf("b"));
    const again = addPlanStyles(parseXml(serializeXml(doc))!, styles);
    expect(again.xf("a")).toBe(first.xf("a"));
    expect(count(doc, "fonts")).toBe(2);
    expect(count(doc, "fills")).toBe(3);
  });

  it("adds a differential format for a conditional fill and font colour", () => {
    const doc = parseXml(EMPTY_STYLES_XML)!;
    const index = addPlanStyles(doc, {});
    expect(index.dxf("#C6EFCE", "#006100")).toBe(0);
    expect(index.dxf("#FFC7CE", "#9C0006")).toBe(1);
    expect(index.dxf("#C6EFCE", "#006100")).toBe(0);
    const xml = serializeXml(doc);
    expect(xml).toContain(`<dxf><font><color rgb="FF006100"/></font><fill><patternFill><bgColor rgb="FFC6EFCE"/></patternFill></fill></dxf>`);
    expect(checkSchemaOrder(xml)).toEqual([]);
  });

  describe("edge cases", () => {
    it("returns the default format for no key or an unknown key", () => {
      const index = addPlanStyles(parseXml(EMPTY_STYLES_XML)!, {});
      expect(index.xf(undefined)).toBe(0);
      expect(index.xf("missing")).toBe(0);
    });

    it("creates the lists a sparse styles part lacks, in schema order", () => {
      const doc = parseXml(`<styleSheet ${SML}><cellStyles count="0"/></styleSheet>`)!;
      addPlanStyles(doc, { x: { fill: "#00FF00", borderTop: "medium", numberFormat: "0.0" } }).xf("x");
      addPlanStyles(doc, {}).dxf("#000000", "#FFFFFF");
      expect(checkSchemaOrder(serializeXml(doc))).toEqual([]);
      expect(childElements(doc.documentElement!).map((el) => el.localName)).toEqual([
        "numFmts", "fonts", "fills", "borders", "cellStyleXfs", "cellXfs", "cellStyles", "dxfs",
      ]);
    });

    it("aligns an indented cell left, since Excel ignores an indent otherwise", () => {
      const doc = parseXml(EMPTY_STYLES_XML)!;
      addPlanStyles(doc, { sub: { indent: 2 } }).xf("sub");
      expect(serializeXml(doc)).toContain(`<alignment horizontal="left" indent="2"/>`);
    });

    it("ignores colours that are not #RRGGBB", () => {
      const doc = parseXml(EMPTY_STYLES_XML)!;
      expect(addPlanStyles(doc, { x: { fill: "red" } }).xf("x")).toBe(0);
    });
  });
});
