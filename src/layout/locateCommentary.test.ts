import { draftCommentary } from "../narrative";
import { buildScorecardPlan } from "./buildScorecardPlan";
import { locateCommentary } from "./locateCommentary";
import { SCORECARD_COLUMNS as COL } from "./scorecardColumns";
import { cellAt, cellAtA1, findRow } from "./__fixtures__/planCells";
import { KPI_RESULTS, scorecardResults } from "./__fixtures__/scorecardResults";

describe("locateCommentary", () => {
  const results = scorecardResults();
  const plan = buildScorecardPlan(results, { drafts: draftCommentary(results) });
  const scorecard = plan.sheets[0]!;

  it("finds the KPI's Commentary cell on the scorecard, with the name and ID on its row", () => {
    const found = locateCommentary(plan, "P1-02")!;
    const row = findRow(scorecard, COL.key, "P1-02");
    expect(found).toEqual({ sheet: "Scorecard Q2 2013-14", cell: `N${row + 1}`, row: row + 1, name: "Positive Outcome Rate", printedId: "P1-02" });
    expect(cellAtA1(scorecard, found.cell)?.value).toBe(results.kpis[1]?.commentary);
  });

  it("finds a KPI whose ID is not printed by its key, with no printed ID to check", () => {
    const generated = scorecardResults({ kpis: KPI_RESULTS.map((r) => (r.kpi.id === "P1-03" ? { ...r, kpi: { ...r.kpi, generatedId: true } } : r)) });
    const found = locateCommentary(buildScorecardPlan(generated), "P1-03")!;
    expect(found.printedId).toBeNull();
    expect(cellAt(buildScorecardPlan(generated).sheets[0]!, found.row - 1, COL.kpi)?.value).toBe("Number of Repeat Victims");
  });

  it("gives null for a KPI that is not there", () => {
    expect(locateCommentary(plan, "nope")).toBeNull();
  });
});
