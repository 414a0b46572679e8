import { computeChange } from "../calc/computeChange";
import { computeTrend } from "../calc/computeTrend";
import type { Kpi } from "../model/kpi";
import { testKpi } from "../model/testing/testKpi";
import type { KpiResult } from "../model/results";
import { phraseFigures } from "./phraseFigures";

function result(kpi: Kpi, previous: number | null, current: number | null): KpiResult {
  return {
    kpi,
    previous,
    current,
    previousLabel: "Apr - Sep 2012/13",
    currentLabel: "Apr - Sep 2013/14",
    change: computeChange(current, previous, kpi.unit),
    changeFromBaseline: null,
    rag: { status: null, basis: "none", computed: null, reason: "" },
    previousRag: { status: null, basis: "none", computed: null, reason: "" },
    trend: computeTrend(current, previous, kpi.polarity),
    monthly: null,
    trajectory: null,
    commentary: "",
  };
}

describe("phraseFigures", () => {
  it("gives a count's figures, change and percentage as the scorecard shows them (seed 000: Total Crime)", () => {
    expect(phraseFigures(result(testKpi({ id: "C", decimals: 0 }), 21012, 19581), "£")).toMatchObject({
      current: "19,581",
      previous: "21,012",
      amount: "1,431",
      percent: "6.8%",
      movement: "down",
      comparative: "fewer",
    });
  });

  it("gives a percentage KPI's change in percentage points and no percentage", () => {
    const rate = testKpi({ id: "R", unit: "percent", decimals: 1 });
    expect(phraseFigures(result(rate, 21.1, 25.2), "£")).toMatchObject({ current: "25.2%", amount: "4.1 percentage points", percent: null, movement: "up", comparative: "higher" });
    expect(phraseFigures(result(rate, 21.1, 22.1), "£").amount).toBe("1.0 percentage points");
  });

  it("gives money with the settings' symbol, durations in minutes, grades by name", () => {
    expect(phraseFigures(result(testKpi({ id: "M", unit: "currency" }), 1500000, 1731000), "£")).toMatchObject({ amount: "£231,000", comparative: "more" });
    expect(phraseFigures(result(testKpi({ id: "D", unit: "duration" }), 12.2, 15.6), "£")).toMatchObject({ current: "15.6 mins", amount: "3.4 mins", comparative: "longer" });
    expect(phraseFigures(result(testKpi({ id: "G", unit: "grade" }), 2, 3), "£")).toMatchObject({ current: "Adequate", previous: "Requires improvement", amount: "1 grade", percent: null });
  });

  it("gives targets with the fewest places that state them exactly", () => {
    const figures = phraseFigures(result(testKpi({ id: "R", unit: "percent", decimals: 1 }), 95.5, 94.2), "£");
    expect([figures.target(95), figures.target(25.5), figures.figure(95)]).toEqual(["95%", "25.5%", "95.0%"]);
  });

  describe("edge cases", () => {
    it("has no percentage from zero", () => {
      expect(phraseFigures(result(testKpi({ id: "Z" }), 0, 12), "£")).toMatchObject({ amount: "12", percent: null, movement: "up" });
    });

    it("calls a change too small to show little changed, and no change unchanged", () => {
      const score = testKpi({ id: "S", unit: "score", decimals: 1 });
      expect(phraseFigures(result(score, 4.01, 4.02), "£").movement).toBe("little-changed");
      expect(phraseFigures(result(score, 4, 4), "£").movement).toBe("unchanged");
    });

    it("leaves the percentage out when it rounds to 0.0%", () => {
      expect(phraseFigures(result(testKpi({ id: "B" }), 1000000, 1000001), "£")).toMatchObject({ amount: "1", percent: null, movement: "up" });
    });

    it("has no movement without both figures", () => {
      expect(phraseFigures(result(testKpi({ id: "N" }), null, 60), "£")).toMatchObject({ current: "60", previous: null, amount: null, movement: null });
    });
  });
});
