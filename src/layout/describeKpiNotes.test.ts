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
        spc: { limits: null, points: [], variation: "special-cause-concerning", assurance: "hit-and-miss" },
      },
    });
    expect(describeKpiNotes(r, periods, labels)).toEqual(["SPC: special cause variation, concerning; hit and miss against the target"]);
  });

  describe("edge cases", () => {
    it("says nothing of an override that agrees with the figures", () => {
      const r = kpiResult(KPIS.calls999, 95.5, 94.2, { rag: rag("red", "override", "red") });
      expect(describeKpiNotes(r, periods, labels)).toEqual([]);
    });
  });
});
