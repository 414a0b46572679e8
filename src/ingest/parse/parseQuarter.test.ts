import { quarter } from "../../model/period";
import { parseQuarter } from "./parseQuarter";

describe("parseQuarter", () => {
  it.each(["Q2 2013-14", "Q2 2013/14", "2013/14 Q2", "Q2 13/14", "q2 2013-14", "Quarter 2 2013/14", "Qtr 2 2013-14", "Q2, 2013/14"])(
    "reads %j as Q2 2013-14",
    (text) => {
      expect(parseQuarter(text, 4)).toEqual(quarter(2013, 2));
    },
  );

  it("reads every quarter number", () => {
    expect([1, 2, 3, 4].map((q) => parseQuarter(`Q${q} 2023-24`, 4))).toEqual([quarter(2023, 1), quarter(2023, 2), quarter(2023, 3), quarter(2023, 4)]);
  });

  it("reads a lone year when the fiscal year starts in January", () => {
    expect(parseQuarter("Q3 2023", 1)).toEqual(quarter(2023, 3));
    expect(parseQuarter("2023 Q3", 1)).toEqual(quarter(2023, 3));
  });

  describe("edge cases", () => {
    it.each(["", "Q2", "2013-14", "Q0 2013-14", "Q5 2013-14", "Q2 2013-15", "Q2 2013", "Apr-13"])("gives null for %j", (text) => {
      expect(parseQuarter(text, 4)).toBeNull();
    });
  });
});
