import { computeTrend } from "./computeTrend";

describe("computeTrend", () => {
  it("reads a fall as improving when lower is better", () => {
    expect(computeTrend(19581, 21012, "lower-is-better")).toEqual({ direction: "down", assessment: "improving" });
  });

  it("reads a rise as worsening when lower is better", () => {
    expect(computeTrend(1060, 972, "lower-is-better")).toEqual({ direction: "up", assessment: "worsening" });
  });

  it("reads a rise as improving when higher is better", () => {
    expect(computeTrend(25.2, 21.1, "higher-is-better")).toEqual({ direction: "up", assessment: "improving" });
  });

  it("reads a fall as worsening when higher is better", () => {
    expect(computeTrend(94.2, 95.5, "higher-is-better")).toEqual({ direction: "down", assessment: "worsening" });
  });

  it("marks no change as flat and neutral", () => {
    expect(computeTrend(96, 96, "higher-is-better")).toEqual({ direction: "flat", assessment: "neutral" });
  });

  it("never judges a neutral KPI", () => {
    expect(computeTrend(392, 350, "neutral")).toEqual({ direction: "up", assessment: "neutral" });
  });

  describe("edge cases", () => {
    it("gives no mark when a figure is missing", () => {
      expect(computeTrend(null, 5, "lower-is-better")).toEqual({ direction: null, assessment: null });
      expect(computeTrend(5, null, "lower-is-better")).toEqual({ direction: null, assessment: null });
    });

    it("does not read floating-point noise as a change", () => {
      expect(computeTrend(0.1 + 0.2, 0.3, "higher-is-better").direction).toBe("flat");
    });
  });
});
