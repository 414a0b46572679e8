import { month, quarter } from "../model/period";
import { fiscalQuarterOf } from "./fiscalQuarterOf";

describe("fiscalQuarterOf", () => {
  it("places months in an April-start year", () => {
    expect(fiscalQuarterOf(month(2013, 4 /* Apr */), 4)).toEqual(quarter(2013, 1));
    expect(fiscalQuarterOf(month(2013, 9 /* Sep */), 4)).toEqual(quarter(2013, 2));
    expect(fiscalQuarterOf(month(2013, 12 /* Dec */), 4)).toEqual(quarter(2013, 3));
    expect(fiscalQuarterOf(month(2014, 3 /* Mar */), 4)).toEqual(quarter(2013, 4));
  });

  it("places months in a calendar year", () => {
    expect(fiscalQuarterOf(month(2013, 1 /* Jan */), 1)).toEqual(quarter(2013, 1));
    expect(fiscalQuarterOf(month(2013, 12 /* Dec */), 1)).toEqual(quarter(2013, 4));
  });
});
