/**
 * The task pane's links land on a sheet: this finds it, refuses plainly if it is gone or hidden, then acts on it.
 */
import { messageText } from "../messages";
import { describeOfficeError, officeErrorCode } from "./describeOfficeError";
import { ExcelHostError } from "./excelHostError";
import type { ExcelRun } from "./excelRun";
import { RUN_OPTIONS } from "./excelRun";

/**
 * Finds a sheet by name and says plainly why it cannot be shown (gone, hidden). Two syncs: look, then act.
 * @example await withVisibleSheet(run, "KPIs", (sheet) => sheet.activate());
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
