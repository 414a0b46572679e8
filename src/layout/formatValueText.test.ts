import { formatValueText, gradeLabel } from "./formatValueText";

describe("formatValueText", () => {
  it("groups thousands in counts", () => {
    expect(formatValueText(21012, "count")).toBe("21,012");
    expect(formatValueText(-1431, "count")).toBe("-1,431");
  });

  it("rounds to the unit's places", () => {
    expect(formatValueText(322.6, "count")).toBe("323");
    expect(formatValueText(25.25, "percent", { decimals: 2 })).toBe("25.25%");
  });

  it("writes money with the currency symbol before the sign-free amount", () => {
    expect(formatValueText(731000, "currency")).toBe("£731,000");
    expect(formatValueText(-45, "currency", { currencySymbol: "$" })).toBe("-$45");
  });

  it("names durations and grades", () => {
    expect(formatValueText(15.6, "duration")).toBe("15.6 mins");
    expect(formatValueText(3, "grade")).toBe("Adequate");
  });

  describe("edge cases", () => {
    it("shows n/a for numbers that are not finite", () => {
      expect(formatValueText(Number.NaN, "count")).toBe("n/a");
    });

    it("does not show minus zero", () => {
      expect(formatValueText(-0.04, "count")).toBe("0");
    });

    it("knows no grade outside 1-5", () => {
      expect(gradeLabel(9)).toBeNull();
    });
  });
});
