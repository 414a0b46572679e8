import { month } from "../model/period";
import { formatMonthRangeLabel } from "./formatMonthRangeLabel";
import { getYearToDateMonths } from "./getYearToDateMonths";
import { quarter } from "../model/period";

describe("formatMonthRangeLabel", () => {
  it("writes the first and last month as Apr - Sep", () => {
    expect(formatMonthRangeLabel(getYearToDateMonths(quarter(2013, 2), 4))).toBe("Apr - Sep");
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
