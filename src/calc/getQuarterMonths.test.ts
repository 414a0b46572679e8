import { month, quarter } from "../model/period";
import { getQuarterMonths } from "./getQuarterMonths";

describe("getQuarterMonths", () => {
  it("returns July to September for Q2 with an April start", () => {
    expect(getQuarterMonths(quarter(2013, 2), 4)).toEqual([
      month(2013, 7 /* Jul */),
      month(2013, 8 /* Aug */),
      month(2013, 9 /* Sep */),
    ]);
  });

  it("returns January to March of the next calendar year for Q4", () => {
    expect(getQuarterMonths(quarter(2013, 4), 4)).toEqual([
      month(2014, 1 /* Jan */),
      month(2014, 2 /* Feb */),
      month(2014, 3 /* Mar */),
    ]);
  });

  it("returns calendar quarters with a January start", () => {
    expect(getQuarterMonths(quarter(2013, 1), 1)).toEqual([month(2013, 1), month(2013, 2), month(2013, 3)]);
  });

  it("crosses the calendar year inside a quarter with a November start", () => {
    expect(getQuarterMonths(quarter(2013, 1), 11)).toEqual([
      month(2013, 11 /* Nov */),
      month(2013, 12 /* Dec */),
      month(2014, 1 /* Jan */),
    ]);
  });
});
