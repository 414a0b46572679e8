import { messageText } from "../messages";
import { scorecardResults } from "./__fixtures__/scorecardResults";
import { buildScorecardPlan } from "./buildScorecardPlan";
import { selectChartedKpis } from "./selectChartedKpis";

describe("selectChartedKpis", () => {
  const results = scorecardResults();
  const withSeries = results.kpis.filter((r) => r.monthly !== null && r.monthly.months.length > 0);

  it("charts every KPI with a monthly series when they fit the limit", () => {
    expect(withSeries.length).toBeGreaterThan(1);
    expect(selectChartedKpis(results)).toEqual({ charted: withSeries, note: null });
  });

  it("keeps the first KPIs in scorecard order up to the limit and says how many went uncharted", () => {
    const limited = scorecardResults({ settings: { ...results.settings, chartLimit: 1 } });
    const selection = selectChartedKpis(limited);
    expect(selection.charted).toEqual([withSeries[0]]);
    expect(selection.note?.message).toBe(messageText("CHARTS_LIMITED", "1", String(withSeries.length)));
  });

  it("bounds the plan: two charts per charted KPI, and the note on the data issues sheet", () => {
    const plan = buildScorecardPlan(scorecardResults({ settings: { ...results.settings, chartLimit: 1 } }));
    expect(plan.sheets.flatMap((s) => s.charts)).toHaveLength(2);
    const issues = plan.sheets.find((s) => s.role === "issues")!;
    const texts = issues.blocks.flatMap((b) => b.cells.flat().map((c) => c.value));
    expect(texts).toContain(messageText("CHARTS_LIMITED", "1", String(withSeries.length)));
  });

  it("draws no chart for a KPI with one or two monthly values (P6-01: one establishment figure)", () => {
    const base = withSeries[0]!;
    const series = (values: (number | null)[]) => ({ ...base, monthly: { ...base.monthly!, values, months: base.monthly!.months.slice(0, values.length) } });
    const kpis = [series([137]), series([137, null, 140]), series([137, 138, 140])];
    expect(selectChartedKpis(scorecardResults({ kpis })).charted).toEqual([kpis[2]]);
  });

  describe("edge cases", () => {
    it("draws no charts with a limit of 0", () => {
      const none = scorecardResults({ settings: { ...results.settings, chartLimit: 0 } });
      expect(selectChartedKpis(none).charted).toEqual([]);
      expect(buildScorecardPlan(none).sheets.some((s) => s.role === "charts")).toBe(false);
    });
  });
});
