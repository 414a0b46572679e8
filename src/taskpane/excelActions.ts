/**
 * PLACEHOLDER until the Office.js host is wired: the lead engineer replaces this file with the real
 * `createExcelActions`, built on `src/excel` (readWorkbook / renderPlan / selectCell / activateSheet) and
 * `summariseBuild` for the response. Throwing here makes the pane show "not wired yet" in Excel instead of failing
 * silently; the standalone page does not use it.
 */
import type { PaneActions } from "./actions";

/** @example const actions = createExcelActions(); await actions.inspect(); */
export function createExcelActions(): PaneActions {
  throw new Error("The Excel connection is not wired yet.");
}
