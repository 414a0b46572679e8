import type { ExcelRun } from "./excelRun";

/**
 * The real `Excel.run`, for the add-in; tests pass the fake's `run` to the same host functions instead.
 * @example await readWorkbook(officeRun)
 */
export const officeRun: ExcelRun = (options, batch) => Excel.run(options, batch);
