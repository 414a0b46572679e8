import { fiscalYear, month, monthSpan, quarter } from "../../model/period";
import { parseHeaderPeriod } from "./parseHeaderPeriod";

const explicit = (period: unknown, rest = "") => expect.objectContaining({ period: { kind: "explicit", period }, rest });
const partial = (period: unknown, rest = "") => expect.objectContaining({ period, rest });

describe("parseHeaderPeriod", () => {
  it("reads whole periods: months, quarters and fiscal years", () => {
    expect(parseHeaderPeriod("Apr-13", 4)).toEqual(explicit(month(2013, 4 /* Apr */)));
    expect(parseHeaderPeriod("Q2 2013-14", 4)).toEqual(explicit(quarter(2013, 2)));
    expect(parseHeaderPeriod("2013/14", 4)).toEqual(explicit({ kind: "year", fiscalYear: 2013 }));
    expect(parseHeaderPeriod("", 4, "mmm-yy", 41365)).toEqual(explicit(month(2013, 4 /* Apr */)));
  });

  it("reads a quarter or month without its year", () => {
    expect(parseHeaderPeriod("Q2", 4)).toEqual(partial({ kind: "quarter-only", quarter: 2 }));
    expect(parseHeaderPeriod("Quarter 3", 4)).toEqual(partial({ kind: "quarter-only", quarter: 3 }));
    expect(parseHeaderPeriod("Sep", 4)).toEqual(partial({ kind: "month-only", month: 9 }));
    expect(parseHeaderPeriod("Apr - Sep", 4)).toEqual(partial({ kind: "months-only", from: 4, to: 9 }));
  });

  it("finds a period among other words, and gives the words back", () => {
    expect(parseHeaderPeriod("RAG Q2", 4)).toEqual(partial({ kind: "quarter-only", quarter: 2 }, "rag"));
    expect(parseHeaderPeriod("Establishment at 30 Sep 13", 4)).toEqual(explicit({ ...month(2013, 9 /* Sep */), label: "30 Sep 13" }, "establishment at"));
    expect(parseHeaderPeriod("Actual Q2 2013-14", 4)).toEqual(explicit(quarter(2013, 2), "actual"));
    expect(parseHeaderPeriod("Actual Q2 2013/14", 4)).toEqual(explicit({ ...quarter(2013, 2), label: "Q2 2013/14" }, "actual"));
    expect(parseHeaderPeriod("2013/14 Target", 4)).toEqual(explicit({ kind: "year", fiscalYear: 2013 }, "target"));
  });

  it("reads spans of months, labelled as the header writes them", () => {
    expect(parseHeaderPeriod("Jan 12 - Mar 12", 4)).toEqual(explicit(monthSpan(month(2012, 1), month(2012, 3), "range", "Jan 12 - Mar 12")));
    expect(parseHeaderPeriod("Jul '17 to Jun '18", 4)).toEqual(explicit(monthSpan(month(2017, 7), month(2018, 6), "range", "Jul '17 to Jun '18")));
    expect(parseHeaderPeriod("Recorded crime 12 months to Dec-22", 4)).toEqual(
      explicit(monthSpan(month(2022, 1), month(2022, 12), "rolling", "12 months to Dec-22"), "recorded crime"),
    );
  });

  it("reads a header 2011-12 as the fiscal year, and a bare year as the calendar year", () => {
    expect(parseHeaderPeriod("2011-12", 4)).toEqual(explicit({ ...fiscalYear(2011), label: "2011-12" }));
    expect(parseHeaderPeriod("2014", 4)).toEqual(explicit(monthSpan(month(2014, 1), month(2014, 12), "range", "2014")));
  });

  it("says which form read it", () => {
    expect(parseHeaderPeriod("YTD Dec 22", 4)?.form?.name).toBe("Year to date");
    expect(parseHeaderPeriod("", 4, "mmm-yy", 41365)?.form).toBeNull();
  });

  it("reads the two periods of a change column", () => {
    expect(parseHeaderPeriod("12m to Apr-15 -v- 12m to Apr-14", 4)?.period).toEqual({
      kind: "comparison",
      current: monthSpan(month(2014, 5), month(2015, 4), "rolling", "12m to Apr-15"),
      previous: monthSpan(month(2013, 5), month(2014, 4), "rolling", "12m to Apr-14"),
    });
  });

  describe("edge cases", () => {
    it("gives null for a header that names no period", () => {
      expect(parseHeaderPeriod("Key Performance Indicators", 4)).toBeNull();
      expect(parseHeaderPeriod("Measures of Success", 4)).toBeNull();
      expect(parseHeaderPeriod("", 4)).toBeNull();
    });

    it("does not take the month of a month range over a fiscal year for a calendar month", () => {
      expect(parseHeaderPeriod("Apr - Sep 2013/14", 4)).toEqual(explicit(monthSpan(month(2013, 4), month(2013, 9), "year-to-date", "Apr - Sep 2013/14")));
    });
  });
});
