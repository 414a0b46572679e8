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
import { month, monthSpan } from "../src/model/period";
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
    // A first build replaces nothing: no earlier build of the quarter is recorded.
    expect(outcome.job.replaceSheets).toEqual([]);
    expect(outcome.job.store).toContainEqual(["build:Q2 2013-14", JSON.stringify(names)]);
  });

  it("replaces what an earlier build of the same quarter wrote, even sheets this build no longer writes", () => {
    const store: Grid = { sheet: STORE_SHEET, rows: [["build:Q2 2013-14", JSON.stringify(["Scorecard Q2 2013-14", "Exceptions Q2 2013-14 (2)"])], ["keep", "me"]] };
    const outcome = buildScorecard(withSheet(sample, store), { asOf: AS_OF });
    if (outcome.status !== "built") throw new Error("not built");
    expect(outcome.job.replaceSheets).toEqual(["Scorecard Q2 2013-14", "Exceptions Q2 2013-14 (2)"]);
    expect(outcome.job.store).toContainEqual(["keep", "me"]);
  });

  describe("the store is data from a file, trusted only for names this tool makes", () => {
    it("never lets a build replace the analyst's sheets, whatever the store lists", () => {
      const listed = ["KPIs", "Measurements", "Notes", "Settings", "Themes", "Finance", "About", "Scorecard Q1 2013-14", "Scorecard Q2 2013-14 (10)", "Charts Q2 2013-14 x"];
      const store: Grid = { sheet: STORE_SHEET, rows: [["build:Q2 2013-14", JSON.stringify(listed)]] };
      const outcome = buildScorecard(withSheet(sample, store), { asOf: AS_OF });
      if (outcome.status !== "built") throw new Error("not built");
      expect(outcome.job.replaceSheets).toEqual([]);
    });

    it("numbers its own sheet, with an info issue, when an analyst's sheet has the name (in any case)", () => {
      const analysts: Grid = { sheet: "SCORECARD Q2 2013-14", rows: [["My own notes, not to be replaced"]] };
      const outcome = buildScorecard(withSheet(sample, analysts), { asOf: AS_OF });
      if (outcome.status !== "built") throw new Error("not built");
      expect(outcome.job.plan.sheets[0]?.name).toBe("Scorecard Q2 2013-14 (2)");
      expect(outcome.job.replaceSheets).toEqual([]);
      expect(outcome.issues).toContainEqual(
        expect.objectContaining({ code: "SHEET_NAME_KEPT", severity: "info", sheet: "SCORECARD Q2 2013-14", message: messageText("SHEET_NAME_KEPT", "SCORECARD Q2 2013-14", "Scorecard Q2 2013-14 (2)") }),
      );
      // The data issues sheet lists it too, and the store records the numbered name for the next rebuild.
      const issuesSheet = outcome.job.plan.sheets.find((s) => s.role === "issues")!;
      expect(issuesSheet.blocks.flatMap((b) => b.cells.flat().map((c) => c.value))).toContain(messageText("SHEET_NAME_KEPT", "SCORECARD Q2 2013-14", "Scorecard Q2 2013-14 (2)"));
      expect(outcome.job.store).toContainEqual(["build:Q2 2013-14", JSON.stringify(outcome.job.plan.sheets.map((s) => s.name))]);
    });

    it("rebuilds into the numbered sheet it wrote, leaving the analyst's sheet of the plain name alone", () => {
      const analysts: Grid = { sheet: "Scorecard Q2 2013-14", rows: [["Mine"]] };
      const first = buildScorecard(withSheet(sample, analysts), { asOf: AS_OF });
      if (first.status !== "built") throw new Error("not built");
      const built = first.job.plan.sheets.map((s): Grid => ({ sheet: s.name, rows: [] }));
      const store: Grid = { sheet: STORE_SHEET, rows: first.job.store.map(([k, v]) => [k, v]) };
      const again = buildScorecard({ sheets: [...withSheet(sample, analysts).sheets, ...built, store] }, { asOf: AS_OF });
      if (again.status !== "built") throw new Error("not built");
      expect(again.job.plan.sheets.map((s) => s.name)).toEqual(first.job.plan.sheets.map((s) => s.name));
      expect(again.job.replaceSheets).toContain("Scorecard Q2 2013-14 (2)");
      expect(again.job.replaceSheets).not.toContain("Scorecard Q2 2013-14");
    });

    it("refuses, with a located message, when every numbered name is an analyst's too", () => {
      const taken = ["", " (2)", " (3)", " (4)", " (5)", " (6)", " (7)", " (8)", " (9)"].map((n): Grid => ({ sheet: `Scorecard Q2 2013-14${n}`, rows: [["x"]] }));
      const outcome = buildScorecard({ sheets: [...sample.sheets, ...taken] }, { asOf: AS_OF });
      expect(outcome.status).toBe("blocked");
      expect(outcome.issues).toContainEqual(expect.objectContaining({ code: "SHEET_NAME_NO_ROOM", sheet: "Scorecard Q2 2013-14" }));
    });
  });

  it("refuses a mapping too long to save in a cell, rather than cut it", () => {
    const mapping = { note: "x".repeat(40_000) };
    const outcome = buildScorecard(sample, { asOf: AS_OF, mapping });
    expect(outcome.status).toBe("blocked");
    expect(outcome.issues).toContainEqual(
      expect.objectContaining({ code: "STORE_VALUE_TOO_LONG", message: messageText("STORE_VALUE_TOO_LONG", "column mapping", JSON.stringify(mapping).length.toLocaleString("en-GB")) }),
    );
  });

  it("refuses a period far outside the data, naming the data's months and located at the nearest figure", () => {
    const spans = [monthSpan(month(2013, 4), month(9999, 12), "range", "Apr-13 to Dec-99"), monthSpan(month(1900, 1), month(2013, 9), "range", "Jan-00 to Sep-13")];
    for (const period of ["Q1 9999-00", "Q1 3000-01", "Q4 1999-00", "2100/01", "12 months to Apr-99", "Apr 2030 - Jun 2030", ...spans]) {
      const outcome = buildScorecard(sample, { asOf: AS_OF, period });
      expect(outcome.status).toBe("blocked");
      const refused = outcome.issues.find((i) => i.code === "PERIOD_OUT_OF_RANGE");
      expect(refused).toMatchObject({ severity: "error", sheet: "Measurements" });
      expect(refused?.cell).toMatch(/^[A-Z]+\d+$/);
      expect(refused?.message).toMatch(/is far outside the data, which runs from [A-Z][a-z]{2}-\d{2} to [A-Z][a-z]{2}-\d{2}/);
    }
    // The year after the data is still a period one may build (a scorecard of gaps, each said), and so is its year.
    for (const period of ["Q2 2014-15", "2014/15", "Q2 2013-14"]) {
      expect(buildScorecard(sample, { asOf: AS_OF, period }).status).toBe("built");
    }
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
    const store: Grid = { sheet: STORE_SHEET, rows: first.job.store.map(([k, v]) => [k, v]) };
    const rebuilt = buildScorecard(withSheet(withSheet(sample, grid), store), { asOf: AS_OF });
    if (rebuilt.status !== "built") throw new Error("not built");
    const texts = rebuilt.job.plan.sheets[0]!.blocks.flatMap((b) => b.cells.flat().map((c) => c.value));
    expect(texts).toContain("=Typed by the analyst: burglary down in every section");
  });

  it("drafts every KPI's commentary after calc, and chooses each Commentary without overwriting the analyst's", () => {
    const outcome = buildScorecard(sample, { asOf: AS_OF });
    if (outcome.status !== "built") throw new Error("not built");
    expect(outcome.drafts.kpis.map((d) => d.kpiId)).toEqual(outcome.results.kpis.map((r) => r.kpi.id));
    // Total Crime has the Notes sheet's commentary; Number of Repeat Victims has none, and the fill setting is off.
    expect(outcome.commentary.get("P1-01")).toMatchObject({ source: "notes", text: outcome.results.kpis[0]?.commentary });
    expect(outcome.commentary.get("P1-03")).toEqual({ text: "", built: "", source: "none" });
  });

  it("fills an empty Commentary from the draft when the settings say so, and saves the setting", () => {
    const outcome = buildScorecard(sample, { asOf: AS_OF, settings: { fillCommentaryFromDraft: true } });
    if (outcome.status !== "built") throw new Error("not built");
    const draft = outcome.drafts.kpis.find((d) => d.kpiId === "P1-03")!.text;
    expect(outcome.commentary.get("P1-03")).toEqual({ text: draft, built: draft, source: "draft" });
    expect(outcome.commentary.get("P1-01")?.source).toBe("notes");
    expect(outcome.job.store.find(([key]) => key === "settings")?.[1]).toContain('"fillCommentaryFromDraft":true');
  });

  it("takes commentary chosen in the pane over the last build's, for the period it was chosen for only", () => {
    const chosen = new Map([["P1-01", "Chosen in the pane."]]);
    const outcome = buildScorecard(sample, { asOf: AS_OF, commentary: new Map([["Q2 2013-14", chosen]]) });
    if (outcome.status !== "built") throw new Error("not built");
    expect(outcome.commentary.get("P1-01")).toMatchObject({ text: "Chosen in the pane.", source: "analyst" });

    const other = buildScorecard(sample, { asOf: AS_OF, period: "Q1 2013-14", commentary: new Map([["Q2 2013-14", chosen]]) });
    if (other.status !== "built") throw new Error("not built");
    expect(other.commentary.get("P1-01")?.text).not.toBe("Chosen in the pane.");
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
