/**
 * The Office.js host end to end: the sample workbook loaded into the fake Excel, built through the pipeline with
 * `createExcelHost`, then rebuilt. The plan comes from the real ingest, calc and layout.
 */
import { readFileSync } from "fs";
import { join } from "path";
import { activateSheet } from "../../src/excel/activateSheet";
import { createExcelHost } from "../../src/excel/excelHost";
import { ExcelHostError } from "../../src/excel/excelHostError";
import { selectCell } from "../../src/excel/selectCell";
import { readWorkbookGrids } from "../../src/files/readWorkbook";
import { messageText } from "../../src/messages";
import { STORE_SHEET } from "../../src/model/outputSheets";
import { runBuild } from "../../src/pipeline";
import type { FakeWorkbookState } from "../fakes/fakeExcel";
import { createFakeExcel, fakeStateFromGrids } from "../fakes/fakeExcel";
import { ANALYST_GRIDS } from "./planFixtures";

const SAMPLE = join(__dirname, "..", "..", "samples", "sample-kpi-workbook.xlsx");
const AS_OF = { kind: "month", year: 2014, month: 1 } as const;
const ALL_SETS = () => true;

describe("createExcelHost", () => {
  let sample: FakeWorkbookState;

  beforeAll(async () => {
    sample = fakeStateFromGrids(await readWorkbookGrids(readFileSync(SAMPLE)));
  });

  it("builds the sample workbook's scorecard in a handful of syncs and leaves the analyst's sheets alone", async () => {
    const excel = createFakeExcel(sample);
    const outcome = await runBuild(createExcelHost(excel.run, { read: { isSetSupported: ALL_SETS } }), { asOf: AS_OF });
    expect(outcome.status).toBe("built");
    if (outcome.status !== "built") return;
    const after = excel.state;
    for (const name of outcome.job.plan.sheets.map((s) => s.name)) expect(after.sheets.some((s) => s.name === name)).toBe(true);
    expect(after.sheets.find((s) => s.name === STORE_SHEET)?.visibility).toBe("VeryHidden");
    expect(after.activeSheet).toBe(outcome.job.plan.sheets[0]?.name);
    expect(after.sheets.slice(0, sample.sheets.length)).toEqual(sample.sheets);
    const charts = after.sheets.flatMap((s) => s.charts);
    expect(charts.length).toBe(outcome.job.plan.sheets.flatMap((s) => s.charts).length);
    expect(charts.every((c) => c.series.every((s) => s.values !== null && !s.values.includes("~SB")))).toBe(true);
    // Read (3) + inspect, stage, swap (3).
    expect(excel.stats.syncs).toBe(6);
    expect(Math.max(...excel.stats.requestBytes)).toBeLessThan(4 * 1024 * 1024);
  });

  it("rebuilds the same quarter in place, replacing exactly what the first build wrote", async () => {
    const excel = createFakeExcel(sample);
    const host = createExcelHost(excel.run, { read: { isSetSupported: ALL_SETS } });
    const first = await runBuild(host, { asOf: AS_OF });
    const once = excel.state;
    const second = await runBuild(host, { asOf: AS_OF });
    expect(second.status).toBe("built");
    const twice = excel.state;
    expect(twice.sheets.map((s) => s.name)).toEqual(once.sheets.map((s) => s.name));
    expect(twice.sheets.filter((s) => s.name === STORE_SHEET)).toHaveLength(1);
    if (first.status === "built") {
      const scorecard = first.job.plan.sheets[0]?.name;
      const cells = (state: FakeWorkbookState) => state.sheets.find((s) => s.name === scorecard)?.cells;
      expect(cells(twice)).toEqual(cells(once));
    }
  });
});

describe("selectCell", () => {
  it("activates the sheet and selects the cell an issue points at", async () => {
    const excel = createFakeExcel(fakeStateFromGrids(ANALYST_GRIDS));
    await selectCell(excel.run, "Measurements", "$C$3");
    expect(excel.state.activeSheet).toBe("Measurements");
    expect(excel.state.selection).toEqual({ sheet: "Measurements", address: "C3" });
    expect(excel.stats.runOptions).toEqual([{ delayForCellEdit: true }]);
  });

  describe("edge cases", () => {
    it("says so when the sheet is gone or hidden, or the cell is not an address", async () => {
      const excel = createFakeExcel(fakeStateFromGrids(ANALYST_GRIDS));
      await expect(selectCell(excel.run, "Deleted", "A1")).rejects.toThrow(messageText("EXCEL_SHEET_NOT_FOUND", "Deleted"));
      await expect(selectCell(excel.run, "Lookups", "A1")).rejects.toThrow(messageText("EXCEL_SHEET_HIDDEN", "Lookups"));
      await expect(selectCell(excel.run, "KPIs", "row 3")).rejects.toBeInstanceOf(ExcelHostError);
      expect(excel.state.selection).toBeNull();
    });
  });
});

describe("activateSheet", () => {
  it("shows a sheet the build wrote", async () => {
    const excel = createFakeExcel(fakeStateFromGrids(ANALYST_GRIDS));
    await activateSheet(excel.run, "measurements");
    expect(excel.state.activeSheet).toBe("Measurements");
  });

  it("rejects with a plain message when Excel refuses", async () => {
    const excel = createFakeExcel(fakeStateFromGrids(ANALYST_GRIDS));
    excel.failAtSync(2, 0, "InvalidOperationInCellEditMode");
    await expect(activateSheet(excel.run, "KPIs")).rejects.toThrow(messageText("EXCEL_CELL_EDIT"));
  });
});
