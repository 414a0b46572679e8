import { changeCells, toFraction, valueCell } from "./valueCells";

describe("valueCell", () => {
  it("writes a count as it is", () => {
    expect(valueCell(1431, { unit: "count", decimals: null })).toEqual({ value: 1431, style: "count" });
  });

  it("writes a percentage as a fraction, in a style for its decimals", () => {
    expect(valueCell(9.48, { unit: "percent", decimals: 2 })).toEqual({ value: 0.0948, style: "percent-2dp" });
  });

  it("names a grade", () => {
    expect(valueCell(4, { unit: "grade", decimals: null })).toEqual({ value: "Good", style: "grade" });
  });

  describe("edge cases", () => {
    it("shows n/a for a missing or non-finite figure", () => {
      expect(valueCell(null, { unit: "count", decimals: null }).value).toBe("n/a");
      expect(valueCell(Number.POSITIVE_INFINITY, { unit: "count", decimals: null }).value).toBe("n/a");
    });

    it("removes float noise from fractions", () => {
      expect(toFraction(25.2)).toBe(0.252);
      expect(toFraction(0.3)).toBe(0.003);
    });
  });
});

describe("changeCells", () => {
  it("gives amounts a signed change and a percentage change", () => {
    expect(changeCells({ actual: -438, percent: -14.99, points: null }, { unit: "count", decimals: null })).toEqual([
      { value: -438, style: "change-count" },
      { value: -0.1499, style: "change-pct" },
    ]);
  });

  it("gives percentages their change in points only", () => {
    expect(changeCells({ actual: 8.7, percent: null, points: 8.7 }, { unit: "percent", decimals: 1 })).toEqual([
      { value: null, style: "cell" },
      { value: 8.7, style: "change-pts" },
    ]);
  });

  describe("edge cases", () => {
    it("shows n/a for a change from zero", () => {
      expect(changeCells({ actual: 5, percent: null, points: null }, { unit: "count", decimals: null })[1].value).toBe("n/a");
    });

    it("has no percentage change for a grade", () => {
      expect(changeCells({ actual: 1, percent: 33.3, points: null }, { unit: "grade", decimals: null })[1].value).toBe("n/a");
    });
  });
});
