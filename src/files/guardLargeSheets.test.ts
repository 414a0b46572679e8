import ExcelJS from "exceljs";
import { messageText } from "../messages";
import { ingestWorkbook } from "../ingest";
import { findGrid } from "../model/grid";
import { guardLargeSheets, KEPT_ROWS } from "./guardLargeSheets";
import { readWorkbookGrids } from "./readWorkbook";

async function workbookWith(dataRows: number, sheetName = "Measurements & data"): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  book.addWorksheet("KPIs").addRows([["ID", "Name", "Unit", "Polarity"], ["P1", "Crime", "count", "lower"]]);
  const data = book.addWorksheet(sheetName);
  data.addRow(["KPI ID", "Period", "Value"]);
  for (let r = 1; r < dataRows; r++) data.addRow(["P1", `2013-${String((r % 12) + 1).padStart(2, "0")}`, r]);
  return new Uint8Array(await book.xlsx.writeBuffer());
}

describe("guardLargeSheets", () => {
  it("passes a package with no oversized sheet through untouched, not even re-zipped", async () => {
    const bytes = await workbookWith(100);
    const guarded = guardLargeSheets(bytes);
    expect(guarded.data).toBe(bytes);
    expect(guarded.cut.size).toBe(0);
  });

  it("cuts an oversized sheet to its first rows and says how many it really has", async () => {
    const bytes = await workbookWith(3000);
    const guarded = guardLargeSheets(bytes, 20_000);
    expect([...guarded.cut]).toEqual([["Measurements & data", 3000]]);
    const grids = await readWorkbookGrids(bytes, { maxSheetBytes: 20_000 });
    const data = findGrid(grids, "Measurements & data")!;
    expect(data.rows).toHaveLength(KEPT_ROWS);
    expect(data.rows[1]).toEqual(["P1", "2013-02", 1]);
    expect(data.totalRows).toBe(3000);
    expect(findGrid(grids, "KPIs")?.rows).toHaveLength(2);
  });

  it("leads ingest to a located SHEET_TOO_LARGE rather than a build on part of the data", async () => {
    const grids = await readWorkbookGrids(await workbookWith(3000, "Measurements"), { maxSheetBytes: 20_000 });
    const issues = ingestWorkbook(grids).issues.filter((i) => i.code === "SHEET_TOO_LARGE");
    expect(issues).toEqual([
      expect.objectContaining({ sheet: "Measurements", cell: `A${KEPT_ROWS + 1}`, message: messageText("SHEET_TOO_LARGE", "3000", String(KEPT_ROWS)) }),
    ]);
  });

  describe("edge cases", () => {
    it("leaves bytes that are not a zip for ExcelJS to reject in its own words", () => {
      const text = new TextEncoder().encode("not a workbook");
      expect(guardLargeSheets(text).data).toBe(text);
    });
  });
});
