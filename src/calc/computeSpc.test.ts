import type { Target } from "../model/kpi";
import { computeSpc } from "./computeSpc";

/** Twelve months around 96 moving by 1 a month: mean 96.5, limits 93.84 - 99.16. */
const steady = [96, 97, 96, 97, 96, 97, 96, 97, 96, 97, 96, 97];

const level = (comparator: ">=" | "<=" | ">" | "<" | "=", value: number): Extract<Target, { kind: "level" }> => ({
  kind: "level",
  comparator,
  value,
});

describe("computeSpc", () => {
  describe("variation", () => {
    it("is common cause when the latest point is not special", () => {
      expect(computeSpc(steady, "higher-is-better", null, 7).variation).toBe("common-cause");
    });

    it("reads a latest point beyond the limit by polarity", () => {
      // Mean 11.25, mean moving range 20 / 11: the upper limit is about 16.1, so the last point is beyond it.
      const spike = [10, 11, 10, 11, 10, 11, 10, 11, 10, 11, 10, 20];
      expect(computeSpc(spike, "lower-is-better", null, 7).variation).toBe("special-cause-concerning");
      expect(computeSpc(spike, "higher-is-better", null, 7).variation).toBe("special-cause-improving");
      expect(computeSpc(spike, "neutral", null, 7).variation).toBe("special-cause-neither");
    });

    it("reads the latest point that has a value", () => {
      const spike = [10, 11, 10, 11, 10, 11, 10, 11, 10, 11, 10, 20, null];
      expect(computeSpc(spike, "lower-is-better", null, 7).variation).toBe("special-cause-concerning");
    });

    it("marks the points of a pattern in the result", () => {
      const shifted = [10, 11, 10, 11, 10, 11, 13, 13.5, 13, 13.5, 13, 13.5, 13];
      const result = computeSpc(shifted, "higher-is-better", null, 7);
      expect(result.points.slice(6).every((p) => p.rules.includes("shift") && p.cause === "improvement")).toBe(true);
      expect(result.points.slice(0, 6).some((p) => p.rules.includes("shift"))).toBe(false);
      expect(result.variation).toBe("special-cause-improving");
    });
  });

  describe("assurance", () => {
    it("is consistently passing when the whole band between the limits meets the target", () => {
      expect(computeSpc(steady, "higher-is-better", level(">=", 90), 7).assurance).toBe("consistently-passing");
      expect(computeSpc(steady, "lower-is-better", level("<=", 100), 7).assurance).toBe("consistently-passing");
    });

    it("is consistently failing when none of the band meets it", () => {
      expect(computeSpc(steady, "higher-is-better", level(">=", 99.5), 7).assurance).toBe("consistently-failing");
      expect(computeSpc(steady, "lower-is-better", level("<=", 93), 7).assurance).toBe("consistently-failing");
    });

    it("is hit and miss when the target lies between the limits (seed 000: 999 calls ≥ 95%)", () => {
      expect(computeSpc(steady, "higher-is-better", level(">=", 95), 7).assurance).toBe("hit-and-miss");
      expect(computeSpc(steady, "higher-is-better", level("=", 96), 7).assurance).toBe("hit-and-miss");
    });

    it("is null without a level target", () => {
      expect(computeSpc(steady, "higher-is-better", null, 7).assurance).toBeNull();
    });
  });

  describe("edge cases", () => {
    it("judges nothing with fewer than 12 values", () => {
      const result = computeSpc(steady.slice(0, 11), "higher-is-better", level(">=", 95), 7);
      expect(result).toMatchObject({ limits: null, variation: null, assurance: null });
      expect(result.points).toHaveLength(11);
      expect(result.points.every((p) => p.cause === null)).toBe(true);
    });
  });
});
