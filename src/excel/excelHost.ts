/**
 * The Office.js host as the pipeline sees it: `read` and `render` over `Excel.run` (or the fake's `run` in tests).
 */
import type { WorkbookHost } from "../pipeline";
import type { ExcelRun } from "./excelRun";
import type { ReadWorkbookOptions } from "./readWorkbook";
import { readWorkbook } from "./readWorkbook";
import type { RenderPlanOptions } from "./renderPlan";
import { renderPlan } from "./renderPlan";

export interface ExcelHostOptions {
  readonly read?: ReadWorkbookOptions;
  readonly render?: RenderPlanOptions;
}

/**
 * @example const outcome = await runBuild(createExcelHost(Excel.run), { asOf });
 */
export function createExcelHost(run: ExcelRun, options: ExcelHostOptions = {}): WorkbookHost {
  return {
    read: (needs) => readWorkbook(run, needs ? { ...options.read, needs } : options.read),
    render: async (job) => {
      await renderPlan(run, job.plan, { replaceSheets: job.replaceSheets, store: job.store }, options.render);
    },
  };
}
