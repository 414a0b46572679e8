/**
 * An analyst's own sheets survive a build in both hosts, whatever the store says and whatever they are named: a
 * `_scorecard_builder` store whose build rows list the analyst's sheets (the store is data from a file) replaces
 * none of them, and an analyst's sheet already called `Scorecard Q2 2013-14` (in any case) is kept, the build's
 * own sheet numbered beside it with an info issue. A period far outside the data is refused by both, the workbook
 * left as it was.
 */
import ExcelJS from "exceljs";
import { unzipSync } from "fflate";
import { createExcelHost } from "../../src/excel/excelHost";
import { createFileHost } from "../../src/files/fileHost";
import { sheetPartOf } from "../../src/files/xlsx/testing/inspectPackage";
import { messageText } from "../../src/messages";
import type { Grid } from "../../src/model/grid";
import { STORE_SHEET } from "../../src/model/outputSheets";
import type { BuildOutcome } from "../../src/pipeline";
import { runBuild } from "../../src/pipeline";
import { createFakeExcel, fakeStateFromGrids } from "../fakes/fakeExcel";
import { AS_OF, OFFICE_OPTIONS, sampleBytes, sampleGrids } from "./support/sampleWorkbook";

const ANALYST_SHEETS = ["About", "Settings", "KPIs", "Measurements", "Notes", "Themes", "Finance"];
/**
 * A store as a hand-edited or hostile file might carry it: the build record lists the analyst's own sheets, and
 * names like the build's that it never makes.
 */
const HOSTILE_STORE: [string, string][] = [["build:Q2 2013-14", JSON.stringify([...ANALYST_SHEETS, "Scorecard Q2 2013-14 copy", "Charts Q2 2013-14 (10)"])]];
const LOOKALIKES = ["Scorecard Q2 2013-14 copy", "Charts Q2 2013-14 (10)"];
const OWN_SHEET = "scorecard q2 2013-14";
const OWN_ROWS = [["My own scorecard draft, typed by hand"], ["Not to be replaced"]];

/** The sample with extra sheets, as an .xlsx saved by Excel would have them (ExcelJS stands in for Excel). */
async function sampleWith(extra: { readonly name: string; readonly rows: readonly (readonly string[])[]; readonly state?: "veryHidden" }[]): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(Buffer.from(sampleBytes()) as unknown as ExcelJS.Buffer);
  for (const sheet of extra) book.addWorksheet(sheet.name, sheet.state ? { state: sheet.state } : {}).addRows(sheet.rows.map((r) => [...r]));
  return new Uint8Array(await book.xlsx.writeBuffer());
}

/** The sample in the fake Excel, with extra sheets. */
async function stateWith(extra: readonly Grid[]) {
  const grids = await sampleGrids();
  return fakeStateFromGrids({ sheets: [...grids.sheets, ...extra] });
}

function built(outcome: BuildOutcome): Extract<BuildOutcome, { status: "built" }> {
  if (outcome.status !== "built") throw new Error(`not built: ${outcome.issues.map((i) => i.code).join(", ")}`);
  return outcome;
}

describe("an analyst's sheets survive a build", () => {
  describe("in an .xlsx (the file host)", () => {
    it("replaces none of the sheets a hostile store lists, and leaves each of their parts byte for byte", async () => {
      const input = await sampleWith([{ name: STORE_SHEET, rows: HOSTILE_STORE, state: "veryHidden" }, ...LOOKALIKES.map((name) => ({ name, rows: OWN_ROWS }))]);
      const copy = input.slice();
      const host = createFileHost(input);
      built(await runBuild(host, { asOf: AS_OF }));
      const before = unzipSync(copy);
      const after = unzipSync(host.output());
      for (const sheet of [...ANALYST_SHEETS, ...LOOKALIKES]) {
        const part = sheetPartOf(after, sheet);
        expect({ sheet, same: Buffer.from(after[part] ?? []).equals(Buffer.from(before[sheetPartOf(before, sheet)] ?? [1])) }).toEqual({ sheet, same: true });
      }
      expect(Buffer.from(input).equals(Buffer.from(copy))).toBe(true);
    });

    it("keeps an analyst's sheet named like the scorecard (any case) and numbers the scorecard, saying so", async () => {
      const input = await sampleWith([{ name: OWN_SHEET, rows: OWN_ROWS }]);
      const host = createFileHost(input);
      const outcome = built(await runBuild(host, { asOf: AS_OF }));
      expect(outcome.job.plan.sheets[0]?.name).toBe("Scorecard Q2 2013-14 (2)");
      expect(outcome.issues).toContainEqual(expect.objectContaining({ code: "SHEET_NAME_KEPT", message: messageText("SHEET_NAME_KEPT", OWN_SHEET, "Scorecard Q2 2013-14 (2)") }));
      const before = unzipSync(input);
      const after = unzipSync(host.output());
      expect(Buffer.from(after[sheetPartOf(after, OWN_SHEET)] ?? []).equals(Buffer.from(before[sheetPartOf(before, OWN_SHEET)] ?? [1]))).toBe(true);
      const grids = await createFileHost(host.output()).read();
      expect(grids.sheets.map((g) => g.sheet)).toEqual(expect.arrayContaining([OWN_SHEET, "Scorecard Q2 2013-14 (2)"]));

      // A rebuild replaces its own numbered sheet and still leaves the analyst's alone.
      const again = createFileHost(host.output());
      expect(built(await runBuild(again, { asOf: AS_OF })).job.replaceSheets).toContain("Scorecard Q2 2013-14 (2)");
      const rebuilt = await createFileHost(again.output()).read();
      expect(rebuilt.sheets.filter((g) => g.sheet.toLowerCase().startsWith("scorecard q2 2013-14")).map((g) => g.sheet)).toEqual([OWN_SHEET, "Scorecard Q2 2013-14 (2)"]);
      expect(rebuilt.sheets.find((g) => g.sheet === OWN_SHEET)?.rows).toEqual(OWN_ROWS);
    }, 30_000);
  });

  describe("in Excel (the Office.js host through the fake)", () => {

    it("replaces none of the sheets a hostile store lists", async () => {
      const state = await stateWith([{ sheet: STORE_SHEET, rows: HOSTILE_STORE, hidden: true }, ...LOOKALIKES.map((sheet) => ({ sheet, rows: OWN_ROWS }))]);
      const excel = createFakeExcel(state);
      built(await runBuild(createExcelHost(excel.run, OFFICE_OPTIONS), { asOf: AS_OF }));
      for (const sheet of [...ANALYST_SHEETS, ...LOOKALIKES]) {
        const was = state.sheets.find((s) => s.name === sheet);
        const now = excel.state.sheets.find((s) => s.id === was?.id);
        expect({ sheet, name: now?.name, cells: now?.cells }).toEqual({ sheet, name: sheet, cells: was?.cells });
      }
    }, 30_000);

    it("keeps an analyst's sheet named like the scorecard (any case) and numbers the scorecard", async () => {
      const state = await stateWith([{ sheet: OWN_SHEET, rows: OWN_ROWS }]);
      const excel = createFakeExcel(state);
      const outcome = built(await runBuild(createExcelHost(excel.run, OFFICE_OPTIONS), { asOf: AS_OF }));
      expect(outcome.issues.map((i) => i.code)).toContain("SHEET_NAME_KEPT");
      const own = state.sheets.find((s) => s.name === OWN_SHEET);
      expect(excel.state.sheets.find((s) => s.id === own?.id)).toEqual(own);
      expect(excel.state.sheets.map((s) => s.name)).toContain("Scorecard Q2 2013-14 (2)");
    }, 30_000);
  });

  describe("a period far outside the data (Q1 9999-00) is refused by both hosts, located, and nothing is written", () => {
    const PERIOD = "Q1 9999-00";
    const expectRefused = (outcome: BuildOutcome) => {
      expect(outcome.status).toBe("blocked");
      expect(outcome.issues).toContainEqual(
        expect.objectContaining({ code: "PERIOD_OUT_OF_RANGE", severity: "error", sheet: "Measurements", message: messageText("PERIOD_OUT_OF_RANGE", PERIOD, "Apr-11", "Sep-13") }),
      );
    };

    it("in an .xlsx", async () => {
      const host = createFileHost(sampleBytes().slice());
      const render = jest.spyOn(host, "render");
      expectRefused(await runBuild(host, { asOf: AS_OF, period: PERIOD }));
      expect(render).not.toHaveBeenCalled();
    });

    it("in Excel", async () => {
      const state = await stateWith([]);
      const excel = createFakeExcel(state);
      expectRefused(await runBuild(createExcelHost(excel.run, OFFICE_OPTIONS), { asOf: AS_OF, period: PERIOD }));
      expect(excel.state).toEqual(state);
    });
  });
});
