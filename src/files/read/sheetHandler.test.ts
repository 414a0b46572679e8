import { strToU8, zipSync } from "fflate";
import { messageText } from "../../messages";
import type { Grid } from "../../model/grid";
import { FileReadError } from "../fileReadError";
import { readWorkbookGrids } from "../readWorkbook";
import type { ReadLimits } from "./readLimits";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** A package of one sheet written by hand, as other programs than Excel write them. */
function workbookOf(sheetXml: string, options: { styles?: string; strings?: string; date1904?: boolean; encodeSheet?: (xml: string) => Uint8Array } = {}): Uint8Array {
  const files: Record<string, Uint8Array> = {
    "[Content_Types].xml": strToU8(`<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>`),
    "_rels/.rels": strToU8(`<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`),
    "xl/workbook.xml": strToU8(
      `<workbook xmlns="${MAIN}" xmlns:r="${REL}">${options.date1904 ? '<workbookPr date1904="1"/>' : ""}<sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    ),
    "xl/_rels/workbook.xml.rels": strToU8(
      `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/>` +
        `${options.styles ? `<Relationship Id="rId2" Type="${REL}/styles" Target="styles.xml"/>` : ""}` +
        `${options.strings ? `<Relationship Id="rId3" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>` : ""}</Relationships>`,
    ),
    "xl/worksheets/sheet1.xml": (options.encodeSheet ?? strToU8)(sheetXml),
  };
  if (options.styles) files["xl/styles.xml"] = strToU8(options.styles);
  if (options.strings) files["xl/sharedStrings.xml"] = strToU8(options.strings);
  return zipSync(files);
}

const STYLES = `<styleSheet xmlns="${MAIN}"><numFmts count="1"><numFmt numFmtId="164" formatCode="mmm\\-yy"/></numFmts>
  <cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="9"/><xf numFmtId="164"/><xf numFmtId="3"><alignment horizontal="left"/></xf></cellXfs>
  <dxfs count="1"><dxf><numFmt numFmtId="164" formatCode="0.000"/></dxf></dxfs></styleSheet>`;

async function sheet(sheetXml: string, options: Parameters<typeof workbookOf>[1] & { limits?: Partial<ReadLimits> } = {}): Promise<Grid> {
  const grids = await readWorkbookGrids(workbookOf(`<worksheet xmlns="${MAIN}">${sheetXml}</worksheet>`, options), { limits: options.limits });
  const grid = grids.sheets[0];
  if (!grid) throw new Error("no sheet");
  return grid;
}

describe("reading a worksheet part", () => {
  it("reads cells with and without addresses, inline and shared strings, booleans, errors and formula strings", async () => {
    const grid = await sheet(
      `<sheetData><row r="1"><c t="inlineStr"><is><t>Total &amp; crime</t></is></c><c t="s"><v>1</v></c><c t="b"><v>1</v></c></row>` +
        `<row r="2"><c r="B2" t="e"><v>#DIV/0!</v></c><c r="C2" t="str"><f>A1</f><v>cached</v></c><c r="D2"><v>-1.5E3</v></c></row></sheetData>`,
      { strings: `<sst xmlns="${MAIN}"><si><t>zero</t></si><si><r><t>rich </t></r><r><t>text</t></r><rPh><t>phonetic</t></rPh></si></sst>` },
    );
    expect(grid.rows).toEqual([
      ["Total & crime", "rich text", true, null],
      [null, { error: "#DIV/0!" }, "cached", -1500],
    ]);
  });

  it("reads elements with a namespace prefix, and text escaped as SpreadsheetML does (_x000D_)", async () => {
    const xml = `<x:worksheet xmlns:x="${MAIN}"><x:sheetData><x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>Line 1_x000D_
Line 2</x:t></x:is></x:c><x:c r="B1"><x:v>7</x:v></x:c></x:row></x:sheetData></x:worksheet>`;
    const grids = await readWorkbookGrids(workbookOf(xml));
    expect(grids.sheets[0]?.rows).toEqual([["Line 1\r\nLine 2", 7]]);
  });

  it("gives every cell its number format: built-in, custom, and not those of conditional formats", async () => {
    const grid = await sheet(`<sheetData><row r="1"><c r="A1" s="1"><v>0.255</v></c><c r="B1" s="2"><v>41365</v></c><c r="C1" s="3"><v>21012</v></c><c r="D1"><v>5</v></c></row></sheetData>`, { styles: STYLES });
    expect(grid.numberFormats).toEqual([["0%", "mmm\\-yy", "#,##0", undefined]]);
  });

  it("counts dates of a 1904 workbook in the 1900 system, only where the format shows a date", async () => {
    const grid = await sheet(`<sheetData><row r="1"><c r="A1" s="2"><v>39903</v></c><c r="B1" s="1"><v>39903</v></c></row></sheetData>`, { styles: STYLES, date1904: true });
    expect(grid.rows).toEqual([[41365, 39903]]);
  });

  it("reads a part saved as UTF-16", async () => {
    const utf16 = (xml: string) => {
      const bytes = new Uint8Array(2 + xml.length * 2);
      bytes.set([0xff, 0xfe]);
      for (let i = 0; i < xml.length; i++) new DataView(bytes.buffer).setUint16(2 + i * 2, xml.charCodeAt(i), true);
      return bytes;
    };
    const xml = `<worksheet xmlns="${MAIN}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>≥ 25.5%</t></is></c></row></sheetData></worksheet>`;
    expect((await readWorkbookGrids(workbookOf(xml, { encodeSheet: utf16 }))).sheets[0]?.rows).toEqual([["≥ 25.5%"]]);
  });

  it("keeps each row's own formats when rows share a pattern and a cell comes out of row order", async () => {
    const rows = [1, 2, 3].map((r) => `<row r="${r}"><c r="A${r}" s="3"><v>${r}</v></c><c r="B${r}" s="3"><v>${r}</v></c></row>`).join("");
    // B2 comes back after row 3 with another format: only row 2 changes.
    const grid = await sheet(`<sheetData>${rows}<row r="4"><c r="B2" s="1"><v>0.5</v></c></row></sheetData>`, { styles: STYLES });
    expect(grid.numberFormats).toEqual([
      ["#,##0", "#,##0"],
      ["#,##0", "0%"],
      ["#,##0", "#,##0"],
    ]);
  });

  describe("within budgets, never expanding a range", () => {
    it("clears values under a merge but keeps a whole-sheet merge as one clipped range", async () => {
      const grid = await sheet(
        `<sheetData><row r="1"><c r="A1"><v>1</v></c><c r="B1"><v>2</v></c><c r="C1"><v>9</v></c></row><row r="2"><c r="A2"><v>3</v></c></row></sheetData>` +
          `<mergeCells count="2"><mergeCell ref="A1:B1"/><mergeCell ref="A2:XFD1048576"/></mergeCells>`,
      );
      expect(grid.rows).toEqual([
        [1, null, 9],
        [3, null, null],
      ]);
      expect(grid.merges).toEqual([
        { top: 0, left: 0, bottom: 0, right: 1 },
        { top: 1, left: 0, bottom: 1, right: 2 },
      ]);
    });

    it("reads a sheet past its cell budget only in part, saying how many rows it has", async () => {
      const rows = Array.from({ length: 10 }, (_, r) => `<row r="${r + 1}"><c r="A${r + 1}"><v>${r}</v></c><c r="B${r + 1}"><v>${r}</v></c></row>`).join("");
      const grid = await sheet(`<sheetData>${rows}</sheetData>`, { limits: { maxSheetCells: 7 } });
      expect(grid.rows).toHaveLength(3);
      expect(grid.totalRows).toBe(10);
    });

    it("refuses a workbook past its cell budget, naming the sheet", async () => {
      const rows = Array.from({ length: 10 }, (_, r) => `<row r="${r + 1}"><c r="A${r + 1}"><v>${r}</v></c></row>`).join("");
      await expect(sheet(`<sheetData>${rows}</sheetData>`, { limits: { maxWorkbookCells: 5 } })).rejects.toThrow(messageText("FILE_TOO_MANY_CELLS", "5", "S"));
    });

    it("refuses a sheet with more merged ranges than its budget, naming the sheet", async () => {
      const merges = Array.from({ length: 5 }, (_, i) => `<mergeCell ref="A${i * 2 + 1}:B${i * 2 + 1}"/>`).join("");
      await expect(sheet(`<sheetData/><mergeCells>${merges}</mergeCells>`, { limits: { maxMerges: 4 } })).rejects.toThrow(new FileReadError("FILE_TOO_MANY_MERGES", { sheet: "S", cell: "" }, "S", "4").message);
    });

    it("refuses a part larger than the part budget before inflating it", async () => {
      await expect(sheet(`<sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData>`, { limits: { maxPartBytes: 64 } })).rejects.toThrow(FileReadError);
    });

    it("refuses a tag longer than any a spreadsheet writes, as damaged", async () => {
      const endless = `<sheetData><row r="1" x="${"y".repeat(5 * 1024 * 1024)}`;
      await expect(readWorkbookGrids(workbookOf(`<worksheet xmlns="${MAIN}">${endless}`))).rejects.toThrow(messageText("FILE_DAMAGED", 'sheet "S"', "it is not XML a spreadsheet would hold"));
    });
  });
});
