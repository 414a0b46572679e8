import { fiscalYear, month, monthSpan, quarter } from "../model/period";
import { periodKey } from "./periodKey";

describe("periodKey", () => {
  it("is the same for the same months however they are written", () => {
    const span = monthSpan(month(2022, 10 /* Oct */), month(2022, 12 /* Dec */), "range", "Oct-Dec 2022");
    expect(periodKey(span, 4)).toBe(periodKey(quarter(2022, 3), 4));
  });

  it("tells apart a month, its quarter, its year to date and its year", () => {
    const ytd = monthSpan(month(2013, 4), month(2013, 6), "year-to-date", "Apr - Jun 2013/14");
    const keys = [month(2013, 4), quarter(2013, 1), fiscalYear(2013), monthSpan(month(2013, 4), month(2013, 9), "year-to-date", "YTD Sep 13")].map((p) => periodKey(p, 4));
    expect(new Set(keys).size).toBe(4);
    expect(periodKey(ytd, 4)).toBe(periodKey(quarter(2013, 1), 4));
  });
});
