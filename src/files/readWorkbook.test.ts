import ExcelJS from "exceljs";
import { messageText } from "../messages";
import { readWorkbookGrids } from "./readWorkbook";
import { cellAt, findGrid, numberFormatAt } from "../model/grid";
import type { Grid, WorkbookGrids } from "../model/grid";

/** Builds a workbook with ExcelJS and returns its .xlsx bytes, as a user's upload would arrive. */
async function xlsx(build: (workbook: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  build(workbook);
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}

function sheetOf(grids: WorkbookGrids, name: string): Grid {
  const grid = findGrid(grids, name);
  if (!grid) throw new Error(`test setup: no sheet ${name}`);
  return grid;
}

/** A UTC date, as ExcelJS writes and reads them. */
function utc(year: number, monthIndex: number, day: number): Date {
  return new Date(Date.UTC(year, monthIndex, day));
}

describe("readWorkbookGrids", () => {
  it("reads every sheet in workbook order", async () => {
    const bytes = await xlsx((wb) => {
      wb.addWorksheet("Settings").getCell("A1").value = "Organisation";
      wb.addWorksheet("KPIs").getCell("A1").value = "ID";
      wb.addWorksheet("Measurements").getCell("A1").value = "KPI ID";
    });
    const grids = await readWorkbookGrids(bytes);
    expect(grids.sheets.map((g) => g.sheet)).toEqual(["Settings", "KPIs", "Measurements"]);
  });

  it("accepts an ArrayBuffer as well as a Uint8Array", async () => {
    const bytes = await xlsx((wb) => {
      wb.addWorksheet("S").getCell("B2").value = 7;
    });
    const copy = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    const grids = await readWorkbookGrids(copy);
    expect(cellAt(sheetOf(grids, "S"), 1, 1)).toBe(7);
  });

  it("reads numbers, text and booleans as they are", async () => {
    const bytes = await xlsx((wb) => {
      const ws = wb.addWorksheet("S");
      ws.addRow([3612, "1,431", true, false, -6.8]);
    });
    const grid = sheetOf(await readWorkbookGrids(bytes), "S");
    expect(grid.rows).toEqual([[3612, "1,431", true, false, -6.8]]);
  });

  describe("dates", () => {
    it("turns a date into its Excel serial in the 1900 date system", async () => {
      const bytes = await xlsx((wb) => {
        const ws = wb.addWorksheet("S");
        ws.getCell("A1").value = utc(2013, 3 /* Apr */, 1);
        ws.getCell("A1").numFmt = "mmm-yy";
        ws.getCell("A2").value = utc(2012, 8 /* Sep */, 30);
        ws.getCell("A2").numFmt = "dd/mm/yyyy";
      });
      const grid = sheetOf(await readWorkbookGrids(bytes), "S");
      expect(cellAt(grid, 0, 0)).toBe(41365);
      expect(cellAt(grid, 1, 0)).toBe(41182);
      expect(numberFormatAt(grid, 0, 0)).toBe("mmm-yy");
    });

    it("keeps the time of day as the serial's fraction", async () => {
      const bytes = await xlsx((wb) => {
        const ws = wb.addWorksheet("S");
        ws.getCell("A1").value = new Date(Date.UTC(2013, 3 /* Apr */, 1, 18, 0, 0));
        ws.getCell("A1").numFmt = "dd/mm/yyyy hh:mm";
      });
      expect(cellAt(sheetOf(await readWorkbookGrids(bytes), "S"), 0, 0)).toBe(41365.75);
    });

    it("gives 1900-system serials for a workbook saved in the 1904 date system", async () => {
      const bytes = await xlsx((wb) => {
        wb.properties.date1904 = true;
        const ws = wb.addWorksheet("S");
        ws.getCell("A1").value = utc(2013, 3 /* Apr */, 1);
        ws.getCell("A1").numFmt = "mmm-yy";
      });
      expect(cellAt(sheetOf(await readWorkbookGrids(bytes), "S"), 0, 0)).toBe(41365);
    });

    it("turns a date-formatted formula result into a serial", async () => {
      const bytes = await xlsx((wb) => {
        const ws = wb.addWorksheet("S");
        ws.getCell("A1").value = { formula: "DATE(2013,4,1)", result: utc(2013, 3 /* Apr */, 1) };
        ws.getCell("A1").numFmt = "mmm-yy";
      });
      expect(cellAt(sheetOf(await readWorkbookGrids(bytes), "S"), 0, 0)).toBe(41365);
    });
  });

  describe("number formats", () => {
    it("keeps a percentage as the stored fraction with its format", async () => {
      const bytes = await xlsx((wb) => {
        const ws = wb.addWorksheet("S");
        ws.getCell("A1").value = 0.255;
        ws.getCell("A1").numFmt = "0.0%";
        ws.getCell("B1").value = 21012;
        ws.getCell("B1").numFmt = "#,##0";
        ws.getCell("C1").value = 5;
      });
      const grid = sheetOf(await readWorkbookGrids(bytes), "S");
      expect(cellAt(grid, 0, 0)).toBe(0.255);
      expect(grid.numberFormats).toEqual([["0.0%", "#,##0", undefined]]);
    });
  });

  describe("formulas", () => {
    it("reads a formula as its cached result", async () => {
      const bytes = await xlsx((wb) => {
        const ws = wb.addWorksheet("S");
        ws.getCell("A1").value = 19581;
        ws.getCell("A2").value = 21012;
        ws.getCell("A3").value = { formula: "A1-A2", result: -1431 };
        ws.getCell("A4").value = { formula: 'IF(A3<0,"down","up")', result: "down" };
        ws.getCell("A5").value = { formula: "A3<0", result: true };
      });
      const grid = sheetOf(await readWorkbookGrids(bytes), "S");
      expect(grid.rows.map((r) => r[0])).toEqual([19581, 21012, -1431, "down", true]);
    });

    it("reads each cell of a shared formula as its own cached result", async () => {
      const bytes = await xlsx((wb) => {
        const ws = wb.addWorksheet("S");
        ws.getColumn(1).values = [1, 2, 3];
        // ExcelJS writes a shared formula from these fields, though its typings omit `shareType` and `ref`.
        const master = { formula: "A1*10", result: 10, shareType: "shared", ref: "B1:B3" };
        ws.getCell("B1").value = master as ExcelJS.CellFormulaValue;
        ws.getCell("B2").value = { sharedFormula: "B1", result: 20 };
        ws.getCell("B3").value = { sharedFormula: "B1", result: 30 };
      });
      const grid = sheetOf(await readWorkbookGrids(bytes), "S");
      expect(grid.rows.map((r) => r[1])).toEqual([10, 20, 30]);
    });

    it("reads an error result as a CellError", async () => {
      const bytes = await xlsx((wb) => {
        const ws = wb.addWorksheet("S");
        ws.getCell("A1").value = { formula: "1/0", result: { error: "#DIV/0!" } };
      });
      expect(cellAt(sheetOf(await readWorkbookGrids(bytes), "S"), 0, 0)).toEqual({ error: "#DIV/0!" });
    });

    it("reads a formula that was never calculated as empty", async () => {
      const bytes = await xlsx((wb) => {
        const ws = wb.addWorksheet("S");
        ws.getCell("A1").value = "Total";
        ws.getCell("B1").value = { formula: "SUM(C1:C9)" };
      });
      const grid = sheetOf(await readWorkbookGrids(bytes), "S");
      // The empty formula cell is trailing, so the row is trimmed to the label.
      expect(grid.rows).toEqual([["Total"]]);
    });
  });

  it("reads an error value as a CellError, apart from text that looks like one", async () => {
    const bytes = await xlsx((wb) => {
      const ws = wb.addWorksheet("S");
      ws.getCell("A1").value = { error: "#N/A" };
      ws.getCell("B1").value = "#N/A";
    });
    expect(sheetOf(await readWorkbookGrids(bytes), "S").rows).toEqual([[{ error: "#N/A" }, "#N/A"]]);
  });

  it("reads rich text and hyperlinks as their plain text", async () => {
    const bytes = await xlsx((wb) => {
      const ws = wb.addWorksheet("S");
      ws.getCell("A1").value = { richText: [{ text: "Total " }, { font: { bold: true }, text: "Crime" }] };
      ws.getCell("B1").value = { text: "Police and Crime Plan", hyperlink: "https://www.dorset.pcc.police.uk/" };
    });
    expect(sheetOf(await readWorkbookGrids(bytes), "S").rows).toEqual([["Total Crime", "Police and Crime Plan"]]);
  });

  it("gives merged ranges 0-based and inclusive, clipped to the grid, with the value in the top-left cell only", async () => {
    const bytes = await xlsx((wb) => {
      const ws = wb.addWorksheet("S");
      ws.getCell("C1").value = "Apr - Sep";
      ws.mergeCells("C1:D1");
      ws.getCell("A1").value = "Priority";
      ws.mergeCells("A1:A3");
      ws.getCell("C2").value = "2012/13";
      ws.getCell("D2").value = "2013/14";
    });
    const grid = sheetOf(await readWorkbookGrids(bytes), "S");
    // A1:A3 reaches below the last row with data (row 2): clipped, as every row below the grid is empty.
    expect(grid.merges).toEqual([
      { top: 0, left: 0, bottom: 1, right: 0 },
      { top: 0, left: 2, bottom: 0, right: 3 },
    ]);
    expect(grid.rows).toEqual([
      ["Priority", null, "Apr - Sep", null],
      [null, null, "2012/13", "2013/14"],
    ]);
  });

  it("lists hidden rows by 0-based index", async () => {
    const bytes = await xlsx((wb) => {
      const ws = wb.addWorksheet("S");
      ws.addRows([["KPI ID"], ["P1-01"], ["P1-02"], ["P1-03"]]);
      ws.getRow(3).hidden = true;
    });
    expect(sheetOf(await readWorkbookGrids(bytes), "S").hiddenRows).toEqual([2]);
  });

  it("marks hidden and very hidden sheets", async () => {
    const bytes = await xlsx((wb) => {
      wb.addWorksheet("Visible").getCell("A1").value = 1;
      wb.addWorksheet("Hidden", { state: "hidden" }).getCell("A1").value = 1;
      wb.addWorksheet("VeryHidden", { state: "veryHidden" }).getCell("A1").value = 1;
    });
    const grids = await readWorkbookGrids(bytes);
    expect(grids.sheets.map((g) => [g.sheet, g.hidden])).toEqual([
      ["Visible", false],
      ["Hidden", true],
      ["VeryHidden", true],
    ]);
  });

  it("trims trailing empty rows and columns but keeps inner blanks", async () => {
    const bytes = await xlsx((wb) => {
      const ws = wb.addWorksheet("S");
      ws.getCell("B2").value = "x";
      ws.getCell("D4").value = 1;
      ws.getCell("H20").numFmt = "0%"; // styled but empty: not data
      ws.getCell("F10").value = "";
    });
    const grid = sheetOf(await readWorkbookGrids(bytes), "S");
    expect(grid.rows).toEqual([
      [null, null, null, null],
      [null, "x", null, null],
      [null, null, null, null],
      [null, null, null, 1],
    ]);
    expect(grid.numberFormats).toHaveLength(4);
  });

  it("reads an empty sheet as no rows", async () => {
    const bytes = await xlsx((wb) => {
      wb.addWorksheet("Empty");
    });
    const grid = sheetOf(await readWorkbookGrids(bytes), "Empty");
    expect(grid.rows).toEqual([]);
    expect(grid.merges).toEqual([]);
    expect(grid.hiddenRows).toEqual([]);
  });

  it("stops at maxRows and says how many rows the sheet had", async () => {
    const bytes = await xlsx((wb) => {
      const ws = wb.addWorksheet("S");
      for (let r = 1; r <= 10; r++) ws.getCell(r, 1).value = r;
    });
    const grid = sheetOf(await readWorkbookGrids(bytes, { maxRows: 4 }), "S");
    expect(grid.rows).toEqual([[1], [2], [3], [4]]);
    expect(grid.totalRows).toBe(10);
  });

  describe("edge cases", () => {
    it("rejects bytes that are not an .xlsx package with a message saying what they are", async () => {
      await expect(readWorkbookGrids(new TextEncoder().encode("KPI ID,Period\n"))).rejects.toThrow(messageText("FILE_TEXT", "CSV, values separated by commas"));
    });

    it("leaves totalRows out when the whole sheet was read", async () => {
      const bytes = await xlsx((wb) => {
        wb.addWorksheet("S").getCell("A1").value = 1;
      });
      expect(sheetOf(await readWorkbookGrids(bytes, { maxRows: 4 }), "S").totalRows).toBeUndefined();
    });
  });
});
