import { computeRollingTotals } from "./computeRollingTotals";

describe("computeRollingTotals", () => {
  it("sums the window ending at each index, null until it is full", () => {
    expect(computeRollingTotals([1, 2, 3, 4, 5], 3)).toEqual([null, null, 6, 9, 12]);
  });

  it("gives a rolling 12-month total from the twelfth month", () => {
    const values = Array.from({ length: 14 }, (_, i) => i + 1);
    const totals = computeRollingTotals(values, 12);
    expect(totals.slice(0, 11).every((t) => t === null)).toBe(true);
    expect(totals[11]).toBe(78); // 1 + ... + 12
    expect(totals[12]).toBe(90); // 2 + ... + 13
    expect(totals[13]).toBe(102);
  });

  it("shows nothing over a gap until the window is full again", () => {
    expect(computeRollingTotals([1, 2, null, 4, 5, 6], 2)).toEqual([null, 3, null, null, 9, 11]);
  });

  it("counts a zero as a value, not a gap", () => {
    expect(computeRollingTotals([0, 0, 3], 2)).toEqual([null, 0, 3]);
  });

  it("keeps decimal totals exact over a long series", () => {
    const totals = computeRollingTotals(Array.from({ length: 120 }, () => 0.1), 6);
    expect(totals[119]).toBe(0.6);
  });

  describe("edge cases", () => {
    it("returns all null for a window that is not a whole number of at least 1", () => {
      expect(computeRollingTotals([1, 2, 3], 0)).toEqual([null, null, null]);
      expect(computeRollingTotals([1, 2, 3], 1.5)).toEqual([null, null, null]);
    });

    it("returns an empty list for no values", () => {
      expect(computeRollingTotals([], 12)).toEqual([]);
    });
  });
});
