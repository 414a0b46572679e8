import { quarter } from "../../model/period";
import { parseReportQuarter } from "./parseReportQuarter";

describe("parseReportQuarter", () => {
  it("reads seed 000's captions: the span of months ending in the report quarter", () => {
    expect(parseReportQuarter("Figure 1: key performance indicators and targets – 1 April – 30 September 2013", 4)?.quarter).toEqual(quarter(2013, 2));
    expect(parseReportQuarter("Figure 4: Key Performance indicators – 1 April to 30 September 2013", 4)?.quarter).toEqual(quarter(2013, 2));
  });

  it("reads quarters as reports name them", () => {
    expect(parseReportQuarter("Quarter 2 Report 2013-14", 4)?.quarter).toEqual(quarter(2013, 2));
    expect(parseReportQuarter("Dorset OPCC scorecard Q3 2023-24", 4)).toEqual({ quarter: quarter(2023, 3), text: "Q3 2023-24" });
    expect(parseReportQuarter("Apr - Dec 2023/24", 4)?.quarter).toEqual(quarter(2023, 3));
  });

  it("reads any span of months as the quarter it ends in", () => {
    expect(parseReportQuarter("Table 3: recorded crime, Oct-Dec 2022", 4)?.quarter).toEqual(quarter(2022, 3));
    expect(parseReportQuarter("Crime in the 12 months to Apr-15", 4)).toEqual({ quarter: quarter(2015, 1), text: "12 months to Apr-15" });
    expect(parseReportQuarter("Year ending March 2019", 4)?.quarter).toEqual(quarter(2018, 4));
  });

  it("reads a date as the quarter it falls in", () => {
    expect(parseReportQuarter("Establishment at 30 Sep 13", 4)?.quarter).toEqual(quarter(2013, 2));
    expect(parseReportQuarter("Position at 31 January 2014", 4)?.quarter).toEqual(quarter(2013, 4));
  });

  describe("edge cases", () => {
    it("gives null for text that names no quarter, years of a plan included", () => {
      expect(parseReportQuarter("Figure 11: latest performance – note periods differ", 4)).toBeNull();
      expect(parseReportQuarter("Police and Crime Plan 2013-17", 4)).toBeNull();
      expect(parseReportQuarter("Annual report 2014", 4)).toBeNull();
      expect(parseReportQuarter("Budget 2013/14", 4)).toBeNull();
      expect(parseReportQuarter("", 4)).toBeNull();
    });

    it("follows the fiscal year start", () => {
      expect(parseReportQuarter("30 September 2013", 1)?.quarter).toEqual(quarter(2013, 3));
    });
  });
});
