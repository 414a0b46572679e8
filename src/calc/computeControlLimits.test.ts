import { computeControlLimits } from "./computeControlLimits";

const alternating = [10, 12, 10, 12, 10, 12, 10, 12, 10, 12, 10, 12];

describe("computeControlLimits", () => {
  it("puts the limits at the mean +/- 2.66 x the mean moving range", () => {
    const limits = computeControlLimits(alternating);
    expect(limits).not.toBeNull();
    expect(limits?.mean).toBe(11);
    expect(limits?.meanMovingRange).toBe(2);
    expect(limits?.upper).toBeCloseTo(16.32, 10);
    expect(limits?.lower).toBeCloseTo(5.68, 10);
  });

  it("puts the 2-sigma lines at two thirds of the way to the limits (mean +/- 1.773 x the mean moving range)", () => {
    const limits = computeControlLimits(alternating);
    expect(limits?.upperWarning).toBeCloseTo(11 + (2 * 5.32) / 3, 10);
    expect(limits?.lowerWarning).toBeCloseTo(11 - (2 * 5.32) / 3, 10);
  });

  describe("outlier screening", () => {
    // Eleven ranges of 2 and one of 38: the mean moving range is 5, and 38 is over 3.267 times it.
    const jump = [10, 12, 10, 12, 10, 12, 50, 52, 50, 52, 50, 52, 50];

    it("keeps every moving range by default, as MDC's Excel tool does", () => {
      expect(computeControlLimits(jump)?.meanMovingRange).toBe(5);
    });

    it("leaves out ranges of 3.267 x the mean moving range or more when asked, as NHSRplotthedots does", () => {
      expect(computeControlLimits(jump, { screenOutliers: true })?.meanMovingRange).toBe(2);
      expect(computeControlLimits(jump, { screenOutliers: true })?.mean).toBe(computeControlLimits(jump)?.mean);
    });
  });

  it("does not take a moving range across a gap", () => {
    // Without the gap rule, 10 -> (gap) -> 40 would add a range of 30.
    const values = [10, 11, 10, 11, 10, 11, null, 40, 41, 40, 41, 40, 41];
    const limits = computeControlLimits(values);
    expect(limits?.meanMovingRange).toBe(1);
    expect(limits?.mean).toBe(25.5);
  });

  it("allows a lower limit below zero", () => {
    expect(computeControlLimits([0, 5, 0, 5, 0, 5, 0, 5, 0, 5, 0, 5])?.lower).toBeLessThan(0);
  });

  describe("edge cases", () => {
    it("returns null with fewer than 12 values", () => {
      expect(computeControlLimits(alternating.slice(0, 11))).toBeNull();
      expect(computeControlLimits([...alternating.slice(0, 11), null, null])).toBeNull();
    });

    it("returns null when no two values are neighbours", () => {
      const isolated = alternating.flatMap((v) => [v, null]);
      expect(computeControlLimits(isolated)).toBeNull();
    });

    it("gives zero-width limits for a constant series", () => {
      const limits = computeControlLimits(new Array(12).fill(7));
      expect(limits).toMatchObject({ mean: 7, meanMovingRange: 0, upper: 7, lower: 7 });
    });
  });
});
