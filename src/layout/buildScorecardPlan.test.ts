import { outputSheetName } from "../model/outputSheets";
import { buildScorecardPlan } from "./buildScorecardPlan";
import { chooseCommentary } from "./chooseCommentary";
import { readPreservedCommentary } from "./readPreservedCommentary";
import { SCORECARD_COLUMNS as COL } from "./scorecardColumns";
import { cellAt, findRow, sheetByRole, sheetToGrid } from "./__fixtures__/planCells";
import { KPI_RESULTS, scorecardResults } from "./__fixtures__/scorecardResults";

const results = scorecardResults();
const plan = buildScorecardPlan(results);

describe("buildScorecardPlan", () => {
  it("writes every sheet in tab order, the scorecard first", () => {
    expect(plan.sheets.map((s) => s.name)).toEqual([
      "Scorecard Q2 2013-14",
      "Theme RAG Q2 2013-14",
      "Charts Q2 2013-14",
      "Chart data Q2 2013-14",
      "Finance variance Q2 2013-14",
      "Exceptions Q2 2013-14",
      "Data issues Q2 2013-14",
    ]);
    expect(plan.version).toBe(1);
    expect(plan.periodLabel).toBe("Q2 2013-14");
  });

  it("keeps every sheet name within Excel's 31 characters, even for a long period label", () => {
    for (const sheet of plan.sheets) expect(sheet.name.length).toBeLessThanOrEqual(31);
    const long = buildScorecardPlan(scorecardResults({ periodLabel: "12 months to Apr-2099", sheetLabel: "12m to Apr-99" }));
    for (const sheet of long.sheets) expect(sheet.name.length).toBeLessThanOrEqual(31);
  });

  it("leaves out sheets with nothing to show, but always writes the scorecard and the data issues", () => {
    const bare = buildScorecardPlan(
      scorecardResults({ themes: [], finance: [], exceptions: [], issues: [], kpis: KPI_RESULTS.map((r) => ({ ...r, monthly: null })) }),
    );
    expect(bare.sheets.map((s) => s.role)).toEqual(["scorecard", "issues"]);
    expect(bare.sheets[1]!.name).toBe(outputSheetName("issues", "Q2 2013-14"));
  });

  it("names in plan.styles exactly the styles its cells use", () => {
    const used = new Set(plan.sheets.flatMap((s) => s.blocks.flatMap((b) => b.cells.flat().map((c) => c.style))).filter(Boolean));
    expect(new Set(Object.keys(plan.styles))).toEqual(used);
    expect(Object.keys(plan.styles)).toEqual([...Object.keys(plan.styles)].sort());
  });

  it("is plain JSON: it survives a round trip unchanged", () => {
    expect(JSON.parse(JSON.stringify(plan))).toEqual(plan);
  });

  it("is deterministic", () => {
    expect(JSON.stringify(buildScorecardPlan(scorecardResults()))).toBe(JSON.stringify(plan));
  });

  it("keeps an analyst's commentary through a rebuild (plan -> grid -> map -> plan)", () => {
    const scorecard = sheetByRole(plan, "scorecard");
    const grid = sheetToGrid(scorecard);
    const rows = grid.rows.map((r) => [...r]);
    const row = findRow(scorecard, COL.id, "P2-01");
    rows[row]![COL.commentary] = "Most serious violence nearly halved.";
    const preserved = readPreservedCommentary({ ...grid, rows });
    const rebuilt = sheetByRole(buildScorecardPlan(results, { commentary: chooseCommentary(results, { preserved }) }), "scorecard");
    expect(cellAt(rebuilt, findRow(rebuilt, COL.id, "P2-01"), COL.commentary)?.value).toBe("Most serious violence nearly halved.");
  });

  it("points every chart reference at a sheet in the plan", () => {
    const names = new Set(plan.sheets.map((s) => `'${s.name}'`));
    const refs = plan.sheets.flatMap((s) => s.charts.flatMap((c) => [c.categories, ...c.series.map((x) => x.values)]));
    expect(refs.length).toBeGreaterThan(0);
    for (const ref of refs) expect(names.has(ref.slice(0, ref.indexOf("!")))).toBe(true);
  });

  it("matches the snapshot", () => {
    expect(plan).toMatchSnapshot();
  });
});
