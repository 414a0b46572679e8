/**
 * The file host: a workbook held as .xlsx bytes. Reading goes through ExcelJS; rendering writes the plan into a
 * copy of the package at the part level, so the analyst's charts, pivot tables and names survive (ExcelJS would
 * drop them on a re-save). The input bytes are never modified: `output()` is a new package.
 */
import type { WorkbookHost } from "../pipeline";
import { readWorkbookGrids } from "./readWorkbook";
import { writeScorecardPackage } from "./xlsx/writeScorecardPackage";

export interface FileHost extends WorkbookHost {
  /** The built workbook; the input itself until something has been rendered. */
  output(): Uint8Array;
}

/** @example const host = createFileHost(bytes); await runBuild(host, request); save(host.output()); */
export function createFileHost(input: Uint8Array): FileHost {
  let output = input;
  return {
    read: () => readWorkbookGrids(input),
    render: async (job) => {
      output = writeScorecardPackage(input, job.plan, { replaceSheets: job.replaceSheets, store: job.store });
    },
    output: () => output,
  };
}
