import { month, quarter } from "../../model/period";
import { parsePeriod } from "./parsePeriod";

const year = (fiscalYear: number) => ({ kind: "year", fiscalYear });

describe("parsePeriod", () => {
  describe("Excel dates", () => {
    it("reads a date-formatted serial as its month", () => {
      expect(parsePeriod(41365 /* 1 Apr 2013 */, "mmm-yy", 4)).toEqual(month(2013, 4 /* Apr */));
    });

    it("reads the last day of a month as that month", () => {
      expect(parsePeriod(41547 /* 30 Sep 2013 */, "dd/mm/yyyy", 4)).toEqual(month(2013, 9 /* Sep */));
    });

    it("reads a serial with a time of day", () => {
      expect(parsePeriod(41365.75, "d mmm yyyy h:mm", 4)).toEqual(month(2013, 4 /* Apr */));
    });

    it("reads a plain number in a period column as a serial whose format was lost", () => {
      expect(parsePeriod(41365, undefined, 4, { periodColumn: true })).toEqual(month(2013, 4 /* Apr */));
    });

    it("does not read a plain number as a date outside a period column", () => {
      expect(parsePeriod(41365, undefined, 4)).toBeNull();
    });

    it("does not read a number outside 1950-2099 as a date, even in a period column", () => {
      expect(parsePeriod(2013, undefined, 4, { periodColumn: true })).toBeNull();
      expect(parsePeriod(80000, "General", 4, { periodColumn: true })).toBeNull();
    });

    it("handles Excel's phantom 29 Feb 1900 and the days around it", () => {
      expect(parsePeriod(59, "d-mmm-yy", 4)).toEqual(month(1900, 2 /* Feb */));
      expect(parsePeriod(60, "d-mmm-yy", 4)).toEqual(month(1900, 2 /* Feb */));
      expect(parsePeriod(61, "d-mmm-yy", 4)).toEqual(month(1900, 3 /* Mar */));
    });

    it("reads a locale-tagged date format", () => {
      expect(parsePeriod(41365, "[$-809]mmmm yyyy", 4)).toEqual(month(2013, 4 /* Apr */));
    });
  });

  describe("months as text", () => {
    it.each([
      ["Apr-13", 2013, 4],
      ["Apr 2013", 2013, 4],
      ["April 2013", 2013, 4],
      ["Sep-2013", 2013, 9],
      ["Sept 2013", 2013, 9],
      ["sep-13", 2013, 9],
      ["2013-04", 2013, 4],
      ["2013-4", 2013, 4],
      ["2013-04-01", 2013, 4],
      ["2013-09-30", 2013, 9],
      ["04/2013", 2013, 4],
      ["4/2013", 2013, 4],
      ["1 Apr 2013", 2013, 4],
      ["01-Apr-13", 2013, 4],
      ["Dec-99", 1999, 12],
      [" Apr\u00a02013 ", 2013, 4],
    ])("reads %j as a month", (text, y, m) => {
      expect(parsePeriod(text, undefined, 4)).toEqual(month(y, m));
    });

    it("reads 2011-12 as December 2011, as ISO writes months", () => {
      expect(parsePeriod("2011-12", undefined, 4)).toEqual(month(2011, 12 /* Dec */));
    });
  });

  describe("quarters", () => {
    it.each(["Q2 2013-14", "Q2 2013/14", "2013/14 Q2", "Q2 13/14", "q2 2013-2014", "Q2 FY2013/14", "2013-14 Q2"])("reads %j as Q2 2013-14", (text) => {
      expect(parsePeriod(text, undefined, 4)).toEqual(quarter(2013, 2));
    });
  });

  describe("fiscal years", () => {
    it.each(["2013/14", "2013-14", "FY2013/14", "FY 2013-14", "2013/2014", "FY13/14"])("reads %j as 2013/14", (text) => {
      expect(parsePeriod(text, undefined, 4)).toEqual(year(2013));
    });

    it("reads 2011/12 with a slash as the fiscal year", () => {
      expect(parsePeriod("2011/12", undefined, 4)).toEqual(year(2011));
    });

    it("reads the turn of the century", () => {
      expect(parsePeriod("1999/00", undefined, 4)).toEqual(year(1999));
    });
  });

  describe("edge cases", () => {
    it.each([
      ["", "empty"],
      ["   ", "blank"],
      ["Total", "a word"],
      ["2013", "a bare year, calendar or fiscal"],
      ["Q2 2013", "a quarter of an unstated kind of year"],
      ["Q5 2013-14", "a fifth quarter"],
      ["2013/15", "years that do not follow"],
      ["13/14", "a two-digit pair without FY"],
      ["2013-13", "a thirteenth month"],
      ["Foo-13", "an unknown month name"],
      ["00/2013", "month zero"],
    ])("gives null for %j (%s)", (text) => {
      expect(parsePeriod(text, undefined, 4)).toBeNull();
    });

    it("gives null for non-text, non-number cells", () => {
      expect(parsePeriod(null, undefined, 4)).toBeNull();
      expect(parsePeriod(true, undefined, 4)).toBeNull();
      expect(parsePeriod({ error: "#N/A" }, undefined, 4)).toBeNull();
    });

    it("reads Q2 2013 when the fiscal year is the calendar year", () => {
      expect(parsePeriod("Q2 2013", undefined, 1)).toEqual(quarter(2013, 2));
    });

    it("does not read a percentage-formatted number as a date", () => {
      expect(parsePeriod(41365, "0%", 4, { periodColumn: true })).toBeNull();
    });
  });
});
