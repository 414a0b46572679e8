import { month, quarter } from "../../model/period";
import { parseHeaderPeriod } from "./parseHeaderPeriod";

const explicit = (period: unknown, rest = "") => ({ period: { kind: "explicit", period }, rest });

describe("parseHeaderPeriod", () => {
  it("reads whole periods: months, quarters and fiscal years", () => {
    expect(parseHeaderPeriod("Apr-13", 4)).toEqual(explicit(month(2013, 4 /* Apr */)));
    expect(parseHeaderPeriod("Q2 2013-14", 4)).toEqual(explicit(quarter(2013, 2)));
    expect(parseHeaderPeriod("2013/14", 4)).toEqual(explicit({ kind: "year", fiscalYear: 2013 }));
    expect(parseHeaderPeriod("", 4, "mmm-yy", 41365)).toEqual(explicit(month(2013, 4 /* Apr */)));
  });

  it("reads a quarter or month without its year", () => {
    expect(parseHeaderPeriod("Q2", 4)).toEqual({ period: { kind: "quarter-only", quarter: 2 }, rest: "" });
    expect(parseHeaderPeriod("Quarter 3", 4)).toEqual({ period: { kind: "quarter-only", quarter: 3 }, rest: "" });
    expect(parseHeaderPeriod("Sep", 4)).toEqual({ period: { kind: "month-only", month: 9 }, rest: "" });
  });

  it("finds a period among other words, and gives the words back", () => {
    expect(parseHeaderPeriod("RAG Q2", 4)).toEqual({ period: { kind: "quarter-only", quarter: 2 }, rest: "rag" });
    expect(parseHeaderPeriod("Establishment at 30 Sep 13", 4)).toEqual(explicit(month(2013, 9 /* Sep */), "establishment at"));
    expect(parseHeaderPeriod("Actual Q2 2013/14", 4)).toEqual(explicit(quarter(2013, 2), "actual"));
    expect(parseHeaderPeriod("2013/14 Target", 4)).toEqual(explicit({ kind: "year", fiscalYear: 2013 }, "target"));
  });

  describe("edge cases", () => {
    it("gives null for a header that names no period", () => {
      expect(parseHeaderPeriod("Key Performance Indicators", 4)).toBeNull();
      expect(parseHeaderPeriod("Measures of Success", 4)).toBeNull();
      expect(parseHeaderPeriod("", 4)).toBeNull();
    });

    it("does not take the month of a month range over a fiscal year for a calendar month", () => {
      expect(parseHeaderPeriod("Apr - Sep 2013/14", 4)?.period).toEqual({ kind: "explicit", period: { kind: "year", fiscalYear: 2013 } });
    });
  });
});
