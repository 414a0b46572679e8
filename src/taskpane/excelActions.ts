/**
 * The pane's actions inside Excel. The engine (Office.js host + pipeline) is a separate chunk, requested as soon as
 * the pane starts, so the in-Office entry stays small; every action waits for it.
 */
import type { PaneActions } from "./actions";

/** @example root.render(<App actions={createExcelActions()} theme={theme} />) */
export function createExcelActions(now: () => Date = () => new Date()): PaneActions {
  const engine = import(/* webpackChunkName: "engine" */ "./excelEngine").then((m) => m.createExcelEngine(now));
  return {
    inspect: async (settings, mapping) => (await engine).inspect(settings, mapping),
    detect: async (mapping, settings, period) => (await engine).detect(mapping, settings, period),
    build: async (request, onStep) => (await engine).build(request, onStep),
    applyCommentary: async (request) => (await engine).applyCommentary(request),
    activateSheet: async (sheet) => (await engine).activateSheet(sheet),
    selectCell: async (sheet, cell) => (await engine).selectCell(sheet, cell),
  };
}
