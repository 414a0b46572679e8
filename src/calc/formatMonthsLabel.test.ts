import { month, monthIndex } from "../model/period";
import { formatMonthsLabel } from "./formatMonthsLabel";

const months = (from: [number, number], to: [number, number]) => ({ first: monthIndex(month(...from)), last: monthIndex(month(...to)) });

describe("formatMonthsLabel", () => {
  it("names a month, a fiscal quarter and a fiscal year as the scorecard does", () => {
    expect(formatMonthsLabel(months([2013, 9], [2013, 9]), 4)).toBe("Sep-13");
    expect(formatMonthsLabel(months([2013, 7], [2013, 9]), 4)).toBe("Q2 2013-14");
    expect(formatMonthsLabel(months([2013, 4], [2014, 3]), 4)).toBe("2013/14");
    expect(formatMonthsLabel(months([2013, 1], [2013, 12]), 1)).toBe("2013");
  });

  it("names months within one fiscal year by their range and the year", () => {
    expect(formatMonthsLabel(months([2013, 4], [2013, 9]), 4)).toBe("Apr - Sep 2013/14");
    expect(formatMonthsLabel(months([2013, 11], [2014, 2]), 4)).toBe("Nov - Feb 2013/14");
  });

  it("names a span across fiscal years by its first and last month", () => {
    expect(formatMonthsLabel(months([2014, 5], [2015, 4]), 4)).toBe("May-14 - Apr-15");
  });
});
