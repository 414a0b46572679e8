import { quarter } from "../model/period";
import { getPreviousQuarter } from "./getPreviousQuarter";

describe("getPreviousQuarter", () => {
  it("returns the quarter before in the same year", () => {
    expect(getPreviousQuarter(quarter(2013, 2))).toEqual(quarter(2013, 1));
  });

  it("returns Q4 of the previous fiscal year for Q1", () => {
    expect(getPreviousQuarter(quarter(2013, 1))).toEqual(quarter(2012, 4));
  });
});
