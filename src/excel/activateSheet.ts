/**
 * Shows a sheet, for the task pane's links to the sheets a build wrote.
 */
import type { ExcelRun } from "./excelRun";
import { withVisibleSheet } from "./withVisibleSheet";

/**
 * Activates the named sheet; rejects with a plain message if it is missing or hidden.
 * @example await activateSheet(Excel.run, "Scorecard Q2 2013-14");
 */
export async function activateSheet(run: ExcelRun, sheet: string): Promise<void> {
  await withVisibleSheet(run, sheet, (s) => s.activate());
}
