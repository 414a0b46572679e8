import { month } from "../model/period";
import { formatMonthRangeLabel } from "./formatMonthRangeLabel";

describe("formatMonthRangeLabel", () => {
  it("writes the first and last month as Apr - Sep", () => {
    expect(formatMonthRangeLabel([4, 5, 6, 7, 8, 9].map((m) => month(2013, m)))).toBe("Apr - Sep");
  });

  it("writes a single month alone", () => {
    expect(formatMonthRangeLabel([month(2013, 4 /* Apr */)])).toBe("Apr");
  });

  it("uses the earliest and latest months whatever the order", () => {
    expect(formatMonthRangeLabel([month(2014, 3 /* Mar */), month(2013, 4 /* Apr */)])).toBe("Apr - Mar");
  });

  describe("edge cases", () => {
    it("returns an empty label for no months", () => {
      expect(formatMonthRangeLabel([])).toBe("");
    });
  });
});
