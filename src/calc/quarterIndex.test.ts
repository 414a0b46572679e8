import { month, monthIndex, quarter } from "../model/period";
import {
  fiscalYearStartMonthIndex,
  normaliseStartMonth,
  quarterFromIndex,
  quarterIndex,
  quarterIndexOfMonth,
  quarterStartMonthIndex,
} from "./quarterIndex";

describe("quarterIndex", () => {
  it("numbers quarters so they compare and subtract as integers", () => {
    expect(quarterIndex(quarter(2013, 2)) - quarterIndex(quarter(2012, 4))).toBe(2);
    expect(quarterFromIndex(quarterIndex(quarter(2013, 4)))).toEqual(quarter(2013, 4));
    expect(quarterFromIndex(quarterIndex(quarter(2013, 1)) - 1)).toEqual(quarter(2012, 4));
  });

  it("finds the fiscal quarter of a month and a quarter's first month", () => {
    const sep13 = monthIndex(month(2013, 9 /* Sep */));
    expect(quarterFromIndex(quarterIndexOfMonth(sep13, 4))).toEqual(quarter(2013, 2));
    expect(quarterStartMonthIndex(quarterIndex(quarter(2013, 2)), 4)).toBe(monthIndex(month(2013, 7 /* Jul */)));
    expect(quarterFromIndex(quarterIndexOfMonth(monthIndex(month(2014, 3 /* Mar */)), 4))).toEqual(quarter(2013, 4));
  });

  it("finds a fiscal year's first month", () => {
    expect(fiscalYearStartMonthIndex(2013, 4)).toBe(monthIndex(month(2013, 4 /* Apr */)));
    expect(fiscalYearStartMonthIndex(2013, 1)).toBe(monthIndex(month(2013, 1 /* Jan */)));
  });

  describe("edge cases", () => {
    it("normalises start months outside 1-12", () => {
      expect(normaliseStartMonth(4)).toBe(4);
      expect(normaliseStartMonth(13)).toBe(1);
      expect(normaliseStartMonth(0)).toBe(12);
      expect(normaliseStartMonth(NaN)).toBe(1);
    });
  });
});
