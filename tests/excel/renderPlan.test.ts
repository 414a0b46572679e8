import { renderPlan } from "../../src/excel/renderPlan";
import { ExcelHostError } from "../../src/excel/excelHostError";
import { messageText } from "../../src/messages";
import { STORE_SHEET } from "../../src/model/outputSheets";
import type { FakeWorkbookState } from "../fakes/fakeExcel";
import { createFakeExcel, fakeStateFromGrids } from "../fakes/fakeExcel";
import { expectPlanRendered } from "./expectPlanRendered";
import { ANALYST_GRIDS, CHART_DATA, INJECTIONS, ISSUES, SCORECARD, generatePlan, handMadePlan } from "./planFixtures";

const STORE: [string, string][] = [
  ["settings", '{"organisation":"Dorset"}'],
  ["build:Q2 2013-14", '["Scorecard Q2 2013-14"]'],
  ["=not a formula", "@neither"],
];

function analystWorkbook(): FakeWorkbookState {
  return fakeStateFromGrids(ANALYST_GRIDS);
}

describe("renderPlan", () => {
  it("writes every plan sheet cell for cell, with styles, rules, links and charts", async () => {
    const plan = handMadePlan();
    const excel = createFakeExcel(analystWorkbook());
    const before = excel.state;
    const report = await renderPlan(excel.run, plan, { replaceSheets: plan.sheets.map((s) => s.name), store: STORE }, { token: "test01" });

    expect(report).toEqual({ sheets: plan.sheets.map((s) => s.name), rewritten: [], removed: [] });
    const after = excel.state;
    expect(after.sheets.map((s) => s.name)).toEqual(["KPIs", "Measurements", "Lookups", ...plan.sheets.map((s) => s.name), STORE_SHEET]);
    for (const sheet of plan.sheets) expectPlanRendered(after.sheets.find((s) => s.name === sheet.name), sheet, plan.styles);
    // The analyst's sheets are untouched.
    expect(after.sheets.slice(0, 3)).toEqual(before.sheets);
    expect(after.activeSheet).toBe(SCORECARD);
  });

  it("puts the plan's manual page breaks on the sheet", async () => {
    const plan = handMadePlan();
    const withBreaks = { ...plan, sheets: plan.sheets.map((s, i) => (i === 0 ? { ...s, pageBreakRows: [12, 30] } : s)) };
    const excel = createFakeExcel(analystWorkbook());
    await renderPlan(excel.run, withBreaks, { replaceSheets: [], store: STORE }, { token: "test02" });
    const first = excel.state.sheets.find((s) => s.name === withBreaks.sheets[0]!.name);
    expect(first?.pageLayout.rowBreaks).toEqual([12, 30]);
  });

  it("writes the store as a very hidden key/value sheet, all text", async () => {
    const plan = handMadePlan();
    const excel = createFakeExcel(analystWorkbook());
    await renderPlan(excel.run, plan, { replaceSheets: [], store: STORE }, { token: "test01" });
    const store = excel.state.sheets.find((s) => s.name === STORE_SHEET);
    expect(store?.visibility).toBe("VeryHidden");
    expect(store?.cells).toEqual({
      A1: { value: "settings", numberFormat: "@" },
      B1: { value: '{"organisation":"Dorset"}', numberFormat: "@" },
      A2: { value: "build:Q2 2013-14", numberFormat: "@" },
      B2: { value: '["Scorecard Q2 2013-14"]', numberFormat: "@" },
      A3: { value: "=not a formula", numberFormat: "@" },
      B3: { value: "@neither", numberFormat: "@" },
    });
  });

  it("uses { delayForCellEdit: true } for every Excel.run", async () => {
    const plan = handMadePlan();
    const excel = createFakeExcel(analystWorkbook());
    await renderPlan(excel.run, plan, { replaceSheets: [], store: STORE });
    expect(excel.stats.runOptions.length).toBeGreaterThan(0);
    expect(excel.stats.runOptions.every((o) => o?.delayForCellEdit === true)).toBe(true);
  });

  describe("text that looks like a formula, number or date", () => {
    it.each(INJECTIONS)("keeps %s as text", async (text) => {
      const plan = handMadePlan();
      const excel = createFakeExcel(analystWorkbook());
      await renderPlan(excel.run, plan, { replaceSheets: [] }, { token: "test01" });
      const scorecard = excel.state.sheets.find((s) => s.name === SCORECARD);
      const cell = Object.values(scorecard?.cells ?? {}).find((c) => c.value === text);
      expect(cell).toMatchObject({ value: text, numberFormat: "@" });
      expect(cell?.formula).toBeUndefined();
      expect(Object.values(scorecard?.cells ?? {}).some((c) => c.formula !== undefined)).toBe(false);
    });

    it("keeps month labels as text on the chart data sheet", async () => {
      const plan = handMadePlan();
      const excel = createFakeExcel(analystWorkbook());
      await renderPlan(excel.run, plan, { replaceSheets: [] }, { token: "test01" });
      const data = excel.state.sheets.find((s) => s.name === CHART_DATA);
      expect(data?.cells.A5).toEqual({ value: "Apr-11", numberFormat: "@" });
    });
  });

  describe("rebuilding a quarter", () => {
    async function builtOnce() {
      const plan = handMadePlan();
      const excel = createFakeExcel(analystWorkbook());
      await renderPlan(excel.run, plan, { replaceSheets: [], store: STORE }, { token: "first1" });
      return { plan, state: excel.state };
    }

    it("replaces the sheets in place and leaves the analyst's sheets alone", async () => {
      const { plan, state } = await builtOnce();
      // The analyst moved a sheet of their own between the scorecard sheets and typed into the old scorecard.
      const notes = { ...state.sheets[0]!, id: "sheet99", name: "My notes", cells: { A1: { value: "keep me" } } };
      state.sheets.splice(5, 0, notes);
      state.sheets.find((s) => s.name === SCORECARD)!.cells.Z1 = { value: "old" };
      state.activeSheet = "KPIs";
      const excel = createFakeExcel(state);
      const rebuilt = generatePlan(2, 12);
      const report = await renderPlan(excel.run, rebuilt, { replaceSheets: plan.sheets.map((s) => s.name), store: STORE }, { token: "second" });

      expect([...report.rewritten].sort()).toEqual([...rebuilt.sheets.map((s) => s.name), STORE_SHEET].sort());
      expect(report.removed).toEqual(plan.sheets.map((s) => s.name).filter((name) => !rebuilt.sheets.some((s) => s.name === name)));
      const after = excel.state;
      expect(after.sheets.map((s) => s.name)).toEqual(["KPIs", "Measurements", "Lookups", SCORECARD, "Charts Q2 2013-14", "My notes", CHART_DATA, STORE_SHEET]);
      for (const sheet of rebuilt.sheets) expectPlanRendered(after.sheets.find((s) => s.name === sheet.name), sheet, rebuilt.styles);
      expect(after.sheets.find((s) => s.name === "My notes")?.cells).toEqual({ A1: { value: "keep me" } });
      expect(after.sheets.some((s) => s.name === ISSUES)).toBe(false);
      expect(after.sheets.filter((s) => s.name === STORE_SHEET)).toHaveLength(1);
      expect(after.activeSheet).toBe(SCORECARD);
    });

    it("refuses to overwrite a sheet it was not told to replace, changing nothing", async () => {
      const state = analystWorkbook();
      state.sheets.push({ ...state.sheets[0]!, id: "sheet42", name: SCORECARD.toUpperCase() });
      const excel = createFakeExcel(state);
      const plan = handMadePlan();
      await expect(renderPlan(excel.run, plan, { replaceSheets: [] })).rejects.toThrow(
        messageText("BUILD_FAILED", messageText("EXCEL_SHEET_NAME_TAKEN", SCORECARD.toUpperCase()).replace(/\.$/, "")),
      );
      expect(excel.state).toEqual(state);
      expect(excel.stats.syncs).toBe(1);
    });
  });

  describe("edge cases", () => {
    it("fits a long header and a footer of two sections within Excel's 255 characters, codes included", async () => {
      const plan = handMadePlan();
      const organisation = "Office of the Police, Fire and Crime Commissioner for Northamptonshire & partners ".repeat(4);
      const first = plan.sheets[0]!;
      const long = { ...plan, sheets: [{ ...first, print: { ...first.print, headerCenter: `${organisation}· Quarter 2`, footerLeft: organisation } }, ...plan.sheets.slice(1)] };
      const excel = createFakeExcel(analystWorkbook());
      await renderPlan(excel.run, long, { replaceSheets: [], store: STORE }, { token: "test03" });
      const layout = excel.state.sheets.find((s) => s.name === first.name)!.pageLayout;
      expect(`&C${layout.centerHeader ?? ""}`.length).toBeLessThanOrEqual(255);
      expect(`&L${layout.leftFooter ?? ""}&R${layout.rightFooter ?? ""}`.length).toBeLessThanOrEqual(255);
      expect(layout.centerHeader).toMatch(/^Office of the Police, Fire and Crime Commissioner for Northamptonshire && partners/);
      expect(layout.rightFooter).toBe(first.print.footerRight);
    });

    it("refuses a sheet name Excel would reject before touching the workbook", async () => {
      const plan = handMadePlan();
      const bad = { ...plan, sheets: [{ ...plan.sheets[0]!, name: "Scorecard: Q2 2013-14 (draft) v2" }] };
      const excel = createFakeExcel(analystWorkbook());
      await expect(renderPlan(excel.run, bad, { replaceSheets: [] })).rejects.toBeInstanceOf(ExcelHostError);
      expect(excel.stats.syncs).toBe(0);
    });

    it("refuses a chart whose data sheet will not exist", async () => {
      const plan = handMadePlan();
      const orphan = { ...plan, sheets: plan.sheets.filter((s) => s.name !== CHART_DATA) };
      const excel = createFakeExcel(analystWorkbook());
      await expect(renderPlan(excel.run, orphan, { replaceSheets: [] })).rejects.toThrow(/refers to sheet "Chart data Q2 2013-14"/);
      expect(excel.state).toEqual(analystWorkbook());
    });
  });
});
