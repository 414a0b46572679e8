import type { PrintSettings } from "../../layout/plan";
import { buildSheetXml } from "./sheetXml";
import type { SheetContent } from "./sheetXml";
import type { PlanStyleIndex } from "./stylesXml";
import { checkSchemaOrder } from "./testing/checkSchemaOrder";

const styles: PlanStyleIndex = { xf: (key) => (key === "bold" ? 7 : 0), dxf: () => 3 };
const print: PrintSettings = {
  orientation: "landscape", paperSize: "A4", fitToWidth: 1, fitToHeight: 0, titleRows: null,
  headerCenter: "", footerLeft: "", footerRight: "",
};
const sheet = (partial: Partial<SheetContent>): SheetContent => ({
  name: "S", tabColor: null, columns: [], rowHeights: [], blocks: [], merges: [], freeze: null, print,
  conditionalFormats: [], charts: [], showGridlines: true, ...partial,
});
const xmlOf = (partial: Partial<SheetContent>, selected = false) =>
  buildSheetXml(sheet(partial), { styles, drawingRelId: null, selected });
const one = (value: string | number | boolean | null, style?: string) => xmlOf({ blocks: [{ top: 0, left: 0, cells: [[{ value, style }]] }] });

describe("buildSheetXml", () => {
  it("writes strings as inline strings, never formulas, whatever they start with", () => {
    for (const text of ["=SUM(A1)", "+1", "-5 apples", "@x"]) {
      const xml = one(text);
      expect(xml).toContain(`<c r="A1" t="inlineStr"><is><t>${text}</t></is></c>`);
      expect(xml).not.toContain("<f>");
    }
  });

  it("writes numbers, booleans and styled empty cells", () => {
    expect(one(1.5, "bold")).toContain(`<c r="A1" s="7"><v>1.5</v></c>`);
    expect(one(true)).toContain(`<c r="A1" t="b"><v>1</v></c>`);
    expect(one(null, "bold")).toContain(`<c r="A1" s="7"/>`);
  });

  it("places blocks by their top-left corner, rows and cells in order, later blocks winning", () => {
    const xml = xmlOf({
      blocks: [
        { top: 4, left: 2, cells: [[{ value: "late" }]] },
        { top: 1, left: 1, cells: [[{ value: 1 }, { value: 2 }], [], [{ value: 3 }]] },
        { top: 1, left: 2, cells: [[{ value: 9 }]] },
      ],
    });
    expect([...xml.matchAll(/<c r="([A-Z]+\d+)"/g)].map((m) => m[1])).toEqual(["B2", "C2", "B4", "C5"]);
    expect(xml).toContain(`<c r="C2"><v>9</v></c>`);
    expect(xml).toContain(`<dimension ref="A1:C5"/>`);
  });

  it("writes frozen panes, widths, heights, hidden columns, gridlines off, tab colour and selection", () => {
    const xml = buildSheetXml(
      sheet({
        freeze: { rows: 2, columns: 0 }, columns: [{ width: 20 }, { width: 5, hidden: true }], rowHeights: [{ row: 3, height: 30 }],
        showGridlines: false, tabColor: "#00b050",
      }),
      { styles, drawingRelId: "rId1", selected: true },
    );
    expect(xml).toContain(`<sheetPr><tabColor rgb="FF00B050"/><pageSetUpPr fitToPage="1"/></sheetPr>`);
    expect(xml).toContain(`<sheetView showGridLines="0" tabSelected="1" workbookViewId="0"><pane ySplit="2" topLeftCell="A3" activePane="bottomLeft" state="frozen"/>`);
    expect(xml).toContain(`<col min="2" max="2" width="5" customWidth="1" hidden="1"/>`);
    expect(xml).toContain(`<row r="4" ht="30" customHeight="1"/>`);
    expect(xml).toContain(`<drawing r:id="rId1"/>`);
    expect(checkSchemaOrder(xml)).toEqual([]);
  });

  it("writes text conditional formats as whole-cell comparisons with quotes doubled", () => {
    const xml = xmlOf({ conditionalFormats: [{ kind: "text-equals", range: "C2:C9", text: 'Say "hi"', fill: "#FF0000", fontColor: "#FFFFFF" }] });
    expect(xml).toContain(
      `<conditionalFormatting sqref="C2:C9"><cfRule type="cellIs" dxfId="3" priority="1" operator="equal"><formula>&quot;Say &quot;&quot;hi&quot;&quot;&quot;</formula></cfRule></conditionalFormatting>`,
    );
  });

  it("writes the header and footer with ampersands doubled except in the page codes", () => {
    const xml = xmlOf({ print: { ...print, headerCenter: "R&D", footerLeft: "", footerRight: "Page &P of &N" } });
    expect(xml).toContain(`<headerFooter><oddHeader>&amp;CR&amp;&amp;D</oddHeader><oddFooter>&amp;RPage &amp;P of &amp;N</oddFooter></headerFooter>`);
    expect(xml).toContain(`<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>`);
  });

  it("writes manual page breaks above the rows that start a page, after the header and footer", () => {
    const xml = xmlOf({ pageBreakRows: [40, 19, 40] });
    expect(xml).toContain(`<rowBreaks count="2" manualBreakCount="2"><brk id="19" max="16383" man="1"/><brk id="40" max="16383" man="1"/></rowBreaks>`);
    expect(xml.indexOf("<rowBreaks")).toBeGreaterThan(xml.indexOf("<pageSetup"));
    expect(checkSchemaOrder(xml)).toEqual([]);
    expect(xmlOf({ pageBreakRows: [0] })).not.toContain("rowBreaks");
  });

  describe("edge cases", () => {
    it("drops characters XML cannot carry and escapes markup", () => {
      expect(one("a\u0001b <c> & \"d\"")).toContain(`<t>ab &lt;c&gt; &amp; &quot;d&quot;</t>`);
    });

    it("keeps leading and trailing spaces", () => {
      expect(one("  indented")).toContain(`<t xml:space="preserve">  indented</t>`);
    });

    it("escapes a literal _xHHHH_ so Excel does not decode it", () => {
      expect(one("_x000D_")).toContain(`<t>_x005F_x000D_</t>`);
    });

    it("cuts text at Excel's 32,767 characters", () => {
      expect(one("x".repeat(40000))).toContain(`<t>${"x".repeat(32767)}</t>`);
    });

    it("writes a non-finite number as an empty cell", () => {
      expect(one(Number.NaN)).toContain(`<c r="A1"/>`);
    });

    it("drops merges that overlap an earlier one, single cells and unreadable ranges", () => {
      const xml = xmlOf({ merges: ["A1:C1", "B1:B3", "D4", "nonsense", "E5:F6"] });
      expect(xml).toContain(`<mergeCells count="2"><mergeCell ref="A1:C1"/><mergeCell ref="E5:F6"/></mergeCells>`);
    });

    it("writes a valid empty sheet", () => {
      const xml = xmlOf({});
      expect(xml).toContain(`<dimension ref="A1"/>`);
      expect(checkSchemaOrder(xml)).toEqual([]);
    });
  });
});
