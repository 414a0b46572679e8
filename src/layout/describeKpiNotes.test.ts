import { DEFAULT_SETTINGS } from "../model/kpi";
import { describeKpiNotes } from "./describeKpiNotes";
import { changeOf, kpiResult, KPIS, rag } from "./__fixtures__/scorecardResults";

const labels = DEFAULT_SETTINGS.ragLabels;
const periods = { previous: "Apr - Sep 2012/13", current: "Apr - Sep 2013/14" };

describe("describeKpiNotes", () => {
  it("says nothing about a plain KPI", () => {
    expect(describeKpiNotes(kpiResult(KPIS.repeatVictims, 2922, 2484), periods, labels)).toEqual([]);
  });

  it("states a trajectory (seed 000: 2013 target 348, on track)", () => {
    const ksi = kpiResult(KPIS.ksi, 200, 184, {
      trajectory: { targetForYear: 347.5, yearLabel: "2013", actualToDate: 242, projectedYearEnd: 322.7, onTrack: true, lastYear: { yearLabel: "2012", target: 362, actual: 393, actualToDate: 290 } },
    });
    expect(describeKpiNotes(ksi, periods, labels)).toEqual(["2013 target 348: on track, projected 323"]);
  });

  it("says when a trajectory is off track", () => {
    const ksi = kpiResult(KPIS.ksi, 200, 184, {
      trajectory: { targetForYear: 347.5, yearLabel: "2013", actualToDate: 300, projectedYearEnd: 400, onTrack: false, lastYear: { yearLabel: "2012", target: 362, actual: null, actualToDate: null } },
    });
    expect(describeKpiNotes(ksi, periods, labels)).toEqual(["2013 target 348: off track, projected 400"]);
  });

  it("gives change from a baseline in points for a percentage", () => {
    const k = { ...KPIS.positiveOutcomes, baseline: { value: 24.4, label: "2019 baseline" } };
    const r = kpiResult(k, 21.1, 25.2, { changeFromBaseline: changeOf(24.4, 25.2, "percent") });
    expect(describeKpiNotes(r, periods, labels)).toEqual(["+0.8 pts from 2019 baseline"]);
  });

  it("says what the figures gave when an analyst overrode the RAG", () => {
    const r = kpiResult(KPIS.calls999, 95.5, 94.2, { rag: rag("amber", "override", "red") });
    expect(describeKpiNotes(r, periods, labels)).toEqual(["Figures alone give Red"]);
  });

  it("joins the SPC variation and assurance marks", () => {
    const r = kpiResult(KPIS.calls999, 95.5, 94.2, {
      monthly: {
        months: [],
        values: [],
        rolling12: [],
        rolling6: [],
        rolling: null,
        spc: {
          limits: null,
          points: [],
          variation: "special-cause-concerning",
          assurance: "hit-and-miss",
          segments: [],
          valueCount: 30,
          minimumValues: 13,
          proposal: null,
        },
      },
    });
    expect(describeKpiNotes(r, periods, labels)).toEqual(["SPC: special cause variation, concerning; hit and miss against the target"]);
  });

  it("names the one period of a KPI with a single figure, never a blank ('Periods:  vs Sep-13')", () => {
    const single = kpiResult(KPIS.repeatVictims, null, 137, { previousLabel: "", currentLabel: "Sep-13" });
    expect(describeKpiNotes(single, periods, labels)).toEqual(["Period: Sep-13 (no earlier figure)"]);
  });

  describe("SPC", () => {
    const base = kpiResult(KPIS.calls999, 95.5, 94.2);
    const months = Array.from({ length: 24 }, (_, i) => ({ kind: "month" as const, year: 2012 + Math.floor((i + 3) / 12), month: ((i + 3) % 12) + 1 }));
    const limits = { mean: 95, meanMovingRange: 1, upper: 97.66, lower: 92.34, upperWarning: 96.77, lowerWarning: 93.23 };
    const spc = (fields: object) => ({
      ...base,
      monthly: {
        months,
        values: months.map(() => 95),
        rolling12: [],
        rolling6: [],
        rolling: null,
        spc: { limits, points: [], variation: null, assurance: null, segments: [], valueCount: 24, minimumValues: 13, proposal: null, ...fields },
      },
    });

    it("says when there are too few months to judge", () => {
      expect(describeKpiNotes(spc({ limits: null, valueCount: 8 }), periods, labels)).toEqual(["SPC: 8 months of data; Making Data Count judges from 13"]);
    });

    it("names the analyst's baseline and recalculations, and a recalculation that still lacks months", () => {
      const segments = [
        { start: 0, end: 17, startsWith: "series", baseline: { start: 0, end: 11 }, limits, baselineValues: 12 },
        { start: 18, end: 23, startsWith: "recalculation", baseline: { start: 18, end: 23 }, limits: null, baselineValues: 6 },
      ];
      expect(describeKpiNotes(spc({ segments, limits: null }), periods, labels)).toEqual([
        "SPC limits from Apr-12 to Mar-13",
        "SPC limits recalculated from Oct-13",
        "SPC: 6 months since the recalculation; new limits need 12",
      ]);
    });

    it("says a recalculation is proposed and why there is no assurance", () => {
      const proposal = { index: 14, points: 10, side: "above" };
      expect(describeKpiNotes(spc({ proposal, variation: "special-cause-improving" }), periods, labels)).toEqual([
        "SPC: shift since Jun-13 (10 months above the mean): recalculation proposed, no assurance until then",
        "SPC: special cause variation, improving",
      ]);
    });
  });

  describe("edge cases", () => {
    it("says nothing of an override that agrees with the figures", () => {
      const r = kpiResult(KPIS.calls999, 95.5, 94.2, { rag: rag("red", "override", "red") });
      expect(describeKpiNotes(r, periods, labels)).toEqual([]);
    });
  });
});
