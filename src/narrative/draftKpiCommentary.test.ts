import { calculateScorecard } from "../calc/calculateScorecard";
import { monthly, spread, testKpi, testModel } from "../calc/testFixtures";
import { DEFAULT_SETTINGS } from "../model/kpi";
import type { Kpi, Measurement } from "../model/kpi";
import { month, quarter } from "../model/period";
import type { KpiResult } from "../model/results";
import { draftKpiCommentary } from "./draftKpiCommentary";
import type { KpiDraft } from "../model/drafts";
import { checkKpiDraft } from "./testing/checkDraft";

/** Drafts one KPI from its own months, Apr - Sep 2012/13 against Apr - Sep 2013/14, through the real calc. */
function draft(kpi: Kpi, measurements: readonly Measurement[]): { draft: KpiDraft; result: KpiResult } {
  const results = calculateScorecard(testModel({ kpis: [kpi], measurements: [...measurements] }), quarter(2013, 2), { asOf: month(2013, 11) });
  const result = results.kpis[0];
  if (!result) throw new Error("no result");
  const options = { settings: results.settings, previousRagLabel: results.previousPeriodLabel, exceptions: results.exceptions };
  const drafted = draftKpiCommentary(result, options);
  expect(checkKpiDraft(drafted, result, { ...options, parentName: null })).toEqual([]);
  return { draft: drafted, result };
}

const topics = (d: KpiDraft) => d.sentences.map((s) => s.topic);

describe("draftKpiCommentary", () => {
  it("says nothing of a target for a KPI with none, and no RAG", () => {
    const { draft: d } = draft(testKpi({ id: "NT", name: "Repeat Callers" }), [
      ...monthly("NT", 2012, 4 /* Apr */, spread(1563, 6)),
      ...monthly("NT", 2013, 4 /* Apr */, spread(1488, 6)),
    ]);
    expect(d.sentences[0]?.text).toBe("In Apr - Sep 2013/14, Repeat Callers fell by 4.8% to 1,488, 75 fewer callers than the 1,563 in Apr - Sep 2012/13.");
    expect(topics(d)).not.toContain("target");
    expect(d.text).not.toMatch(/Green|Amber|Red|target/);
  });

  it("gives the figure without a comparison when there is no previous value", () => {
    const { draft: d } = draft(testKpi({ id: "NP", name: "Hate Incidents" }), monthly("NP", 2013, 4 /* Apr */, spread(60, 6)));
    expect(d.text).toBe(
      "Hate Incidents stand at 60 in Apr - Sep 2013/14, with no figure for Apr - Sep 2012/13 to compare with. " +
        "With only 6 months of figures, there is no SPC reading yet (Making Data Count asks for 13).",
    );
  });

  it("gives the rise from a zero previous value without a percentage", () => {
    const { draft: d, result } = draft(testKpi({ id: "ZP", name: "Modern Slavery Referrals", polarity: "higher-is-better" }), [
      ...monthly("ZP", 2012, 4 /* Apr */, [0, 0, 0, 0, 0, 0]),
      ...monthly("ZP", 2013, 4 /* Apr */, spread(12, 6)),
    ]);
    expect(result.change.percent).toBeNull();
    expect(d.sentences[0]?.text).toBe(
      "Modern Slavery Referrals are 12 in Apr - Sep 2013/14, 12 more referrals than the 0 in Apr - Sep 2012/13. There is no percentage change from zero.",
    );
    expect(d.text).not.toMatch(/\d%/);
  });

  it("gives a rate's change in percentage points and its RAG against a level target", () => {
    const rate = testKpi({
      id: "RT",
      name: "Percentage of 999 calls answered in 10 seconds",
      unit: "percent",
      polarity: "higher-is-better",
      aggregation: "average",
      target: { kind: "level", comparator: ">=", value: 90 },
      targetText: "≥ 90%",
      decimals: 1,
    });
    const { draft: d } = draft(rate, [
      ...monthly("RT", 2012, 4 /* Apr */, [86, 87, 86.5, 87, 86, 86.2]),
      ...monthly("RT", 2013, 4 /* Apr */, [87, 86.5, 87, 86.8, 87.2, 86.9]),
    ]);
    expect(d.sentences.map((s) => s.text).slice(0, 4)).toEqual([
      "In Apr - Sep 2013/14, Percentage of 999 calls answered in 10 seconds was 86.9%, up 0.5 percentage points on 86.5% in Apr - Sep 2012/13.",
      "This is an improvement.",
      "It is rated Amber: 86.9% is just short of the target of at least 90%, within tolerance.",
      "It was also rated Amber in Q1 2013-14.",
    ]);
  });

  it("gives money in pounds as the scorecard shows it", () => {
    const money = testKpi({
      id: "MO",
      name: "Commissioning: Crime Prevention",
      unit: "currency",
      polarity: "higher-is-better",
      target: { kind: "level", comparator: ">=", value: 1700000 },
      targetText: "£1.7m",
    });
    const { draft: d } = draft(money, [...monthly("MO", 2012, 4 /* Apr */, spread(1500000, 6)), ...monthly("MO", 2013, 4 /* Apr */, spread(1731000, 6))]);
    expect(d.sentences.map((s) => s.text).slice(0, 4)).toEqual([
      "Commissioning: Crime Prevention has risen from £1,500,000 in Apr - Sep 2012/13 to £1,731,000 in Apr - Sep 2013/14, an increase of £231,000 (15.4%).",
      "This is encouraging.",
      "At £1,731,000 it meets the target of at least £1,700,000 and is rated Green.",
      "In Q1 2013-14 it was rated Red: its rating has improved.",
    ]);
  });

  it("gives a duration in minutes, and how far it misses a maximum", () => {
    const duration = testKpi({
      id: "DU",
      name: "Average 101 answer time",
      unit: "duration",
      aggregation: "average",
      target: { kind: "level", comparator: "<=", value: 10 },
      targetText: "≤ 10 mins",
    });
    const { draft: d } = draft(duration, [
      ...monthly("DU", 2012, 4 /* Apr */, [12, 12.5, 13, 12, 11.8, 12.1]),
      ...monthly("DU", 2013, 4 /* Apr */, [15, 16, 15.5, 16, 15.2, 15.9]),
    ]);
    expect(d.sentences.map((s) => s.text).slice(0, 3)).toEqual([
      "Average 101 answer time stands at 15.6 mins in Apr - Sep 2013/14, up 27.5% (3.4 mins longer) on 12.2 mins in Apr - Sep 2012/13.",
      "This is a move in the wrong direction.",
      "It is rated Red: 15.6 mins misses the target of no more than 10 mins by 5.6 mins.",
    ]);
  });

  it("gives a grade by name, moving up a grade to meet its target", () => {
    const grade = testKpi({
      id: "GR",
      name: "Effectiveness assessment by HMICFRS",
      unit: "grade",
      polarity: "higher-is-better",
      aggregation: "last",
      target: { kind: "grade", grade: "adequate" },
      targetText: "ADQ.",
    });
    const { draft: d } = draft(grade, [...monthly("GR", 2012, 4 /* Apr */, [2, 2, 2, 2, 2, 2]), ...monthly("GR", 2013, 4 /* Apr */, [2, 2, 3, 3, 3, 3])]);
    expect(d.sentences.map((s) => s.text).slice(0, 3)).toEqual([
      "Effectiveness assessment by HMICFRS moved up 1 grade, from Requires improvement in Apr - Sep 2012/13 to Adequate in Apr - Sep 2013/14.",
      "It is a welcome improvement.",
      "It is rated Green: Adequate meets the target of Adequate.",
    ]);
  });

  it("calls a neutral KPI's change neither good nor bad", () => {
    const neutral = testKpi({ id: "NE", name: "PCSO establishment", polarity: "neutral", aggregation: "last" });
    const { draft: d } = draft(neutral, [
      ...monthly("NE", 2012, 4 /* Apr */, [120, 121, 122, 125, 128, 128]),
      ...monthly("NE", 2013, 4 /* Apr */, [130, 131, 131, 132, 132, 132]),
    ]);
    expect(d.sentences.slice(0, 2).map((s) => s.text)).toEqual([
      "PCSO establishment has increased by 3.1% or 4 more in Apr - Sep 2013/14 compared with Apr - Sep 2012/13 (128 to 132).",
      "The measure has no preferred direction; the change is given for context.",
    ]);
    expect(d.text).not.toMatch(/improv|deteriorat|wrong|right direction|concern/);
  });

  describe("the SPC reading, as the scorecard's SPC notes give it", () => {
    // Oct-11 to Sep-13: a year around 50, then a year around 60 (a shift still running), or the first year again.
    const LOW = [50, 52, 49, 51, 48, 53, 50, 47, 52, 51, 49, 50];
    const HIGH = LOW.map((v) => v + 10);
    const rate = (overrides: Partial<Kpi> & Pick<Kpi, "id">) =>
      testKpi({ name: "Positive Outcome Rate", unit: "percent", polarity: "higher-is-better", aggregation: "average", ...overrides });
    const spcText = (d: KpiDraft) => d.sentences.find((s) => s.topic === "spc")?.text;
    const source = { sheet: "KPIs", cell: "P2" };

    it("proposes recalculating the limits after a sustained shift, and withholds assurance against the target", () => {
      const kpi = rate({ id: "SH", target: { kind: "level", comparator: ">=", value: 55 }, targetText: "≥ 55%" });
      const { draft: d, result } = draft(kpi, monthly("SH", 2011, 10 /* Oct */, [...LOW, ...HIGH]));
      expect(result.monthly?.spc.proposal).toEqual({ index: 12, points: 12, side: "above" });
      expect(spcText(d)).toBe(
        "In the monthly figures, the latest month (Sep-13) shows special cause variation of an improving nature. " +
          "The last 12 months, from Oct-12, have all been above the average, a sustained shift: recalculating the control limits " +
          "from Oct-12 is proposed, and no assurance against the target is given until that is decided.",
      );
    });

    it("says what the limits give against the target when nothing is proposed", () => {
      const kpi = rate({ id: "AS", target: { kind: "level", comparator: ">=", value: 40 }, targetText: "≥ 40%" });
      const { draft: d, result } = draft(kpi, monthly("AS", 2011, 10 /* Oct */, [...LOW, ...LOW]));
      expect(result.monthly?.spc.assurance).toBe("consistently-passing");
      expect(spcText(d)).toMatch(/common cause .* Its control limits sit wholly on the passing side of the target, so the target should be met consistently\.$/);
    });

    it("says there is no reading yet while recalculated limits have too few months", () => {
      const kpi = rate({ id: "RC", spc: { baseline: null, recalculateFrom: [month(2013, 4 /* Apr */)], source } });
      const { draft: d } = draft(kpi, monthly("RC", 2011, 10 /* Oct */, [...LOW, ...HIGH]));
      expect(spcText(d)).toBe("The control limits were recalculated from Apr-13: with 6 months since, and 12 needed for new limits, there is no SPC reading yet.");
    });

    it("names the baseline or the recalculation the limits come from", () => {
      const baseline = rate({ id: "BL", spc: { baseline: { kind: "first-points", count: 12 }, recalculateFrom: [], source } });
      expect(spcText(draft(baseline, monthly("BL", 2011, 10 /* Oct */, [...LOW, ...LOW])).draft)).toContain("Its control limits come from the baseline months Oct-11 to Sep-12.");
      const recalculated = rate({ id: "RL", spc: { baseline: null, recalculateFrom: [month(2012, 10 /* Oct */)], source } });
      const { draft: d, result } = draft(recalculated, monthly("RL", 2011, 10 /* Oct */, [...LOW, ...HIGH]));
      expect(result.monthly?.spc.proposal).toBeNull();
      expect(spcText(d)).toContain("Its control limits were recalculated from Oct-12.");
    });

    it("says nothing of SPC with fewer than 3 months, as the notes do", () => {
      const { draft: d } = draft(rate({ id: "TF" }), monthly("TF", 2013, 8 /* Aug */, [50, 52]));
      expect(spcText(d)).toBeUndefined();
    });
  });

  describe("edge cases", () => {
    it("says a KPI is unchanged when the figures are equal", () => {
      const { draft: d } = draft(testKpi({ id: "U", name: "Volunteers" }), [...monthly("U", 2012, 4, spread(137, 6)), ...monthly("U", 2013, 4, spread(137, 6))]);
      expect(d.sentences[0]?.text).toMatch(/unchanged at 137|held steady at 137/);
      expect(topics(d)).not.toContain("judgement");
    });

    it("says a change too small to show is little changed, with no direction", () => {
      const tiny = testKpi({ id: "T", name: "Average grade point", unit: "score", aggregation: "average", decimals: 1 });
      const { draft: d } = draft(tiny, [...monthly("T", 2012, 4, [4.01, 4.01, 4.01, 4.01, 4.01, 4.01]), ...monthly("T", 2013, 4, [4.02, 4.02, 4.02, 4.02, 4.02, 4.02])]);
      expect(d.sentences[0]?.text).toMatch(/little changed/);
      expect(topics(d)).not.toContain("judgement");
    });

    it("names a sub-indicator with its parent", () => {
      const results = calculateScorecard(
        testModel({
          kpis: [testKpi({ id: "P", name: "Dwelling Burglary" }), testKpi({ id: "C", name: "Sanction Detection Rate", parentId: "P", unit: "percent", polarity: "higher-is-better", aggregation: "average" })],
          measurements: [...monthly("C", 2012, 4, new Array(6).fill(12.9)), ...monthly("C", 2013, 4, new Array(6).fill(21.6))],
        }),
        quarter(2013, 2),
      );
      const child = results.kpis[1]!;
      const d = draftKpiCommentary(child, { settings: DEFAULT_SETTINGS, parentName: "Dwelling Burglary", previousRagLabel: "Q1 2013-14" });
      expect(d.text).toContain("Sanction Detection Rate for Dwelling Burglary");
    });

    it("says there is no figure for the period when the current value is missing", () => {
      const results = calculateScorecard(testModel({ kpis: [testKpi({ id: "X", name: "Hate Crime" })], measurements: monthly("X", 2012, 4, spread(65, 6)) }), quarter(2013, 2));
      const d = draftKpiCommentary(results.kpis[0]!, { settings: DEFAULT_SETTINGS, previousRagLabel: "Q1 2013-14" });
      expect(d.sentences[0]?.text).toBe("There is no figure for Hate Crime in Apr - Sep 2013/14; the last was 65 in Apr - Sep 2012/13.");
    });

    it("uses the workbook's RAG labels", () => {
      const k = testKpi({ id: "Y", name: "Calls", polarity: "higher-is-better", target: { kind: "level", comparator: ">=", value: 100 }, targetText: "≥ 100" });
      const results = calculateScorecard(
        testModel({ settings: { ...DEFAULT_SETTINGS, ragLabels: { green: "Green", amber: "Yellow", red: "Red" } }, kpis: [k], measurements: [...monthly("Y", 2013, 4, spread(97, 6))] }),
        quarter(2013, 2),
      );
      const d = draftKpiCommentary(results.kpis[0]!, { settings: results.settings, previousRagLabel: "Q1 2013-14" });
      expect(d.text).toContain("Yellow");
      expect(d.text).not.toContain("Amber");
    });
  });
});
