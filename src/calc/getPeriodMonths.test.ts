import { fiscalYear, month, monthIndex, monthSpan, quarter } from "../model/period";
import { getPeriodMonths } from "./getPeriodMonths";

const at = (year: number, m: number) => monthIndex(month(year, m));

describe("getPeriodMonths", () => {
  it("gives a month as a span of one", () => {
    expect(getPeriodMonths(month(2013, 4 /* Apr */), 4)).toEqual({ first: at(2013, 4), last: at(2013, 4) });
  });

  it("places fiscal quarters and years by the year start", () => {
    expect(getPeriodMonths(quarter(2013, 2), 4)).toEqual({ first: at(2013, 7), last: at(2013, 9) });
    expect(getPeriodMonths(quarter(2013, 4), 4)).toEqual({ first: at(2014, 1), last: at(2014, 3) });
    expect(getPeriodMonths(quarter(2013, 2), 1)).toEqual({ first: at(2013, 4), last: at(2013, 6) });
    expect(getPeriodMonths(fiscalYear(2013), 4)).toEqual({ first: at(2013, 4), last: at(2014, 3) });
    expect(getPeriodMonths(fiscalYear(2013), 1)).toEqual({ first: at(2013, 1), last: at(2013, 12) });
  });

  it("gives a span its own months, whatever the year start", () => {
    const span = monthSpan(month(2014, 5 /* May */), month(2015, 4 /* Apr */), "rolling", "12 months to Apr-15");
    expect(getPeriodMonths(span, 4)).toEqual({ first: at(2014, 5), last: at(2015, 4) });
    expect(getPeriodMonths(span, 1)).toEqual({ first: at(2014, 5), last: at(2015, 4) });
  });
});
