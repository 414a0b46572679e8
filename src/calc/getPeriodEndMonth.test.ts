import { month, monthSpan, quarter } from "../model/period";
import { getPeriodEndMonth } from "./getPeriodEndMonth";

describe("getPeriodEndMonth", () => {
  it("returns a month itself", () => {
    expect(getPeriodEndMonth(month(2013, 5 /* May */), 4)).toEqual(month(2013, 5));
  });

  it("returns a quarter's third month", () => {
    expect(getPeriodEndMonth(quarter(2013, 2), 4)).toEqual(month(2013, 9 /* Sep */));
    expect(getPeriodEndMonth(quarter(2013, 4), 4)).toEqual(month(2014, 3 /* Mar */));
    expect(getPeriodEndMonth(quarter(2013, 2), 1)).toEqual(month(2013, 6 /* Jun */));
  });

  it("returns the last month of a fiscal year", () => {
    expect(getPeriodEndMonth({ kind: "year", fiscalYear: 2013 }, 4)).toEqual(month(2014, 3 /* Mar */));
    expect(getPeriodEndMonth({ kind: "year", fiscalYear: 2013 }, 1)).toEqual(month(2013, 12 /* Dec */));
  });
});

describe("getPeriodEndMonth of a span", () => {
  it("returns its last month", () => {
    const span = monthSpan(month(2022, 4 /* Apr */), month(2022, 12 /* Dec */), "year-to-date", "YTD Dec 22");
    expect(getPeriodEndMonth(span, 4)).toEqual(month(2022, 12));
  });
});
