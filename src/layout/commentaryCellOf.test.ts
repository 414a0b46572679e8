import { draftCommentary } from "../narrative";
import { buildScorecardPlan } from "./buildScorecardPlan";
import { commentaryCellOf } from "./commentaryCellOf";
import { SCORECARD_COLUMNS as COL } from "./scorecardColumns";
import { cellAtA1, findRow } from "./__fixtures__/planCells";
import { scorecardResults } from "./__fixtures__/scorecardResults";

describe("commentaryCellOf", () => {
  const results = scorecardResults();
  const plan = buildScorecardPlan(results, { drafts: draftCommentary(results) });
  const scorecard = plan.sheets[0]!;

  it("finds the KPI's Commentary cell on the scorecard", () => {
    const found = commentaryCellOf(plan, "P1-02");
    expect(found?.sheet).toBe("Scorecard Q2 2013-14");
    expect(cellAtA1(scorecard, found!.cell)?.value).toBe(results.kpis[1]?.commentary);
    expect(found?.cell).toBe(`L${findRow(scorecard, COL.id, "P1-02") + 1}`);
  });

  it("gives null for a KPI that is not there", () => {
    expect(commentaryCellOf(plan, "nope")).toBeNull();
  });
});
