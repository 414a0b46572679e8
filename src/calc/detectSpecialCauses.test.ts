import type { ControlLimits, SpcRule } from "../model/results";
import { detectSpecialCauses } from "./detectSpecialCauses";

/** Mean 10 and a mean moving range of 1: limits 7.34 - 12.66, warning lines 8.23 - 11.77. */
const limits: ControlLimits = { mean: 10, meanMovingRange: 1, upper: 12.66, lower: 7.34, upperWarning: 11.77, lowerWarning: 8.23 };

/** Indexes of the points a rule marked. */
function marked(values: (number | null)[], rule: SpcRule, shiftLength = 7): number[] {
  return detectSpecialCauses(values, limits, "higher-is-better", shiftLength)
    .map((p, i) => (p.rules.includes(rule) ? i : -1))
    .filter((i) => i >= 0);
}

describe("detectSpecialCauses", () => {
  describe("beyond a limit", () => {
    it("marks a point above the upper or below the lower limit", () => {
      expect(marked([10, 13, 10, 7, 10], "beyond-limit")).toEqual([1, 3]);
    });

    it("does not mark a point on a limit", () => {
      expect(marked([10, 12.66, 7.34], "beyond-limit")).toEqual([]);
    });

    it("calls a high point an improvement or a concern by polarity", () => {
      const values = [10, 13, 10];
      expect(detectSpecialCauses(values, limits, "higher-is-better", 7)[1]?.cause).toBe("improvement");
      expect(detectSpecialCauses(values, limits, "lower-is-better", 7)[1]?.cause).toBe("concern");
      expect(detectSpecialCauses(values, limits, "neutral", 7)[1]?.cause).toBe("neither");
    });
  });

  describe("shift", () => {
    it("marks every point of 7 in a row above the mean", () => {
      expect(marked([9, 11, 10.5, 11, 10.5, 11, 10.5, 11, 9], "shift")).toEqual([1, 2, 3, 4, 5, 6, 7]);
    });

    it("marks every point of a longer run, not only the first 7", () => {
      expect(marked([9.5, 9.5, 9.5, 9.5, 9.5, 9.5, 9.5, 9.5, 9.5], "shift")).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8]);
    });

    it("needs 7 points by default and 6 when 6 is chosen", () => {
      const six = [9, 11, 11, 11, 11, 11, 11, 9];
      expect(marked(six, "shift")).toEqual([]);
      expect(marked(six, "shift", 6)).toEqual([1, 2, 3, 4, 5, 6]);
    });

    it("is broken by a point on the mean", () => {
      expect(marked([11, 11, 11, 10, 11, 11, 11, 11], "shift")).toEqual([]);
    });

    it("is broken by a missing month", () => {
      expect(marked([11, 11, 11, null, 11, 11, 11, 11], "shift")).toEqual([]);
    });

    it("calls a run below the mean a concern when higher is better", () => {
      const points = detectSpecialCauses([9, 9, 9, 9, 9, 9, 9], limits, "higher-is-better", 7);
      expect(points.every((p) => p.cause === "concern")).toBe(true);
    });
  });

  describe("trend", () => {
    it("marks every point of 7 each rising", () => {
      expect(marked([8.5, 9, 9.5, 10, 10.5, 11, 11.5], "trend")).toEqual([0, 1, 2, 3, 4, 5, 6]);
    });

    it("marks 7 each falling, within a longer series", () => {
      expect(marked([9, 11.5, 11, 10.5, 10, 9.5, 9, 8.5, 9], "trend")).toEqual([1, 2, 3, 4, 5, 6, 7]);
    });

    it("does not mark 6 rising", () => {
      expect(marked([8.5, 9, 9.5, 10, 10.5, 11], "trend")).toEqual([]);
    });

    it("is broken by a repeated value", () => {
      expect(marked([8.5, 9, 9.5, 9.5, 10, 10.5, 11, 11.5], "trend")).toEqual([]);
    });

    it("calls a whole rise a concern when lower is better, points below the mean included", () => {
      const points = detectSpecialCauses([8.5, 9, 9.5, 10, 10.5, 11, 11.5], limits, "lower-is-better", 7);
      expect(points.map((p) => p.cause)).toEqual(new Array(7).fill("concern"));
    });
  });

  describe("two of three beyond a warning line", () => {
    it("marks the points beyond the line, not the third", () => {
      expect(marked([10.5, 12, 10.5, 12, 10.5], "two-of-three")).toEqual([1, 3]);
    });

    it("marks three of three", () => {
      expect(marked([10, 8, 8, 8, 10], "two-of-three")).toEqual([1, 2, 3]);
    });

    it("counts a point beyond the limit as beyond the warning line", () => {
      expect(marked([10.5, 13, 12, 10.5], "two-of-three")).toEqual([1, 2]);
    });

    it("needs all three points on the same side of the mean (MDC, NHSRplotthedots issue 194)", () => {
      // Two points beyond the upper line, but the one between them is below the mean.
      expect(marked([12, 9.9, 12], "two-of-three")).toEqual([]);
      expect(marked([12, 10, 12], "two-of-three")).toEqual([]);
      expect(detectSpecialCauses([10.5, 12, 9.9, 12, 10.5], limits, "higher-is-better", 7).every((p) => p.cause === null)).toBe(true);
    });

    it("needs both points beyond the same line", () => {
      expect(marked([12, 10, 8, 10], "two-of-three")).toEqual([]);
    });

    it("needs the two within three consecutive points", () => {
      expect(marked([12, 10, 10, 12], "two-of-three")).toEqual([]);
    });
  });

  describe("a point in an improving and a concerning pattern", () => {
    // Seven points below the mean (a downward shift) that are each rising (an upward trend).
    const values = [8.4, 8.6, 8.8, 9, 9.2, 9.4, 9.6];

    it("keeps both rules on every point", () => {
      const points = detectSpecialCauses(values, limits, "higher-is-better", 7);
      expect(points.every((p) => p.rules.includes("shift") && p.rules.includes("trend"))).toBe(true);
    });

    it("is an improvement, as MDC's Excel tool shows it (NHSRplotthedots issue 194)", () => {
      expect(detectSpecialCauses(values, limits, "higher-is-better", 7).map((p) => p.cause)).toEqual(new Array(7).fill("improvement"));
      expect(detectSpecialCauses(values, limits, "lower-is-better", 7).map((p) => p.cause)).toEqual(new Array(7).fill("improvement"));
      expect(detectSpecialCauses(values, limits, "neutral", 7).map((p) => p.cause)).toEqual(new Array(7).fill("neither"));
    });

    it("takes the pattern's side for a point in one pattern, whichever side of the mean it sits on", () => {
      // The peak, 10, ends a rising trend and starts a falling one, and sits exactly on the mean.
      const peak = [4, 5, 6, 7, 8, 9, 10, 9, 8, 7, 6, 5, 4];
      const wide: ControlLimits = { mean: 10, meanMovingRange: 5, upper: 23.3, lower: -3.3, upperWarning: 18.85, lowerWarning: 1.15 };
      const points = detectSpecialCauses(peak, wide, "lower-is-better", 7);
      expect(points[6]?.rules).toEqual(["trend"]);
      expect(points[6]?.cause).toBe("improvement");
      expect(points[3]?.cause).toBe("concern"); // rising, below the mean: a concern when lower is better
      expect(points[9]?.cause).toBe("improvement");
    });
  });

  describe("edge cases", () => {
    it("marks nothing without limits", () => {
      const points = detectSpecialCauses([1, 100, 1], null, "higher-is-better", 7);
      expect(points).toEqual([
        { value: 1, rules: [], cause: null },
        { value: 100, rules: [], cause: null },
        { value: 1, rules: [], cause: null },
      ]);
    });

    it("never marks a missing value", () => {
      expect(detectSpecialCauses([null], limits, "higher-is-better", 7)).toEqual([{ value: null, rules: [], cause: null }]);
    });

    it("leaves common-cause points without a cause", () => {
      expect(detectSpecialCauses([10, 10.5, 9.5], limits, "higher-is-better", 7).every((p) => p.cause === null && p.rules.length === 0)).toBe(true);
    });
  });
});
