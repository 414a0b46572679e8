import type { Target } from "../model/kpi";
import { computeSpc } from "./computeSpc";

/** Fourteen months around 96 moving by 1 a month: mean 96.5, limits 93.84 - 99.16. */
const steady = [96, 97, 96, 97, 96, 97, 96, 97, 96, 97, 96, 97, 96, 97];

const level = (comparator: ">=" | "<=" | ">" | "<" | "=", value: number): Extract<Target, { kind: "level" }> => ({
  kind: "level",
  comparator,
  value,
});

describe("computeSpc", () => {
  describe("variation", () => {
    it("is common cause when the latest point is not special", () => {
      expect(computeSpc(steady, "higher-is-better", null, { shiftLength: 7 }).variation).toBe("common-cause");
    });

    it("reads a latest point beyond the limit by polarity", () => {
      // Mean 11.08, mean moving range 21 / 12: the upper limit is about 15.7, so the last point is beyond it.
      const spike = [10, 11, 10, 11, 10, 11, 10, 11, 10, 11, 10, 11, 20];
      expect(computeSpc(spike, "lower-is-better", null, { shiftLength: 7 }).variation).toBe("special-cause-concerning");
      expect(computeSpc(spike, "higher-is-better", null, { shiftLength: 7 }).variation).toBe("special-cause-improving");
      expect(computeSpc(spike, "neutral", null, { shiftLength: 7 }).variation).toBe("special-cause-neither");
    });

    it("reads the latest point that has a value", () => {
      const spike = [10, 11, 10, 11, 10, 11, 10, 11, 10, 11, 10, 11, 20, null];
      expect(computeSpc(spike, "lower-is-better", null, { shiftLength: 7 }).variation).toBe("special-cause-concerning");
    });

    it("marks the points of a pattern in the result", () => {
      const shifted = [10, 11, 10, 11, 10, 11, 13, 13.5, 13, 13.5, 13, 13.5, 13];
      const result = computeSpc(shifted, "higher-is-better", null, { shiftLength: 7 });
      expect(result.points.slice(6).every((p) => p.rules.includes("shift") && p.cause === "improvement")).toBe(true);
      expect(result.points.slice(0, 6).some((p) => p.rules.includes("shift"))).toBe(false);
      expect(result.variation).toBe("special-cause-improving");
    });
  });

  describe("assurance", () => {
    it("is consistently passing when the whole band between the limits meets the target", () => {
      expect(computeSpc(steady, "higher-is-better", level(">=", 90), { shiftLength: 7 }).assurance).toBe("consistently-passing");
      expect(computeSpc(steady, "lower-is-better", level("<=", 100), { shiftLength: 7 }).assurance).toBe("consistently-passing");
    });

    it("is consistently failing when none of the band meets it", () => {
      expect(computeSpc(steady, "higher-is-better", level(">=", 99.5), { shiftLength: 7 }).assurance).toBe("consistently-failing");
      expect(computeSpc(steady, "lower-is-better", level("<=", 93), { shiftLength: 7 }).assurance).toBe("consistently-failing");
    });

    it("is hit and miss when the target lies between the limits (seed 000: 999 calls ≥ 95%)", () => {
      expect(computeSpc(steady, "higher-is-better", level(">=", 95), { shiftLength: 7 }).assurance).toBe("hit-and-miss");
      expect(computeSpc(steady, "higher-is-better", level("=", 96), { shiftLength: 7 }).assurance).toBe("hit-and-miss");
    });

    it("is null without a level target", () => {
      expect(computeSpc(steady, "higher-is-better", null, { shiftLength: 7 }).assurance).toBeNull();
    });
  });

  describe("baselines and recalculation", () => {
    // Fourteen months around 96.5, then ten around 100.5: a sustained shift up from month 14.
    const shifted = [...steady, 100, 101, 100, 101, 100, 101, 100, 101, 100, 101];

    it("takes limits from every point by default", () => {
      const result = computeSpc(shifted, "higher-is-better", null, { shiftLength: 7 });
      expect(result.limits?.mean).toBeCloseTo((96.5 * 14 + 100.5 * 10) / 24, 10);
      expect(result.segments).toEqual([expect.objectContaining({ start: 0, end: 23, baseline: { start: 0, end: 23 }, startsWith: "series" })]);
    });

    it("takes limits from the first N points and extends them over the rest", () => {
      const result = computeSpc(shifted, "higher-is-better", null, { shiftLength: 7, baseline: { kind: "first-points", count: 12 } });
      expect(result.segments[0]?.baseline).toEqual({ start: 0, end: 11 });
      expect(result.limits).toMatchObject({ mean: 96.5, meanMovingRange: 1 });
      // Against the baseline's limits the last ten months are all beyond the upper limit (99.16).
      expect(result.points.slice(14).every((p) => p.rules.includes("beyond-limit") && p.cause === "improvement")).toBe(true);
      expect(result.variation).toBe("special-cause-improving");
    });

    it("takes limits from a date range", () => {
      const result = computeSpc(shifted, "higher-is-better", null, { shiftLength: 7, baseline: { kind: "range", start: 2, end: 13 } });
      expect(result.segments[0]?.baseline).toEqual({ start: 2, end: 13 });
      expect(result.limits?.mean).toBe(96.5);
    });

    it("recalculates from a change point the analyst records, judging each segment by its own limits", () => {
      const result = computeSpc([...shifted, 100, 101, 100], "higher-is-better", level(">=", 99.5), { shiftLength: 7, recalculateAt: [14] });
      expect(result.segments.map((s) => [s.start, s.end, s.startsWith, s.limits?.mean])).toEqual([
        [0, 13, "series", 96.5],
        [14, 26, "recalculation", expect.closeTo(100.46, 2)],
      ]);
      // Runs never cross the recalculation: nothing is special in either segment.
      expect(result.points.every((p) => p.cause === null)).toBe(true);
      expect(result.variation).toBe("common-cause");
      // Assurance reads the latest limits (about 97.8 - 103.1): hit and miss against 99.5, where the first 14 months'
      // limits (93.84 - 99.16) always fail it (five months in, before the shift is sustained).
      expect(result.assurance).toBe("hit-and-miss");
      expect(computeSpc(shifted.slice(0, 19), "higher-is-better", level(">=", 99.5), { shiftLength: 7, baseline: { kind: "first-points", count: 14 } }).assurance).toBe(
        "consistently-failing",
      );
    });

    it("judges nothing in a segment with fewer than 12 values since the recalculation", () => {
      const result = computeSpc(shifted, "higher-is-better", level(">=", 99), { shiftLength: 7, recalculateAt: [14] });
      expect(result.segments[1]).toMatchObject({ start: 14, limits: null, baselineValues: 10 });
      expect(result).toMatchObject({ limits: null, variation: null, assurance: null, proposal: null });
      expect(result.segments[0]?.limits?.mean).toBe(96.5);
    });

    it("proposes a recalculation where a shift still running at the latest point began", () => {
      expect(computeSpc(shifted, "higher-is-better", null, { shiftLength: 7 }).proposal).toEqual({ index: 14, points: 10, side: "above" });
      // With a 12-point baseline (mean 96.5) the run starts a month earlier, at the 97 of month 13.
      expect(computeSpc(shifted, "higher-is-better", null, { shiftLength: 7, baseline: { kind: "first-points", count: 12 } }).proposal).toEqual({
        index: 13,
        points: 11,
        side: "above",
      });
    });

    it("gives no assurance while a recalculation is proposed: the old limits no longer describe the process", () => {
      // Against every point's limits (about 95.2 - 100.8) the target of 101 would read "consistently failing",
      // while the last ten months run at 100-101.
      const result = computeSpc(shifted, "higher-is-better", level(">=", 101), { shiftLength: 7 });
      expect(result.proposal).not.toBeNull();
      expect(result.assurance).toBeNull();
      expect(computeSpc(shifted.slice(0, 20), "higher-is-better", level(">=", 101), { shiftLength: 7 }).assurance).toBe("consistently-failing");
    });

    it("proposes nothing for a shift that has ended, or a run shorter than a shift", () => {
      expect(computeSpc([...shifted, 90], "higher-is-better", null, { shiftLength: 7 }).proposal).toBeNull();
      expect(computeSpc(shifted.slice(0, 19), "higher-is-better", null, { shiftLength: 7 }).proposal).toBeNull();
      expect(computeSpc(shifted.slice(0, 20), "higher-is-better", null, { shiftLength: 6 }).proposal).toEqual({ index: 14, points: 6, side: "above" });
    });
  });

  describe("edge cases", () => {
    it("judges nothing with fewer than 13 values, as MDC's Excel tool (NHSRplotthedots issue 194)", () => {
      const result = computeSpc(steady.slice(0, 12), "higher-is-better", level(">=", 95), { shiftLength: 7 });
      expect(result).toMatchObject({ limits: null, variation: null, assurance: null, valueCount: 12, minimumValues: 13 });
      expect(result.points).toHaveLength(12);
      expect(result.points.every((p) => p.cause === null)).toBe(true);
      expect(computeSpc(steady.slice(0, 13), "higher-is-better", level(">=", 95), { shiftLength: 7 }).variation).toBe("common-cause");
    });

    it("counts values, not months: gaps do not count towards the 13", () => {
      const gappy = [...steady.slice(0, 12), null, null];
      expect(computeSpc(gappy, "higher-is-better", null, { shiftLength: 7 })).toMatchObject({ limits: null, valueCount: 12 });
    });
  });
});
