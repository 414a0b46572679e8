/**
 * The orchestrator's own decisions: what it builds, when it refuses, what a rebuild replaces and what the store
 * remembers. The steps it calls are tested in their folders; here they run for real on the sample.
 */
import { readFileSync } from "fs";
import { join } from "path";
import { readWorkbookGrids } from "../src/files/readWorkbook";
import { describePeriodForms } from "../src/ingest";
import { messageText } from "../src/messages";
import type { Grid, WorkbookGrids } from "../src/model/grid";
import { STORE_SHEET } from "../src/model/outputSheets";
import { month } from "../src/model/period";
import { buildScorecard } from "../src/pipeline";

const AS_OF = month(2013, 11 /* Nov */);
let sample: WorkbookGrids;

beforeAll(async () => {
  sample = await readWorkbookGrids(new Uint8Array(readFileSync(join(__dirname, "..", "samples", "sample-kpi-workbook.xlsx"))));
});

function withSheet(workbook: WorkbookGrids, grid: Grid): WorkbookGrids {
  return { sheets: [...workbook.sheets.filter((g) => g.sheet !== grid.sheet), grid] };
}

describe("buildScorecard", () => {
  it("builds the latest complete quarter and records the sheets it writes in the store", () => {
    const outcome = buildScorecard(sample, { asOf: AS_OF });
    expect(outcome.status).toBe("built");
    if (outcome.status !== "built") return;
    const names = outcome.job.plan.sheets.map((s) => s.name);
    expect(names[0]).toBe("Scorecard Q2 2013-14");
    expect(outcome.job.replaceSheets).toEqual(names);
    expect(outcome.job.store).toContainEqual(["build:Q2 2013-14", JSON.stringify(names)]);
  });

  it("replaces what an earlier build of the same quarter wrote, even sheets this build no longer writes", () => {
    const store: Grid = { sheet: STORE_SHEET, rows: [["build:Q2 2013-14", JSON.stringify(["Scorecard Q2 2013-14", "Old extra Q2 2013-14"])], ["keep", "me"]] };
    const outcome = buildScorecard(withSheet(sample, store), { asOf: AS_OF });
    if (outcome.status !== "built") throw new Error("not built");
    expect(outcome.job.replaceSheets).toContain("Old extra Q2 2013-14");
    expect(outcome.job.store).toContainEqual(["keep", "me"]);
  });

  it("keeps commentary typed into the last scorecard of the quarter", () => {
    const first = buildScorecard(sample, { asOf: AS_OF });
    if (first.status !== "built") throw new Error("not built");
    const scorecard = first.job.plan.sheets[0]!;
    // The scorecard as a host would read it back, with the analyst's words in Total Crime's commentary cell.
    const rows: (string | number | boolean | null)[][] = [];
    for (const block of scorecard.blocks) {
      block.cells.forEach((line, r) => {
        const row = (rows[block.top + r] ??= []);
        line.forEach((cell, c) => (row[block.left + c] = cell.value));
      });
    }
    const header = rows.findIndex((row) => row?.includes("Commentary") && row.includes("ID"));
    const commentaryCol = rows[header]!.indexOf("Commentary");
    const totalCrime = rows.findIndex((row) => row?.[rows[header]!.indexOf("ID")] === "P1-01");
    rows[totalCrime]![commentaryCol] = "=Typed by the analyst: burglary down in every section";
    const grid: Grid = { sheet: scorecard.name, rows: rows.map((r) => Array.from(r ?? [], (v) => v ?? null)) };
    const rebuilt = buildScorecard(withSheet(sample, grid), { asOf: AS_OF });
    if (rebuilt.status !== "built") throw new Error("not built");
    const texts = rebuilt.job.plan.sheets[0]!.blocks.flatMap((b) => b.cells.flat().map((c) => c.value));
    expect(texts).toContain("=Typed by the analyst: burglary down in every section");
  });

  it("refuses to build on part of the data when a host could not read a sheet whole", () => {
    const measurements = sample.sheets.find((g) => g.sheet === "Measurements")!;
    const cut: Grid = { ...measurements, rows: measurements.rows.slice(0, 50), totalRows: 1_048_576 };
    const outcome = buildScorecard(withSheet(sample, cut), { asOf: AS_OF });
    expect(outcome.status).toBe("blocked");
    expect(outcome.issues).toContainEqual(expect.objectContaining({ code: "SHEET_TOO_LARGE", sheet: "Measurements", severity: "error" }));
  });

  it("refuses a period it cannot read, and a workbook with no KPIs, saying why", () => {
    const badQuarter = buildScorecard(sample, { asOf: AS_OF, period: "second quarter" });
    expect(badQuarter.status).toBe("blocked");
    expect(badQuarter.issues.map((i) => i.message)).toContain(messageText("PERIOD_UNKNOWN", "second quarter", describePeriodForms()));
    const empty = buildScorecard({ sheets: [{ sheet: "Sheet1", rows: [["hello"]] }] }, { asOf: AS_OF });
    expect(empty.status).toBe("blocked");
    expect(empty.issues.some((i) => i.severity === "error")).toBe(true);
  });

  it("builds a quarter asked for by its label", () => {
    const outcome = buildScorecard(sample, { asOf: AS_OF, period: "Q1 2013-14" });
    expect(outcome.status === "built" && outcome.results.periodLabel).toBe("Q1 2013-14");
  });
});
