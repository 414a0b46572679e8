/**
 * Writes a generated KPI workbook (`generateKpiWorkbook`) to disk as an .xlsx, for the file table of the bench: the
 * command line reads it as an analyst's file. ExcelJS's streaming writer writes it (shared strings, number formats),
 * as a spreadsheet program would; it stays a development dependency for this and the test fixtures.
 */
import ExcelJS from "exceljs";
import type { WorkbookGrids } from "../src/model/grid";

/** @example await writeWorkbookFile(generateKpiWorkbook({ kpis: 10 }), "/tmp/10.xlsx") */
export async function writeWorkbookFile(grids: WorkbookGrids, path: string): Promise<void> {
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useSharedStrings: true, useStyles: true });
  for (const grid of grids.sheets) {
    const sheet = book.addWorksheet(grid.sheet);
    grid.rows.forEach((row, r) => {
      const line = sheet.getRow(r + 1);
      row.forEach((value, c) => {
        if (value === null) return;
        const cell = line.getCell(c + 1);
        cell.value = value as ExcelJS.CellValue;
        const format = grid.numberFormats?.[r]?.[c];
        if (format) cell.numFmt = format;
      });
      line.commit();
    });
    sheet.commit();
  }
  await book.commit();
}
