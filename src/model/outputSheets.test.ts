import { formatSheetPeriodLabel } from "../calc/formatSheetPeriodLabel";
import { fiscalYear, month, monthSpan, quarter } from "./period";
import type { Period } from "./period";
import { isOutputSheetName, outputSheetName, STORE_SHEET } from "./outputSheets";

describe("isOutputSheetName", () => {
  const periods: Period[] = [
    quarter(2013, 2),
    fiscalYear(2014),
    month(2014, 4),
    monthSpan(month(2022, 10), month(2022, 12), "range", "Oct 22 - Dec 22"),
    monthSpan(month(2013, 5), month(2014, 4), "range", "May-13 to Apr-14"),
    monthSpan(month(2022, 4), month(2022, 12), "year-to-date", "YTD Dec 22"),
    monthSpan(month(2014, 5), month(2015, 4), "rolling", "12 months to Apr-15"),
  ];

  it("recognises every sheet a build writes, for every kind of period, and the store", () => {
    for (const period of periods) {
      for (const start of [1, 4]) {
        const name = outputSheetName("finance", formatSheetPeriodLabel(period, start));
        expect(name.length).toBeLessThanOrEqual(31);
        expect(isOutputSheetName(name)).toBe(true);
      }
    }
    expect(isOutputSheetName(STORE_SHEET)).toBe(true);
  });

  it("leaves an analyst's own sheets alone", () => {
    for (const name of ["Scorecard", "Scorecard notes", "Charts for the board", "Exceptions (Q2)", "Data issues Q2 2013-14 copy", "Finance 2013-14"]) {
      expect(isOutputSheetName(name)).toBe(false);
    }
  });
});
