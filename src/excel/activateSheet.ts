/**
 * Shows a sheet, for the task pane's links to the sheets a build wrote.
 */
import { messageText } from "../messages";
import { describeOfficeError, officeErrorCode } from "./describeOfficeError";
import { ExcelHostError } from "./excelHostError";
import type { ExcelRun } from "./excelRun";
import { RUN_OPTIONS } from "./excelRun";

/**
 * Finds a sheet by name and says plainly why it cannot be shown (gone, hidden). Two syncs: look, then act.
 */
export async function withVisibleSheet(run: ExcelRun, name: string, act: (sheet: Excel.Worksheet) => void): Promise<void> {
  try {
    await run(RUN_OPTIONS, async (context) => {
      const sheet = context.workbook.worksheets.getItemOrNullObject(name);
      sheet.load("visibility");
      await context.sync();
      if (sheet.isNullObject) throw new ExcelHostError(messageText("EXCEL_SHEET_NOT_FOUND", name), "ItemNotFound");
      if (sheet.visibility !== "Visible") throw new ExcelHostError(messageText("EXCEL_SHEET_HIDDEN", name), "InvalidOperation");
      act(sheet);
      await context.sync();
    });
  } catch (error) {
    if (error instanceof ExcelHostError) throw error;
    throw new ExcelHostError(describeOfficeError(error), officeErrorCode(error), error);
  }
}

/**
 * Activates the named sheet; rejects with a plain message if it is missing or hidden.
 * @example await activateSheet(Excel.run, "Scorecard Q2 2013-14");
 */
export async function activateSheet(run: ExcelRun, sheet: string): Promise<void> {
  await withVisibleSheet(run, sheet, (s) => s.activate());
}
