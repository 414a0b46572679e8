import { gridOf } from "../testing/gridOf";
import { findUnreadPeriodHeaders } from "./findUnreadPeriodHeaders";

describe("findUnreadPeriodHeaders", () => {
  it("names header cells over figures that try to name a period but name none it reads", () => {
    const grid = gridOf("Table 1", [
      ["Crimes recorded"],
      ["Offence", "Spring 2013", "Autumn 2013", "Q5 2013", "Oct-Dec 2013"],
      ["Burglary", 120, 130, 140, 150],
    ]);
    expect(findUnreadPeriodHeaders({ sheets: [grid] }, 4)).toEqual([
      { sheet: "Table 1", cell: "B2", text: "Spring 2013" },
      { sheet: "Table 1", cell: "C2", text: "Autumn 2013" },
      { sheet: "Table 1", cell: "D2", text: "Q5 2013" },
    ]);
  });

  describe("edge cases", () => {
    it("leaves out names, column words, figures typed as text and cells with no figure under them", () => {
      const grid = gridOf("T", [
        ["Percentage of invoices paid within 30 days", "Homicide3", "Target 2013", "1,431", "Spring 2013"],
        [85, 4, 90, 5, "n/a"],
      ]);
      expect(findUnreadPeriodHeaders({ sheets: [grid] }, 4)).toEqual([]);
    });

    it("skips the sheets the tool wrote and stops at the limit", () => {
      const built = gridOf("Scorecard Q2 2013-14", [["Spring 2013"], [1]]);
      const many = gridOf("T", [Array.from({ length: 20 }, (_, i) => `Spring ${2000 + i}`), Array.from({ length: 20 }, () => 1)]);
      expect(findUnreadPeriodHeaders({ sheets: [built] }, 4)).toEqual([]);
      expect(findUnreadPeriodHeaders({ sheets: [many] }, 4, 5)).toHaveLength(5);
    });
  });
});
