import { fiscalYear, month, monthSpan, quarter } from "../model/period";
import { formatSheetPeriodLabel } from "./formatSheetPeriodLabel";

describe("formatSheetPeriodLabel", () => {
  it("keeps the scorecard's labels for months and quarters, and writes years without a slash", () => {
    expect(formatSheetPeriodLabel(month(2013, 4 /* Apr */), 4)).toBe("Apr-13");
    expect(formatSheetPeriodLabel(quarter(2013, 2), 4)).toBe("Q2 2013-14");
    expect(formatSheetPeriodLabel(fiscalYear(2014), 4)).toBe("2014-15");
    expect(formatSheetPeriodLabel(fiscalYear(2014), 1)).toBe("2014");
  });

  it("names spans by their months, whatever the table's label", () => {
    expect(formatSheetPeriodLabel(monthSpan(month(2022, 10), month(2022, 12), "range", "Oct 22 - Dec 22"), 4)).toBe("Oct-Dec 2022");
    expect(formatSheetPeriodLabel(monthSpan(month(2013, 5), month(2014, 4), "range", "May-13 to Apr-14"), 4)).toBe("May 13-Apr 14");
    expect(formatSheetPeriodLabel(monthSpan(month(2022, 4), month(2022, 12), "year-to-date", "YTD Dec 22"), 4)).toBe("YTD Dec-22");
    expect(formatSheetPeriodLabel(monthSpan(month(2014, 5), month(2015, 4), "rolling", "12 months to Apr-15"), 4)).toBe("12m to Apr-15");
  });

  it("fits after the longest sheet prefix within Excel's 31 characters", () => {
    const longest = [
      monthSpan(month(2099, 5), month(2100, 4), "rolling", "x"),
      monthSpan(month(2098, 12), month(2100, 11), "range", "x"),
      monthSpan(month(2099, 1), month(2099, 12), "range", "x"),
      monthSpan(month(2099, 4), month(2099, 12), "year-to-date", "x"),
    ];
    for (const period of longest) expect(`Finance variance ${formatSheetPeriodLabel(period, 4)}`.length).toBeLessThanOrEqual(31);
  });
});
