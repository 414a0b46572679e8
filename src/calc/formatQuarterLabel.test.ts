import { quarter } from "../model/period";
import { formatQuarterLabel } from "./formatQuarterLabel";

describe("formatQuarterLabel", () => {
  it("writes a fiscal quarter as Q2 2013-14", () => {
    expect(formatQuarterLabel(quarter(2013, 2), 4)).toBe("Q2 2013-14");
  });

  it("writes the calendar year alone with a January start", () => {
    expect(formatQuarterLabel(quarter(2013, 2), 1)).toBe("Q2 2013");
  });

  it("keeps a leading zero for the second year", () => {
    expect(formatQuarterLabel(quarter(2008, 1), 4)).toBe("Q1 2008-09");
  });

  describe("edge cases", () => {
    it("writes the turn of a century as 99-00", () => {
      expect(formatQuarterLabel(quarter(2099, 4), 7)).toBe("Q4 2099-00");
    });
  });
});
