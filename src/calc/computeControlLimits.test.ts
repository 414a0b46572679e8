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

  it("puts the warning lines at the mean +/- 1.77 x the mean moving range", () => {
    const limits = computeControlLimits(alternating);
    expect(limits?.upperWarning).toBeCloseTo(14.54, 10);
    expect(limits?.lowerWarning).toBeCloseTo(7.46, 10);
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
