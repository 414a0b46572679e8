import { computeRollingAverages } from "./computeRollingAverages";

describe("computeRollingAverages", () => {
  it("averages the window ending at each month, null until it is full", () => {
    expect(computeRollingAverages([7, 8, 9], 2)).toEqual([null, 7.5, 8.5]);
  });

  it("weights each month by its count: total time over incidents, not a plain average of monthly means", () => {
    // Category 1 (illustrative): 7.0 mins over 100 incidents, 7.5 over 600, 7.9 over 1,100.
    const [, , weighted] = computeRollingAverages([7.0, 7.5, 7.9], 3, [100, 600, 1100]);
    expect(weighted).toBeCloseTo((7.0 * 100 + 7.5 * 600 + 7.9 * 1100) / 1800, 9);
    expect(weighted).not.toBeCloseTo((7.0 + 7.5 + 7.9) / 3, 3);
  });

  it("leaves a gap where a value or a count inside the window is missing", () => {
    expect(computeRollingAverages([7, null, 9, 10], 2)).toEqual([null, null, null, 9.5]);
    expect(computeRollingAverages([7, 8, 9, 10], 2, [1, null, 1, 1])).toEqual([null, null, null, 9.5]);
  });

  describe("edge cases", () => {
    it("gives all null for a window that is not a whole number of at least 1", () => {
      expect(computeRollingAverages([1, 2], 0)).toEqual([null, null]);
      expect(computeRollingAverages([1, 2], 1.5)).toEqual([null, null]);
    });

    it("gives null where every count in the window is zero (nothing to weight by)", () => {
      expect(computeRollingAverages([7, 8], 2, [0, 0])).toEqual([null, null]);
    });
  });
});
