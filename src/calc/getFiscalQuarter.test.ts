import { month, quarter } from "../model/period";
import { getFiscalQuarter } from "./getFiscalQuarter";

describe("getFiscalQuarter", () => {
  it("puts April to June in Q1 with an April start", () => {
    expect(getFiscalQuarter(month(2013, 4 /* Apr */), 4)).toEqual(quarter(2013, 1));
    expect(getFiscalQuarter(month(2013, 6 /* Jun */), 4)).toEqual(quarter(2013, 1));
  });

  it("puts September in Q2 and December in Q3", () => {
    expect(getFiscalQuarter(month(2013, 9 /* Sep */), 4)).toEqual(quarter(2013, 2));
    expect(getFiscalQuarter(month(2013, 12 /* Dec */), 4)).toEqual(quarter(2013, 3));
  });

  it("puts January to March in Q4 of the year that started the April before", () => {
    expect(getFiscalQuarter(month(2014, 1 /* Jan */), 4)).toEqual(quarter(2013, 4));
    expect(getFiscalQuarter(month(2014, 3 /* Mar */), 4)).toEqual(quarter(2013, 4));
    expect(getFiscalQuarter(month(2014, 4 /* Apr */), 4)).toEqual(quarter(2014, 1));
  });

  it("uses calendar quarters with a January start", () => {
    expect(getFiscalQuarter(month(2013, 3 /* Mar */), 1)).toEqual(quarter(2013, 1));
    expect(getFiscalQuarter(month(2013, 4 /* Apr */), 1)).toEqual(quarter(2013, 2));
    expect(getFiscalQuarter(month(2013, 12 /* Dec */), 1)).toEqual(quarter(2013, 4));
  });

  it("handles a September start", () => {
    expect(getFiscalQuarter(month(2013, 9 /* Sep */), 9)).toEqual(quarter(2013, 1));
    expect(getFiscalQuarter(month(2014, 8 /* Aug */), 9)).toEqual(quarter(2013, 4));
  });
});
