import { monthIndex, month } from "../model/period";
import { getChartWindow } from "./getChartWindow";

describe("getChartWindow", () => {
  it("charts the current fiscal year and the two before it, as seed 000 does (April 2011 to September 2013)", () => {
    expect(getChartWindow(monthIndex(month(2013, 9 /* Sep */)), 4)).toEqual({ first: monthIndex(month(2011, 4 /* Apr */)), last: monthIndex(month(2013, 9)) });
  });

  it("charts three whole years at the year's last quarter", () => {
    const window = getChartWindow(monthIndex(month(2014, 3 /* Mar */)), 4);
    expect(window.last - window.first + 1).toBe(36);
  });

  it("follows the fiscal year start: January years chart from January", () => {
    expect(getChartWindow(monthIndex(month(2013, 9)), 1).first).toBe(monthIndex(month(2011, 1 /* Jan */)));
  });

  describe("edge cases", () => {
    it("counts the first month of a fiscal year as that year's", () => {
      expect(getChartWindow(monthIndex(month(2013, 4 /* Apr */)), 4).first).toBe(monthIndex(month(2011, 4)));
      expect(getChartWindow(monthIndex(month(2013, 3 /* Mar */)), 4).first).toBe(monthIndex(month(2010, 4)));
    });
  });
});
