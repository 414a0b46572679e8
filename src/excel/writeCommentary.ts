/**
 * "Use this text" in the task pane: a KPI's drafted commentary written into its Commentary cell on the scorecard
 * the build wrote, where a rebuild keeps it like anything an analyst types there.
 */
import type { CommentaryLocation } from "../layout/locateCommentary";
import { HEADER_COMMENTARY } from "../layout/scorecardColumns";
import { messageText } from "../messages";
import { describeOfficeError, officeErrorCode } from "./describeOfficeError";
import { ExcelHostError } from "./excelHostError";
import type { ExcelRun } from "./excelRun";
import { RUN_OPTIONS } from "./excelRun";
import { needsTextFormat } from "./needsTextFormat";

/** Excel's Find takes at most 255 characters. */
const MOST_FIND_CHARACTERS = 255;

/**
 * Writes `text` into the KPI's Commentary cell and selects it, in one sync. The row is the one the build put the KPI
 * on, checked by finding the KPI's name (and printed ID) there; the column is found by its Commentary header. Both
 * searches are on cells a reader sees, and both are part of the range written, so a failed one (ItemNotFound: the
 * sheet is gone, rows were inserted above, the header renamed) stops the batch before anything is written, and the
 * analyst is told in words. Resolves with the cell's address (`N12`).
 * @example await writeCommentary(Excel.run, { ...locateCommentary(plan, "P1-03"), text: "Repeat victims fell by 15.0%." })
 */
export async function writeCommentary(run: ExcelRun, request: CommentaryLocation & { readonly text: string }): Promise<string> {
  try {
    return await run(RUN_OPTIONS, async (context) => {
      const sheet = context.workbook.worksheets.getItem(request.sheet);
      const line = sheet.getRange(`${request.row}:${request.row}`);
      const exact = { completeMatch: true, matchCase: true };
      const name = request.name.slice(0, MOST_FIND_CHARACTERS);
      let row = line.find(name, { ...exact, completeMatch: name.length === request.name.length }).getEntireRow();
      if (request.printedId !== null) row = row.getIntersection(line.find(request.printedId, exact).getEntireRow());
      const column = sheet.getUsedRange().find(HEADER_COMMENTARY, { completeMatch: true, matchCase: false }).getEntireColumn();
      const cell = row.getIntersection(column);
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
      throw new ExcelHostError(messageText("EXCEL_COMMENTARY_CELL_MISSING", request.sheet, request.name), "ItemNotFound", error);
    }
    throw new ExcelHostError(describeOfficeError(error), officeErrorCode(error), error);
  }
}
