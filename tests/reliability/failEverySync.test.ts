/**
 * A full build of the sample through the Office.js host (`runBuild(createExcelHost(fake.run))`), read and write, with
 * one sync failing in turn: the workbook must come out exactly as it went in, every cell of every sheet compared
 * (deep equality of the fake's state). The render's own tests fail its syncs on hand-made plans; these fail the
 * real pipeline's, reads included, on a first build and on a rebuild over a scorecard the analyst has typed into.
 */
import { createExcelHost } from "../../src/excel/excelHost";
import { ExcelHostError } from "../../src/excel/excelHostError";
import { messageText } from "../../src/messages";
import { isOutputSheetName } from "../../src/model/outputSheets";
import { runBuild } from "../../src/pipeline";
import type { FakeExcel, FakeWorkbookState } from "../fakes/fakeExcel";
import { createFakeExcel } from "../fakes/fakeExcel";
import { AS_OF, OFFICE_OPTIONS, sampleState } from "./support/sampleWorkbook";

function build(excel: FakeExcel) {
  return runBuild(createExcelHost(excel.run, OFFICE_OPTIONS), { asOf: AS_OF });
}

/** The state after a first build, with commentary typed into the scorecard as an analyst would. */
async function builtAndEdited(): Promise<FakeWorkbookState> {
  const excel = createFakeExcel(await sampleState());
  const outcome = await build(excel);
  if (outcome.status !== "built") throw new Error("the sample did not build");
  const state = excel.state;
  const scorecard = state.sheets.find((s) => s.name === outcome.job.plan.sheets[0]?.name);
  if (!scorecard) throw new Error("no scorecard");
  scorecard.cells.L9 = { value: "Typed into the scorecard after the first build" };
  return state;
}

interface Scenario {
  readonly name: string;
  readonly start: () => Promise<FakeWorkbookState>;
}

/** readWorkbook's second sync (used ranges, heads, extras), retried once without hidden rows and merges when it fails. */
const READ_RETRIED = 2;

const SCENARIOS: Scenario[] = [
  { name: "a first build", start: sampleState },
  { name: "a rebuild over a scorecard the analyst typed into", start: builtAndEdited },
];

/** The analyst's own sheets: everything but what the tool writes. */
function analystSheets(state: FakeWorkbookState) {
  return state.sheets.filter((s) => !isOutputSheetName(s.name) && !s.name.startsWith("~SB"));
}

describe("runBuild through the Office.js host when a sync fails", () => {
  describe.each(SCENARIOS)("during $name", (scenario) => {
    let start: FakeWorkbookState;
    let built: FakeWorkbookState;
    /** Commands in each sync of a clean build; its length is the number of syncs. */
    let actions: number[];

    beforeAll(async () => {
      start = await scenario.start();
      const excel = createFakeExcel(start);
      expect((await build(excel)).status).toBe("built");
      built = excel.state;
      actions = [...excel.stats.actions];
      expect(built).not.toEqual(start);
    }, 30_000);

    it("takes a handful of syncs: 3 to read, then inspect, stage and swap", () => {
      expect(actions.length).toBeGreaterThanOrEqual(6);
      expect(actions.length).toBeLessThanOrEqual(8);
    });

    /** Builds with sync `n` failing (after `k` commands), and checks the workbook is as it was or as a build leaves it. */
    async function failAt(n: number, k = 0): Promise<"failed" | "built"> {
      const excel = createFakeExcel(start);
      excel.failAtSync(n, k);
      const result = await build(excel).then(
        () => "built" as const,
        (error: unknown) => {
          expect(error).toBeInstanceOf(ExcelHostError);
          return "failed" as const;
        },
      );
      const expected = result === "failed" ? start : built;
      expect({ failedSync: n, afterCommands: k, result, state: excel.state }).toEqual({ failedSync: n, afterCommands: k, result, state: expected });
      return result;
    }

    it("leaves every sheet exactly as it was when any sync fails before it is applied", async () => {
      const absorbed: number[] = [];
      for (let n = 1; n <= actions.length; n++) if ((await failAt(n)) === "built") absorbed.push(n);
      // The one read that is retried: sync 3 again without the optional extras (hidden rows, merges).
      expect(absorbed).toEqual([READ_RETRIED]);
    }, 60_000);

    it("leaves every sheet as it was, or finishes the swap, when any sync fails part-way through its commands", async () => {
      const absorbed = new Set<number>();
      let failed = 0;
      for (let n = 1; n <= actions.length; n++) {
        const total = actions[n - 1] ?? 0;
        // First, middle and last commands of each batch (an Excel batch is not a transaction).
        for (const k of [...new Set([1, Math.ceil(total / 2), total - 1])].filter((k) => k >= 1 && k < total)) {
          if ((await failAt(n, k)) === "built") absorbed.add(n);
          else failed += 1;
        }
      }
      expect(failed).toBeGreaterThan(0);
      // Besides the retried read, only the swap: once it has deleted an old sheet the new ones are in, so it is finished.
      for (const n of absorbed) expect([READ_RETRIED, actions.length]).toContain(n);
    }, 120_000);

    it("never touches the analyst's sheets, and names what is left over, when the recovery fails as well", async () => {
      // Before the swap, the temporary sheets are named for deletion; during it, the analyst is told to build again.
      const messages = (["EXCEL_ROLLBACK_INCOMPLETE", "EXCEL_SWAP_INTERRUPTED"] as const).map((code) => messageText(code, "\u0000").split("\u0000") as [string, string]);
      let leftOver = 0;
      for (let n = READ_RETRIED + 1; n <= actions.length; n++) {
        const excel = createFakeExcel(start);
        // The failed sync, then the recovery's first one.
        excel.failAtSync(n);
        excel.failAtSync(n + 1);
        const error = await build(excel).then(
          () => null,
          (caught: unknown) => caught,
        );
        expect(error).toBeInstanceOf(ExcelHostError);
        const left = excel.state.sheets.filter((s) => s.name.startsWith("~SB")).map((s) => s.name);
        if (left.length > 0) {
          leftOver += 1;
          // The message tells the analyst which temporary sheets may be deleted.
          const message = (error as Error).message;
          expect(messages.some(([lead, tail]) => message.includes(lead) && message.includes(tail))).toBe(true);
          for (const name of left) expect(message).toContain(name);
        }
        expect({ failedSyncs: [n, n + 1], sheets: analystSheets(excel.state) }).toEqual({ failedSyncs: [n, n + 1], sheets: analystSheets(start) });
      }
      expect(leftOver).toBeGreaterThan(0);
    }, 60_000);
  });
});
