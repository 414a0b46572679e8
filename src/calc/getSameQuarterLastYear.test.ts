import { quarter } from "../model/period";
import { getSameQuarterLastYear } from "./getSameQuarterLastYear";

describe("getSameQuarterLastYear", () => {
  it("returns the same quarter one fiscal year earlier", () => {
    expect(getSameQuarterLastYear(quarter(2013, 2))).toEqual(quarter(2012, 2));
    expect(getSameQuarterLastYear(quarter(2013, 4))).toEqual(quarter(2012, 4));
  });
});
