import { month, quarter } from "../model/period";
import { getYearToDateMonths } from "./getYearToDateMonths";

describe("getYearToDateMonths", () => {
  it("returns April to September for Q2 with an April start", () => {
    const months = getYearToDateMonths(quarter(2013, 2), 4);
    expect(months).toHaveLength(6);
    expect(months[0]).toEqual(month(2013, 4 /* Apr */));
    expect(months[5]).toEqual(month(2013, 9 /* Sep */));
  });

  it("returns the whole fiscal year for Q4, ending in March", () => {
    const months = getYearToDateMonths(quarter(2013, 4), 4);
    expect(months).toHaveLength(12);
    expect(months[11]).toEqual(month(2014, 3 /* Mar */));
  });

  it("returns just the quarter's months for Q1", () => {
    expect(getYearToDateMonths(quarter(2013, 1), 1)).toEqual([month(2013, 1), month(2013, 2), month(2013, 3)]);
  });
});
