/**
 * A data sheet at Excel's last row (1,048,576) gives a clear message or builds, never a hang, in both hosts. Each
 * test's timeout is the proof: several times what it takes here (noted per test), far below "hung".
 *
 * The fake Excel keeps cells sparsely (keyed by address), so a used range reaching the last row costs only the cells
 * that hold something; the Office.js host reads a bounded part of it whatever the sheet's size.
 */
import { createExcelHost } from "../../src/excel/excelHost";
import { createFileHost } from "../../src/files/fileHost";
import { messageText } from "../../src/messages";
import { parseA1 } from "../../src/model/address";
import type { BuildOutcome } from "../../src/pipeline";
import { runBuild } from "../../src/pipeline";
import type { FakeWorkbookState } from "../fakes/fakeExcel";
import { createFakeExcel } from "../fakes/fakeExcel";
import { EXCEL_MAX_ROWS, measurementsAtExcelLimit } from "./support/measurementsAtExcelLimit";
import { AS_OF, OFFICE_OPTIONS, sampleBytes, sampleState } from "./support/sampleWorkbook";

const FIVE_MB = 5 * 1024 * 1024;
/** The full-sheet file test takes about 45 s and 3.3 GB here; run it with SCORECARD_SLOW_TESTS=1. */
const slow = process.env.SCORECARD_SLOW_TESTS ? it : it.skip;

/** The sample with its Measurements sheet reaching the last row: a stray value there, and data filled down to `denseTo`. */
async function atLastRow(denseTo: number): Promise<FakeWorkbookState> {
  const state = await sampleState();
  const sheet = state.sheets.find((s) => s.name === "Measurements");
  if (!sheet) throw new Error("no Measurements sheet");
  const first = Object.keys(sheet.cells).reduce((n, key) => Math.max(n, parseA1(key)?.row ?? 0), 0) + 1;
  for (let row = first; row < denseTo; row++) {
    const i = row - first;
    // P1-01 by ward, month after month from Apr-11: distinct, readable measurements.
    sheet.cells[`A${row + 1}`] = { value: "P1-01" };
    sheet.cells[`B${row + 1}`] = { value: Math.round((Date.UTC(2011, 3 + (i % 30), 1) - Date.UTC(1899, 11, 30)) / 86_400_000), numberFormat: "mmm-yy" };
    sheet.cells[`C${row + 1}`] = { value: (i * 7) % 500 };
    sheet.cells[`D${row + 1}`] = { value: `Ward ${Math.floor(i / 30) + 1}` };
  }
  sheet.cells[`D${EXCEL_MAX_ROWS}`] = { value: "checked" };
  return state;
}

function tooLarge(outcome: BuildOutcome) {
  return outcome.issues.find((i) => i.code === "SHEET_TOO_LARGE" && i.sheet === "Measurements");
}

describe("a data sheet reaching Excel's last row", () => {
  describe("in Excel (the Office.js host through the fake)", () => {
    it.each([
      ["a stray value in its last row", 0],
      ["data filled down to row 60,000 and a value in its last row", 60_000],
    ])("says the sheet is too large after reading a bounded part, in at most 6 syncs, with %s", async (_, denseTo) => {
      const excel = createFakeExcel(await atLastRow(denseTo));
      const outcome = await runBuild(createExcelHost(excel.run, OFFICE_OPTIONS), { asOf: AS_OF });
      const issue = tooLarge(outcome);
      expect(issue).toBeDefined();
      // Located at the first row not read; the message says how many rows were.
      const read = parseA1(issue?.cell ?? "")?.row ?? -1;
      expect(read).toBeGreaterThan(0);
      expect(issue?.message).toBe(messageText("SHEET_TOO_LARGE", String(EXCEL_MAX_ROWS), String(read)));
      expect(["built", "blocked"]).toContain(outcome.status);
      expect(excel.stats.syncs).toBeLessThanOrEqual(6);
      expect(Math.max(...excel.stats.responseBytes)).toBeLessThan(FIVE_MB);
      expect(Math.max(...excel.stats.requestBytes)).toBeLessThan(FIVE_MB);
    }, 20_000 /* about 1 s here */);
  });

  describe("in an .xlsx (the file host)", () => {
    it("builds a workbook whose Measurements dimension is A1:D1048576, pointing at the stray value in the last row", async () => {
      const bytes = measurementsAtExcelLimit(sampleBytes(), "sparse");
      const host = createFileHost(bytes);
      const outcome = await runBuild(host, { asOf: AS_OF });
      expect(outcome.status).toBe("built");
      const stray = outcome.issues.find((i) => i.sheet === "Measurements" && i.cell === `A${EXCEL_MAX_ROWS}`);
      expect(stray?.message).toBe(messageText("VALUE_MISSING", "KPI ID", "the ID of a KPI in the KPI register"));
      expect(host.output().length).toBeGreaterThan(bytes.length);
    }, 30_000 /* about 2 s here */);

    slow("builds a workbook whose Measurements sheet is filled to row 1,048,576", async () => {
      const host = createFileHost(measurementsAtExcelLimit(sampleBytes(), "full"));
      const outcome = await runBuild(host, { asOf: AS_OF });
      expect(outcome.status).toBe("built");
      expect(tooLarge(outcome)).toBeUndefined();
    }, 180_000);
  });
});
