/**
 * Selects the cell an issue points at, for the task pane's issue list.
 */
import { parseA1 } from "../model/address";
import { messageText } from "../messages";
import { withVisibleSheet } from "./withVisibleSheet";
import { ExcelHostError } from "./excelHostError";
import type { ExcelRun } from "./excelRun";

/**
 * Activates `sheet` and selects `cell` (`C7`, or a range such as `B2:D4`); rejects with a plain message when the
 * sheet is missing or hidden or the address is not one.
 * @example await selectCell(Excel.run, "Measurements", "C7");
 */
export async function selectCell(run: ExcelRun, sheet: string, cell: string): Promise<void> {
  const parts = cell.replace(/\$/g, "").trim().split(":");
  if (parts.length > 2 || parts.some((p) => !parseA1(p))) throw new ExcelHostError(messageText("EXCEL_CELL_INVALID", cell), "InvalidArgument");
  const address = parts.join(":").toUpperCase();
  await withVisibleSheet(run, sheet, (s) => {
    s.activate();
    s.getRange(address).select();
  });
}
