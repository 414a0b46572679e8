import { ExcelHostError } from "../../src/excel/excelHostError";
import { renderPlan } from "../../src/excel/renderPlan";
import type { ScorecardPlan } from "../../src/layout/plan";
import { STORE_SHEET } from "../../src/model/outputSheets";
import type { FakeWorkbookState } from "../fakes/fakeExcel";
import { createFakeExcel, fakeStateFromGrids } from "../fakes/fakeExcel";
import { messageText } from "../../src/messages";
import { expectPlanRendered } from "./expectPlanRendered";
import { ANALYST_GRIDS, SCORECARD, generatePlan, handMadePlan } from "./planFixtures";

const STORE: [string, string][] = [["build:Q2 2013-14", "[]"]];

interface Scenario {
  readonly name: string;
  readonly start: () => Promise<FakeWorkbookState>;
  readonly plan: ScorecardPlan;
  readonly replaceSheets: readonly string[];
}

async function previouslyBuilt(): Promise<FakeWorkbookState> {
  const first = handMadePlan();
  const excel = createFakeExcel(fakeStateFromGrids(ANALYST_GRIDS));
  await renderPlan(excel.run, first, { replaceSheets: [], store: STORE }, { token: "first1" });
  const state = excel.state;
  // The analyst has the old scorecard open and typed into it.
  state.sheets.find((s) => s.name === SCORECARD)!.cells.J9 = { value: "Commentary typed after the last build" };
  return state;
}

const SCENARIOS: Scenario[] = [
  { name: "a first build", start: async () => fakeStateFromGrids(ANALYST_GRIDS), plan: handMadePlan(), replaceSheets: [] },
  {
    name: "a rebuild replacing the last build and its very hidden store",
    start: previouslyBuilt,
    plan: generatePlan(4, 18),
    replaceSheets: handMadePlan().sheets.map((s) => s.name),
  },
];

function render(run: Parameters<typeof renderPlan>[0], scenario: Scenario) {
  return renderPlan(run, scenario.plan, { replaceSheets: scenario.replaceSheets, store: STORE }, { token: "second" });
}

/** Every k for small batches; for big ones the first and last few and a spread between. */
function commandCounts(total: number): number[] {
  if (total <= 120) return Array.from({ length: total }, (_, i) => i + 1);
  const picks = new Set<number>();
  for (let k = 1; k <= 10; k++) picks.add(k);
  for (let k = total - 10; k <= total; k++) picks.add(k);
  for (let k = 10; k < total; k += Math.ceil(total / 60)) picks.add(k);
  return [...picks].sort((a, b) => a - b);
}

describe("renderPlan when a sync fails", () => {
  describe.each(SCENARIOS)("during $name", (scenario) => {
    let start: FakeWorkbookState;
    let built: FakeWorkbookState;
    let actions: number[];

    beforeAll(async () => {
      start = await scenario.start();
      const excel = createFakeExcel(start);
      await render(excel.run, scenario);
      built = excel.state;
      actions = [...excel.stats.actions];
      expect(built).not.toEqual(start);
    });

    it("leaves the workbook exactly as it was when any sync fails before applying anything", async () => {
      expect(actions.length).toBeGreaterThanOrEqual(3);
      for (let n = 1; n <= actions.length; n++) {
        const excel = createFakeExcel(start);
        excel.failAtSync(n);
        await expect(render(excel.run, scenario)).rejects.toBeInstanceOf(ExcelHostError);
        expect(excel.state).toEqual(start);
      }
    });

    it("leaves the workbook as it was, or finishes the swap, when a sync fails part-way", async () => {
      let finished = 0;
      let rolledBack = 0;
      for (let n = 1; n <= actions.length; n++) {
        for (const k of commandCounts(actions[n - 1] ?? 0)) {
          const excel = createFakeExcel(start);
          excel.failAtSync(n, k);
          const outcome = await render(excel.run, scenario).then(
            () => "built" as const,
            (error: unknown) => {
              expect(error).toBeInstanceOf(ExcelHostError);
              return "failed" as const;
            },
          );
          if (outcome === "built") {
            // Only once the swap has started deleting the old sheets: the new ones are in, so it is finished.
            expect(n).toBe(actions.length);
            expect(excel.state).toEqual(built);
            finished += 1;
          } else {
            expect(excel.state).toEqual(start);
            rolledBack += 1;
          }
        }
      }
      expect(rolledBack).toBeGreaterThan(0);
      if (scenario.replaceSheets.length > 0) expect(finished).toBeGreaterThan(0);
    });

    it("keeps the store very hidden whatever happens", async () => {
      for (let n = 1; n <= actions.length; n++) {
        const excel = createFakeExcel(start);
        excel.failAtSync(n, Math.max(1, (actions[n - 1] ?? 2) - 1));
        await render(excel.run, scenario).catch(() => undefined);
        const stores = excel.state.sheets.filter((s) => s.name === STORE_SHEET);
        expect(stores.every((s) => s.visibility === "VeryHidden")).toBe(true);
      }
    });
  });
});

describe("renderPlan when the swap and then the recovery fail", () => {
  it("says the build stopped part-way, leaves the analyst's sheets alone, and the next build finishes and tidies up", async () => {
    const start = await previouslyBuilt();
    const scenario = SCENARIOS[1]!;
    const probe = createFakeExcel(start);
    await render(probe.run, scenario);
    const built = probe.state;
    const swap = probe.stats.syncs;
    const commands = probe.stats.actions[swap - 1] ?? 0;
    const analysts = (state: FakeWorkbookState) => state.sheets.filter((s) => ["KPIs", "Measurements", "Lookups"].includes(s.name));
    let interrupted = 0;
    for (const k of [1, Math.floor(commands / 3), Math.floor((2 * commands) / 3), commands - 1]) {
      const excel = createFakeExcel(start);
      excel.failAtSync(swap, k);
      excel.failAtSync(swap + 1);
      const message = await render(excel.run, scenario).then(
        () => null,
        (error: unknown) => (error instanceof ExcelHostError ? error.message : String(error)),
      );
      const [lead] = messageText("EXCEL_SWAP_INTERRUPTED", "\u0000").split("\u0000");
      expect(message).toContain(lead);
      for (const sheet of excel.state.sheets.filter((s) => s.name.startsWith("~SB"))) expect(message).toContain(sheet.name);
      expect(analysts(excel.state)).toEqual(analysts(start));
      interrupted += 1;

      // Building again finishes the job: the same workbook as an uninterrupted build, no temporary sheet left.
      const again = createFakeExcel(excel.state);
      await renderPlan(again.run, scenario.plan, { replaceSheets: scenario.replaceSheets, store: STORE }, { token: "third3" });
      const finished = again.state;
      expect(finished.sheets.filter((s) => s.name.startsWith("~SB"))).toEqual([]);
      expect(finished.sheets.map((s) => s.name)).toEqual(built.sheets.map((s) => s.name));
      for (const sheet of scenario.plan.sheets) expectPlanRendered(finished.sheets.find((s) => s.name === sheet.name), sheet, scenario.plan.styles);
    }
    expect(interrupted).toBe(4);
  }, 60_000);
});

describe("renderPlan when the analyst brings another workbook to the front mid-build", () => {
  it("waits for this workbook to come back, then puts it back as it was and says what happened", async () => {
    const start = fakeStateFromGrids(ANALYST_GRIDS);
    const excel = createFakeExcel(start);
    // Sync 2 is the first staging request; the analyst comes back after three of the recovery's waits.
    excel.failAtSync(2, 3, "InactiveWorkbook");
    const waits: number[] = [];
    const sleep = async (ms: number) => {
      waits.push(ms);
      if (waits.length === 3) excel.setInFront(true);
    };
    const error = await renderPlan(excel.run, handMadePlan(), { replaceSheets: [], store: STORE }, { token: "inactv", sleep }).then(
      () => null,
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(ExcelHostError);
    expect((error as Error).message).toContain(messageText("EXCEL_INACTIVE_WORKBOOK").replace(/\.$/, ""));
    expect(waits).toHaveLength(3);
    expect(excel.state).toEqual(start);
  });

  it("finishes a swap it had begun once the workbook is back", async () => {
    const start = await previouslyBuilt();
    const scenario = SCENARIOS[1]!;
    const probe = createFakeExcel(start);
    await render(probe.run, scenario);
    const swap = probe.stats.syncs;
    const excel = createFakeExcel(start);
    excel.failAtSync(swap, 5, "InactiveWorkbook");
    const sleep = async () => excel.setInFront(true);
    await renderPlan(excel.run, scenario.plan, { replaceSheets: scenario.replaceSheets, store: STORE }, { token: "second", sleep });
    expect(excel.state).toEqual(probe.state);
  });

  it("gives up after the wait it was given, naming what is left over", async () => {
    const excel = createFakeExcel(fakeStateFromGrids(ANALYST_GRIDS));
    excel.failAtSync(2, 3, "InactiveWorkbook");
    let waited = 0;
    const sleep = async (ms: number) => void (waited += ms);
    const error = await renderPlan(excel.run, handMadePlan(), { replaceSheets: [], store: STORE }, { token: "inactv", sleep, inactiveWaitMs: 10_000 }).then(
      () => null,
      (caught: unknown) => caught as Error,
    );
    expect(waited).toBe(10_000);
    const left = excel.state.sheets.filter((s) => s.name.startsWith("~SB")).map((s) => s.name);
    expect(left.length).toBeGreaterThan(0);
    for (const name of left) expect(error?.message).toContain(name);
  });
});
