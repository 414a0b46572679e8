import { computeSpc } from "../calc/computeSpc";
import { kpiResult, KPIS, monthlySeries, scorecardResults } from "../layout/__fixtures__/scorecardResults";
import { month } from "../model/period";
import { draftCommentary } from "../narrative";
import { toResultsJson } from "./resultsJson";

describe("toResultsJson", () => {
  describe("drafted commentary", () => {
    const results = scorecardResults();
    const drafts = draftCommentary(results);
    const json = toResultsJson(results, drafts);

    it("gives each KPI its draft, as the Suggested commentary column shows it", () => {
      expect(json.kpis.map((k) => [k.id, k.draftCommentary])).toEqual(drafts.kpis.map((d) => [d.kpiId, d.text]));
    });

    it("gives the summaries of the scorecard and of each priority", () => {
      expect(json.summary).toEqual({ scorecard: drafts.scorecard, sections: drafts.sections });
    });
  });

  describe("spc", () => {
    // Thirteen steady months, then a month far above them: beyond the upper limit, higher is better.
    const values = [10, 11, 10, 11, 10, 11, 10, 11, 10, 11, 10, 11, 10, 20];
    const series = { ...monthlySeries(month(2012, 4), values, "higher-is-better") };
    const spc = computeSpc(values, "higher-is-better", null, { shiftLength: 7, baseline: { kind: "first-points", count: 12 } });
    const result = kpiResult(KPIS.positiveOutcomes, 21.1, 25.2, { monthly: { ...series, spc } });
    const results = scorecardResults({ kpis: [result] });
    const json = toResultsJson(results, draftCommentary(results));

    it("gives the limits the latest point is judged against, and the months they come from", () => {
      expect(json.kpis[0]?.spc).toMatchObject({
        mean: 10.5,
        lowerLimit: 10.5 - 2.66,
        upperLimit: 10.5 + 2.66,
        baseline: { from: "2012-04", to: "2013-03" },
      });
    });

    it("lists every signal with its month, its rules as MDC names them, and its cause", () => {
      expect(json.kpis[0]?.spc?.signals).toEqual([{ period: "2013-05", rules: ["astronomical"], cause: "improvement" }]);
      expect(json.kpis[0]).toMatchObject({ variation: "special-cause-improving" });
    });

    it("has exactly the documented keys", () => {
      expect(Object.keys(json.kpis[0]?.spc ?? {})).toEqual(["mean", "lowerLimit", "upperLimit", "baseline", "signals"]);
    });

    it("gives nulls with too few points to judge, and null without monthly data", () => {
      const few = computeSpc(values.slice(0, 5), "higher-is-better", null, { shiftLength: 7 });
      const short = kpiResult(KPIS.positiveOutcomes, 21.1, 25.2, { monthly: { ...monthlySeries(month(2013, 4), values.slice(0, 5), "higher-is-better"), spc: few } });
      const none = kpiResult(KPIS.positiveOutcomes, 21.1, 25.2, { monthly: null });
      const twoKpis = scorecardResults({ kpis: [short, none] });
      const out = toResultsJson(twoKpis, draftCommentary(twoKpis));
      expect(out.kpis.map((k) => k.spc)).toEqual([{ mean: null, lowerLimit: null, upperLimit: null, baseline: null, signals: [] }, null]);
    });
  });
});
