import { fiscalYear, month, monthSpan, quarter } from "../model/period";
import { getPreviousPeriod } from "./getPreviousPeriod";

describe("getPreviousPeriod", () => {
  it("steps a month, a quarter and a year back by one", () => {
    expect(getPreviousPeriod(month(2013, 1 /* Jan */), 4)).toEqual(month(2012, 12));
    expect(getPreviousPeriod(quarter(2013, 1), 4)).toEqual(quarter(2012, 4));
    expect(getPreviousPeriod(fiscalYear(2014), 4)).toEqual(fiscalYear(2013));
  });

  it("steps a range or a rolling total back by its own length", () => {
    const range = monthSpan(month(2023, 10), month(2023, 12), "range", "Oct-Dec 2023");
    expect(getPreviousPeriod(range, 4)).toEqual(monthSpan(month(2023, 7), month(2023, 9), "range", "Jul-Sep 2023"));
    const across = monthSpan(month(2013, 11), month(2014, 1), "range", "Nov 13 - Jan 14");
    expect(getPreviousPeriod(across, 4)).toEqual(monthSpan(month(2013, 8), month(2013, 10), "range", "Aug-Oct 2013"));
    expect(getPreviousPeriod(getPreviousPeriod(across, 4), 4)).toMatchObject({ label: "May-Jul 2013" });
    const rolling = monthSpan(month(2014, 5), month(2015, 4), "rolling", "12 months to Apr-15");
    expect(getPreviousPeriod(rolling, 4)).toEqual(monthSpan(month(2013, 5), month(2014, 4), "rolling", "12 months to Apr-14"));
  });

  it("steps a year to date back a year", () => {
    const ytd = monthSpan(month(2022, 4), month(2022, 12), "year-to-date", "YTD Dec 22");
    expect(getPreviousPeriod(ytd, 4)).toEqual(monthSpan(month(2021, 4), month(2021, 12), "year-to-date", "Apr - Dec 2021/22"));
  });
});
