import { month } from "../model/period";
import { getFiscalYear } from "./getFiscalYear";

describe("getFiscalYear", () => {
  it("names an April-start year by the calendar year it starts in", () => {
    expect(getFiscalYear(month(2013, 4 /* Apr */), 4)).toBe(2013);
    expect(getFiscalYear(month(2013, 12 /* Dec */), 4)).toBe(2013);
    expect(getFiscalYear(month(2014, 1 /* Jan */), 4)).toBe(2013);
  });

  it("changes year between March and April with an April start", () => {
    expect(getFiscalYear(month(2014, 3 /* Mar */), 4)).toBe(2013);
    expect(getFiscalYear(month(2014, 4 /* Apr */), 4)).toBe(2014);
  });

  it("is the calendar year with a January start", () => {
    expect(getFiscalYear(month(2013, 1 /* Jan */), 1)).toBe(2013);
    expect(getFiscalYear(month(2013, 12 /* Dec */), 1)).toBe(2013);
  });

  it("handles a July start", () => {
    expect(getFiscalYear(month(2013, 6 /* Jun */), 7)).toBe(2012);
    expect(getFiscalYear(month(2013, 7 /* Jul */), 7)).toBe(2013);
  });

  describe("edge cases", () => {
    it("wraps a start month of 13 to January", () => {
      expect(getFiscalYear(month(2013, 1 /* Jan */), 13)).toBe(2013);
    });

    it("takes a start month that is not a number as January", () => {
      expect(getFiscalYear(month(2013, 2 /* Feb */), NaN)).toBe(2013);
    });
  });
});
