/**
 * The bundled sample workbook for the reliability tests, as bytes (file host) and as the fake Excel's state (Office.js
 * host), with the clock and requirement sets every build here uses.
 */
import { readFileSync } from "fs";
import { join } from "path";
import { readWorkbookGrids } from "../../../src/files/readWorkbook";
import type { WorkbookGrids } from "../../../src/model/grid";
import type { Month } from "../../../src/model/period";
import type { FakeWorkbookState } from "../../fakes/fakeExcel";
import { fakeStateFromGrids } from "../../fakes/fakeExcel";

export const SAMPLE_PATH = join(__dirname, "..", "..", "..", "samples", "sample-kpi-workbook.xlsx");
/** January 2014: Q2 2013-14 is the latest complete quarter with data, the one the sample reports. */
export const AS_OF: Month = { kind: "month", year: 2014, month: 1 };
/** Excel on the web: hidden rows (1.9) and merges (1.13) are read. */
export const ALL_SETS = (): boolean => true;
export const OFFICE_OPTIONS = { read: { isSetSupported: ALL_SETS } } as const;

let bytes: Uint8Array | null = null;
let grids: WorkbookGrids | null = null;

export function sampleBytes(): Uint8Array {
  bytes ??= new Uint8Array(readFileSync(SAMPLE_PATH));
  return bytes;
}

/** The sample as the file host reads it; a deep copy each time, so a test may edit it. */
export async function sampleGrids(): Promise<WorkbookGrids> {
  grids ??= await readWorkbookGrids(sampleBytes());
  return JSON.parse(JSON.stringify(grids)) as WorkbookGrids;
}

/** The sample seeded into the fake Excel. @example createFakeExcel(await sampleState()) */
export async function sampleState(): Promise<FakeWorkbookState> {
  return fakeStateFromGrids(await sampleGrids());
}
