/**
 * "Use this text" in the task pane: a KPI's drafted commentary written into its Commentary cell on the scorecard
 * the build wrote, where a rebuild keeps it like anything an analyst types there.
 */
import { HEADER_COMMENTARY, HEADER_ID } from "../layout/scorecardColumns";
import { messageText } from "../messages";
import { describeOfficeError, officeErrorCode } from "./describeOfficeError";
import { ExcelHostError } from "./excelHostError";
import type { ExcelRun } from "./excelRun";
import { RUN_OPTIONS } from "./excelRun";
import { needsTextFormat } from "./needsTextFormat";

export interface WriteCommentaryRequest {
  readonly sheet: string;
  readonly kpiId: string;
  readonly text: string;
}

/**
 * Writes `text` into the Commentary cell of the KPI's row and selects it, in one sync. The row and the column are
 * found by the KPI's ID under the ID header and by the Commentary header, so rows or columns the analyst inserted
 * since the build do not send the text to the wrong cell; a scorecard without the KPI or the columns is refused
 * in words and nothing is written. Resolves with the cell's address (`L12`).
 * @example await writeCommentary(Excel.run, { sheet: "Scorecard Q2 2013-14", kpiId: "P1-03", text: "Repeat victims fell by 15.0%." })
 */
export async function writeCommentary(run: ExcelRun, request: WriteCommentaryRequest): Promise<string> {
  try {
    return await run(RUN_OPTIONS, async (context) => {
      // Every step is queued before the one sync: a failed lookup (ItemNotFound) stops the batch before the write.
      const sheet = context.workbook.worksheets.getItem(request.sheet);
      const used = sheet.getUsedRange();
      const header = { completeMatch: true, matchCase: false };
      const idColumn = used.find(HEADER_ID, header).getEntireColumn();
      const commentaryColumn = used.find(HEADER_COMMENTARY, header).getEntireColumn();
      const row = idColumn.find(request.kpiId, { completeMatch: true, matchCase: true }).getEntireRow();
      const cell = row.getIntersection(commentaryColumn);
      // Written as text when Excel would read it as something else (a leading "=", a date, a number).
      if (needsTextFormat(request.text)) cell.numberFormat = [["@"]];
      cell.values = [[request.text]];
      sheet.activate();
      cell.select();
      cell.load("address");
      await context.sync();
      return cell.address.replace(/^.*!/, "");
    });
  } catch (error) {
    if (officeErrorCode(error) === "ItemNotFound") {
      throw new ExcelHostError(messageText("EXCEL_COMMENTARY_CELL_MISSING", request.sheet, request.kpiId), "ItemNotFound", error);
    }
    throw new ExcelHostError(describeOfficeError(error), officeErrorCode(error), error);
  }
}
