import { ExcelHostError } from "../../src/excel/excelHostError";
import { renderPlan } from "../../src/excel/renderPlan";
import type { ScorecardPlan } from "../../src/layout/plan";
import { STORE_SHEET } from "../../src/model/outputSheets";
import type { FakeWorkbookState } from "../fakes/fakeExcel";
import { createFakeExcel, fakeStateFromGrids } from "../fakes/fakeExcel";
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
  it("names the earlier sheets left under temporary names, and what they were called", async () => {
    const start = await previouslyBuilt();
    const scenario = SCENARIOS[1]!;
    const probe = createFakeExcel(start);
    await render(probe.run, scenario);
    const total = probe.stats.syncs;
    let stranded = 0;
    for (let n = 1; n <= total; n++) {
      const excel = createFakeExcel(start);
      excel.failAtSync(n, 1);
      excel.failAtSync(n + 1);
      const message = await render(excel.run, scenario).then(
        () => null,
        (error: unknown) => (error instanceof ExcelHostError ? error.message : String(error)),
      );
      const aside = excel.state.sheets.filter((s) => / old \d+$/.test(s.name));
      if (aside.length === 0 || message === null) continue;
      stranded += 1;
      for (const sheet of aside) expect(message).toContain(`"${sheet.name}" was "`);
      expect(message).toContain(`was "${SCORECARD}"`);
    }
    // The case exists: a swap stopped after renaming aside, with no recovery to undo it.
    expect(stranded).toBeGreaterThan(0);
  }, 60_000);
});
