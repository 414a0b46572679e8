import { ExcelHostError } from "../../src/excel/excelHostError";
import { readWorkbook } from "../../src/excel/readWorkbook";
import { renderPlan } from "../../src/excel/renderPlan";
import { messageText } from "../../src/messages";
import type { Grid, WorkbookGrids } from "../../src/model/grid";
import { findGrid } from "../../src/model/grid";
import { STORE_SHEET } from "../../src/model/outputSheets";
import { createFakeExcel, fakeStateFromGrids } from "../fakes/fakeExcel";
import { ANALYST_GRIDS, INJECTIONS, SCORECARD, handMadePlan } from "./planFixtures";

const ALL_SETS = () => true;
const UP_TO_1_12 = (_: string, version: string) => Number(version.split(".")[1]) <= 12;

/** A grid as readWorkbook returns it: number formats everywhere a row has cells (`General` where none was set). */
function asRead(grid: Grid): Grid {
  const numberFormats = grid.rows.map((row, r) => row.map((_, c) => grid.numberFormats?.[r]?.[c] ?? "General"));
  return { ...grid, numberFormats };
}

describe("readWorkbook", () => {
  it("reads every sheet's values, number formats, errors and hidden sheets", async () => {
    const excel = createFakeExcel(fakeStateFromGrids(ANALYST_GRIDS));
    const grids = await readWorkbook(excel.run, { isSetSupported: ALL_SETS });
    expect(grids).toEqual({ sheets: ANALYST_GRIDS.sheets.map(asRead) });
    expect(findGrid(grids, "Measurements")?.rows[2]?.[2]).toEqual({ error: "#DIV/0!" });
    expect(findGrid(grids, "Lookups")?.hidden).toBe(true);
  });

  it("takes two syncs when every sheet fits its first rows, three for more, whatever the number of sheets", async () => {
    const small = createFakeExcel(fakeStateFromGrids(ANALYST_GRIDS));
    await readWorkbook(small.run, { isSetSupported: ALL_SETS });
    const many: WorkbookGrids = {
      sheets: Array.from({ length: 40 }, (_, i) => ({
        sheet: `Data ${i + 1}`,
        rows: Array.from({ length: 500 }, (_, r) => [`K${r}`, r * i, r % 7 === 0 ? null : "text"]),
      })),
    };
    const big = createFakeExcel(fakeStateFromGrids(many));
    const grids = await readWorkbook(big.run, { isSetSupported: ALL_SETS });
    expect(grids.sheets).toHaveLength(40);
    expect(findGrid(grids, "Data 40")?.rows[499]).toEqual(["K499", 499 * 39, "text"]);
    expect(small.stats.syncs).toBe(2);
    expect(big.stats.syncs).toBe(3);
    expect(Math.max(...big.stats.responseBytes)).toBeLessThan(5 * 1024 * 1024);
  });

  it("reads merged areas and hidden rows where Excel supports them", async () => {
    const excel = createFakeExcel(
      fakeStateFromGrids({
        sheets: [
          {
            sheet: "Published",
            rows: [["Title"], [], ["KPI", "2012/13", null, "2013/14"], [null, "Q1", "Q2", "Q1"], ["Crime", 1, 2, 3], ["Hidden", 4, 5, 6]],
            merges: [{ top: 2, left: 1, bottom: 2, right: 2 }, { top: 0, left: 0, bottom: 0, right: 3 }],
            hiddenRows: [5],
          },
        ],
      }),
    );
    const [grid] = (await readWorkbook(excel.run, { isSetSupported: ALL_SETS })).sheets;
    expect(grid?.merges).toEqual([
      { top: 2, left: 1, bottom: 2, right: 2 },
      { top: 0, left: 0, bottom: 0, right: 3 },
    ]);
    expect(grid?.hiddenRows).toEqual([5]);
  });

  it("skips merged areas on Excel without ExcelApi 1.13, still in two syncs", async () => {
    const excel = createFakeExcel(
      fakeStateFromGrids({ sheets: [{ sheet: "S", rows: [["a", "b"], [1, 2]], merges: [{ top: 0, left: 0, bottom: 0, right: 1 }] }] }),
    );
    const [grid] = (await readWorkbook(excel.run, { isSetSupported: UP_TO_1_12 })).sheets;
    expect(grid?.merges).toBeUndefined();
    expect(grid?.rows).toEqual([["a", "b"], [1, 2]]);
    expect(excel.stats.syncs).toBe(2);
  });

  it("reads a used range that does not start at A1 into grid coordinates", async () => {
    const state = fakeStateFromGrids({ sheets: [{ sheet: "Offset", rows: [] }] });
    state.sheets[0]!.cells = { C3: { value: "ID" }, D4: { value: 7, numberFormat: "0.0" } };
    const [grid] = (await readWorkbook(createFakeExcel(state).run, { isSetSupported: ALL_SETS })).sheets;
    expect(grid?.rows).toEqual([[], [], [null, null, "ID", null], [null, null, null, 7]]);
    expect(grid?.numberFormats?.[3]?.[3]).toBe("0.0");
  });

  it("gives 1900-system serials for a workbook saved in the 1904 date system, as the file host does", async () => {
    // Apr-13 is 41365 in the 1900 system and 39903 in the 1904 one; Excel's DATE function says which the workbook uses.
    const state = fakeStateFromGrids({
      sheets: [{ sheet: "Measurements", rows: [["KPI ID", "Period", "Value"], ["P1-01", 39903, 3556]], numberFormats: [[], [undefined, "mmm-yy", "#,##0"]] }],
    });
    state.date1904 = true;
    const [grid] = (await readWorkbook(createFakeExcel(state).run, { isSetSupported: ALL_SETS })).sheets;
    expect(grid?.rows[1]).toEqual(["P1-01", 41365, 3556]);
    const in1900 = fakeStateFromGrids({
      sheets: [{ sheet: "Measurements", rows: [["KPI ID", "Period", "Value"], ["P1-01", 41365, 3556]], numberFormats: [[], [undefined, "mmm-yy", "#,##0"]] }],
    });
    expect((await readWorkbook(createFakeExcel(in1900).run, { isSetSupported: ALL_SETS })).sheets[0]?.rows[1]).toEqual(["P1-01", 41365, 3556]);
  });

  it("reads an empty sheet as no rows", async () => {
    const excel = createFakeExcel();
    expect(await readWorkbook(excel.run, { isSetSupported: ALL_SETS })).toEqual({ sheets: [{ sheet: "Sheet1", rows: [] }] });
  });

  it("reads back what renderPlan wrote: text stays text, numbers stay numbers, the store is there", async () => {
    const plan = handMadePlan();
    const excel = createFakeExcel(fakeStateFromGrids(ANALYST_GRIDS));
    await renderPlan(excel.run, plan, { replaceSheets: [], store: [["settings", "{}"]] });
    const syncsBefore = excel.stats.syncs;
    const grids = await readWorkbook(excel.run, { isSetSupported: ALL_SETS });
    expect(excel.stats.syncs - syncsBefore).toBe(3);
    const scorecard = findGrid(grids, SCORECARD);
    const texts = scorecard?.rows.flat().filter((v): v is string => typeof v === "string") ?? [];
    for (const injection of INJECTIONS) expect(texts).toContain(injection);
    expect(scorecard?.rows[4]?.[3]).toBeCloseTo(0.2111);
    expect(scorecard?.numberFormats?.[4]?.[3]).toBe("0.0%");
    expect(findGrid(grids, STORE_SHEET)).toMatchObject({ hidden: true, rows: [["settings", "{}"]] });
  });

  describe("edge cases", () => {
    it("reads only the first rows of a sheet past the row limit, and says how many rows it has", async () => {
      const rows = Array.from({ length: 300 }, (_, r) => [r, `row ${r}`]);
      const excel = createFakeExcel(fakeStateFromGrids({ sheets: [{ sheet: "Huge", rows }, { sheet: "KPIs", rows: [["ID"]] }] }));
      const grids = await readWorkbook(excel.run, { maxRows: 100, isSetSupported: ALL_SETS });
      // Never part of the data: a build on part of it would be wrong. Enough rows to show what the sheet is.
      expect(findGrid(grids, "Huge")?.rows).toHaveLength(50);
      expect(findGrid(grids, "Huge")?.totalRows).toBe(300);
      expect(findGrid(grids, "KPIs")).toEqual({ sheet: "KPIs", rows: [["ID"]], numberFormats: [["General"]] });
    });

    it("shares the cell budget so the analyst's sheets are read before the tool's own", async () => {
      const rows = Array.from({ length: 100 }, (_, r) => [r, r, r, r]);
      const excel = createFakeExcel(fakeStateFromGrids({ sheets: [{ sheet: SCORECARD, rows }, { sheet: "Measurements", rows }] }));
      const grids = await readWorkbook(excel.run, { maxCells: 600, isSetSupported: ALL_SETS });
      expect(findGrid(grids, "Measurements")?.rows).toHaveLength(100);
      expect(findGrid(grids, "Measurements")?.totalRows).toBeUndefined();
      expect(findGrid(grids, SCORECARD)?.rows).toHaveLength(50);
      expect(findGrid(grids, SCORECARD)?.totalRows).toBe(100);
    });

    it("serves small sheets first, so a huge extract early in the tab order cannot starve the KPI register", async () => {
      const huge = Array.from({ length: 400 }, (_, r) => [r, r, r]);
      const excel = createFakeExcel(fakeStateFromGrids({ sheets: [{ sheet: "Raw extract", rows: huge }, { sheet: "KPIs", rows: [["ID", "Name"], ["P1", "Crime"]] }] }));
      const grids = await readWorkbook(excel.run, { maxCells: 300, isSetSupported: ALL_SETS });
      expect(findGrid(grids, "KPIs")?.rows).toEqual([["ID", "Name"], ["P1", "Crime"]]);
      expect(findGrid(grids, "Raw extract")?.rows).toHaveLength(50);
      expect(findGrid(grids, "Raw extract")?.totalRows).toBe(400);
    });

    it("reads a workbook larger than one response in row blocks packed by measured size, every cell read", async () => {
      const rows = Array.from({ length: 1000 }, (_, r) => [r, `row ${r}`, r * 2]);
      const small = { sheet: "KPIs", rows: [["ID", "Name"], ["P1", "Crime"]] };
      const one = createFakeExcel(fakeStateFromGrids({ sheets: [small, { sheet: "Data", rows }] }));
      const whole = await readWorkbook(one.run, { isSetSupported: ALL_SETS });
      expect(one.stats.syncs).toBe(3);
      const chunked = createFakeExcel(fakeStateFromGrids({ sheets: [small, { sheet: "Data", rows }] }));
      const inBlocks = await readWorkbook(chunked.run, { responseBudget: 8_000, isSetSupported: ALL_SETS });
      expect(inBlocks).toEqual(whole);
      expect(findGrid(inBlocks, "Data")?.rows[999]).toEqual([999, "row 999", 1998]);
      // The body's responses, packed close to the budget from the bytes the head measured: none far over, few syncs.
      const body = chunked.stats.responseBytes.slice(2);
      expect(Math.max(...body)).toBeLessThan(8_000 * 1.15);
      expect(body.length).toBeLessThanOrEqual(Math.ceil(body.reduce((a, b) => a + b, 0) / 8_000) + 1);
    });

    it("splits a response that came back too large and reads it again, hidden rows and merges kept", async () => {
      const long = "A long commentary cell that a text-heavy sheet repeats, far wider than its head suggests. ".repeat(8);
      const rows: (string | number)[][] = [["Title"], [], ["KPI", "2012/13", "", "2013/14"], ["", "Q1", "Q2", "Q1"]];
      for (let r = 0; r < 36; r++) rows.push([`K${r}`, 1, 2, 3]);
      for (let r = 0; r < 400; r++) rows.push([`K${r}`, long, long, long]);
      const excel = createFakeExcel(
        fakeStateFromGrids({ sheets: [{ sheet: "Text", rows, merges: [{ top: 2, left: 1, bottom: 2, right: 2 }], hiddenRows: [5] }] }),
        { payloadLimitBytes: 400_000 },
      );
      const [grid] = (await readWorkbook(excel.run, { responseBudget: 350_000, isSetSupported: ALL_SETS })).sheets;
      expect(grid?.rows).toHaveLength(440);
      expect(grid?.rows[439]?.[3]).toBe(long);
      expect(grid?.merges).toEqual([{ top: 2, left: 1, bottom: 2, right: 2 }]);
      expect(grid?.hiddenRows).toEqual([5]);
      // The head measured short rows: the first try of the long ones came back too large, and was split.
      const refused = excel.stats.responseBytes.filter((b) => b > 400_000);
      expect(refused.length).toBeGreaterThan(0);
      expect(excel.stats.responseBytes.length).toBeLessThanOrEqual(2 + refused.length * 2 + 3);
    });

    it("keeps the number of syncs the same for 3 sheets or 40 while the cells fit one response", async () => {
      const sheet = (i: number) => ({ sheet: `S${i}`, rows: Array.from({ length: 60 }, (_, r) => [i, r]) });
      const counts = [];
      for (const n of [3, 40]) {
        const excel = createFakeExcel(fakeStateFromGrids({ sheets: Array.from({ length: n }, (_, i) => sheet(i)) }));
        await readWorkbook(excel.run, { isSetSupported: ALL_SETS });
        counts.push(excel.stats.syncs);
      }
      expect(counts).toEqual([3, 3]);
    });

    it("retries without merges when Excel cannot list them (over 512 merged areas), in one more sync", async () => {
      const merges = Array.from({ length: 600 }, (_, r) => ({ top: r, left: 0, bottom: r, right: 1 }));
      const rows = Array.from({ length: 600 }, (_, r) => [`r${r}`]);
      const excel = createFakeExcel(fakeStateFromGrids({ sheets: [{ sheet: "Merged", rows, merges }] }));
      const [grid] = (await readWorkbook(excel.run, { isSetSupported: ALL_SETS })).sheets;
      expect(grid?.rows).toHaveLength(600);
      expect(grid?.merges).toBeUndefined();
      expect(excel.stats.syncs).toBe(4);
    });

    it("rejects with a plain message when Excel fails", async () => {
      const excel = createFakeExcel(fakeStateFromGrids(ANALYST_GRIDS));
      excel.failAtSync(2, 0, "AccessDenied");
      const failure = readWorkbook(excel.run, { isSetSupported: ALL_SETS });
      await expect(failure).rejects.toBeInstanceOf(ExcelHostError);
      await expect(failure).rejects.toThrow(messageText("EXCEL_ACCESS_DENIED"));
    });

    it("uses { delayForCellEdit: true }", async () => {
      const excel = createFakeExcel();
      await readWorkbook(excel.run, { isSetSupported: ALL_SETS });
      expect(excel.stats.runOptions).toEqual([{ delayForCellEdit: true }]);
    });
  });
});
