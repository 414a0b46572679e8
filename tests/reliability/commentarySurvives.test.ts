/**
 * Commentary an analyst types into a built scorecard survives a rebuild of the same quarter, in Excel (the Office.js
 * host through the fake) and in an .xlsx (the file host): for a KPI whose commentary came from the Notes sheet (an
 * edit), for one that had none (an addition), and text Excel would read as a formula if it were typed in again.
 */
import { createExcelHost } from "../../src/excel/excelHost";
import { createFileHost } from "../../src/files/fileHost";
import { readWorkbookGrids } from "../../src/files/readWorkbook";
import { findGrid } from "../../src/model/grid";
import { outputSheetName } from "../../src/model/outputSheets";
import type { BuildOutcome } from "../../src/pipeline";
import { runBuild } from "../../src/pipeline";
import type { FakeWorkbookState } from "../fakes/fakeExcel";
import { createFakeExcel } from "../fakes/fakeExcel";
import { AS_OF, OFFICE_OPTIONS, sampleBytes, sampleState } from "./support/sampleWorkbook";
import { commentaryCell, fakeSheetRows, typeIntoPackage, typeNumberIntoPackage, valueAt } from "./support/scorecardCells";

const SCORECARD = outputSheetName("scorecard", "Q2 2013-14");
/** KPIs of the sample: P1-01 has commentary on the Notes sheet, P1-03 has none. */
const EDITED = "P1-01";
const ADDED = "P1-03";
const UNTOUCHED = "P1-02";
const TYPED: Readonly<Record<string, string>> = {
  [EDITED]: "Edited after the build: 1,431 fewer crimes; the Chief Constable has the figures.",
  [ADDED]: "+ve trend, typed into the scorecard (no Notes row).",
};

/**
 * Commentary Excel stores as a number: `10%` typed into a General cell is 0.1 shown `0%`, `1 Apr 2014` is 41730
 * shown `d-mmm-yy` (built-in format 15). A rebuild keeps what the analyst sees, not the number underneath.
 */
const TYPED_AS_NUMBERS = [
  { id: EDITED, value: 0.1, numberFormat: "0%", numFmtId: 9, shown: "10%" },
  { id: ADDED, value: 41730, numberFormat: "d-mmm-yy", numFmtId: 15, shown: "1-Apr-14" },
] as const;

function expectBuilt(outcome: BuildOutcome): void {
  expect(outcome.status).toBe("built");
}

describe("commentary typed into a scorecard", () => {
  describe("in Excel (the Office.js host through the fake)", () => {
    function scorecardRows(state: FakeWorkbookState) {
      const sheet = state.sheets.find((s) => s.name === SCORECARD);
      if (!sheet) throw new Error("no scorecard");
      return { sheet, rows: fakeSheetRows(sheet) };
    }

    it("survives a rebuild: an edit, an addition, and the commentary left alone", async () => {
      const first = createFakeExcel(await sampleState());
      expectBuilt(await runBuild(createExcelHost(first.run, OFFICE_OPTIONS), { asOf: AS_OF }));
      const edited = first.state;
      const { sheet, rows } = scorecardRows(edited);
      expect(valueAt(rows, commentaryCell(rows, EDITED))).toEqual(expect.any(String));
      expect(valueAt(rows, commentaryCell(rows, ADDED))).toBeNull();
      const untouched = valueAt(rows, commentaryCell(rows, UNTOUCHED));
      for (const [id, text] of Object.entries(TYPED)) {
        const address = commentaryCell(rows, id);
        // Typed as text (Excel keeps a typed `+ve` as text when the analyst starts it with an apostrophe).
        sheet.cells[address] = { ...sheet.cells[address], value: text };
      }

      const second = createFakeExcel(edited);
      expectBuilt(await runBuild(createExcelHost(second.run, OFFICE_OPTIONS), { asOf: AS_OF }));
      const after = scorecardRows(second.state).rows;
      for (const [id, text] of Object.entries(TYPED)) expect({ id, value: valueAt(after, commentaryCell(after, id)) }).toEqual({ id, value: text });
      expect(valueAt(after, commentaryCell(after, UNTOUCHED))).toEqual(untouched);
    }, 30_000);

    it("survives a rebuild as the analyst sees it when Excel stored it as a number (a percentage, a date)", async () => {
      const first = createFakeExcel(await sampleState());
      expectBuilt(await runBuild(createExcelHost(first.run, OFFICE_OPTIONS), { asOf: AS_OF }));
      const edited = first.state;
      const { sheet, rows } = scorecardRows(edited);
      for (const typed of TYPED_AS_NUMBERS) {
        const address = commentaryCell(rows, typed.id);
        sheet.cells[address] = { ...sheet.cells[address], value: typed.value, numberFormat: typed.numberFormat };
      }
      const second = createFakeExcel(edited);
      expectBuilt(await runBuild(createExcelHost(second.run, OFFICE_OPTIONS), { asOf: AS_OF }));
      const after = scorecardRows(second.state).rows;
      for (const typed of TYPED_AS_NUMBERS) expect({ id: typed.id, value: valueAt(after, commentaryCell(after, typed.id)) }).toEqual({ id: typed.id, value: typed.shown });
    }, 30_000);
  });

  describe("in an .xlsx (the file host)", () => {
    it("survives a rebuild: an edit, an addition, and the commentary left alone", async () => {
      const first = createFileHost(sampleBytes());
      expectBuilt(await runBuild(first, { asOf: AS_OF }));
      const built = findGrid(await readWorkbookGrids(first.output()), SCORECARD);
      if (!built) throw new Error("no scorecard");
      expect(valueAt(built.rows, commentaryCell(built.rows, EDITED))).toEqual(expect.any(String));
      expect(valueAt(built.rows, commentaryCell(built.rows, ADDED))).toBeNull();
      const untouched = valueAt(built.rows, commentaryCell(built.rows, UNTOUCHED));

      let edited = first.output();
      for (const [id, text] of Object.entries(TYPED)) edited = typeIntoPackage(edited, SCORECARD, commentaryCell(built.rows, id), text);
      const second = createFileHost(edited);
      expectBuilt(await runBuild(second, { asOf: AS_OF }));
      const after = findGrid(await readWorkbookGrids(second.output()), SCORECARD);
      if (!after) throw new Error("no scorecard after the rebuild");
      for (const [id, text] of Object.entries(TYPED)) expect({ id, value: valueAt(after.rows, commentaryCell(after.rows, id)) }).toEqual({ id, value: text });
      expect(valueAt(after.rows, commentaryCell(after.rows, UNTOUCHED))).toEqual(untouched);
    }, 30_000);

    it("survives a rebuild as the analyst sees it when Excel stored it as a number (a percentage, a date)", async () => {
      const first = createFileHost(sampleBytes());
      expectBuilt(await runBuild(first, { asOf: AS_OF }));
      const built = findGrid(await readWorkbookGrids(first.output()), SCORECARD);
      if (!built) throw new Error("no scorecard");
      let edited = first.output();
      for (const typed of TYPED_AS_NUMBERS) edited = typeNumberIntoPackage(edited, SCORECARD, commentaryCell(built.rows, typed.id), typed.value, typed.numFmtId);
      const second = createFileHost(edited);
      expectBuilt(await runBuild(second, { asOf: AS_OF }));
      const after = findGrid(await readWorkbookGrids(second.output()), SCORECARD);
      if (!after) throw new Error("no scorecard after the rebuild");
      for (const typed of TYPED_AS_NUMBERS) expect({ id: typed.id, value: valueAt(after.rows, commentaryCell(after.rows, typed.id)) }).toEqual({ id: typed.id, value: typed.shown });
    }, 30_000);
  });
});
