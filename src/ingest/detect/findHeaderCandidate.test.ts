import { gridOf } from "../testing/gridOf";
import { findHeaderCandidate } from "./findHeaderCandidate";

describe("findHeaderCandidate", () => {
  it("names the header cells over figures that try to name a period but name none it reads", () => {
    const grid = gridOf("Table 1", [["Offence", "Spring 2013", "Spring 2014"], ["Burglary", 120, 130]]);
    expect(findHeaderCandidate({ sheets: [grid] }, 4)).toEqual([
      { sheet: "Table 1", cell: "B1", text: "Spring 2013" },
      { sheet: "Table 1", cell: "C1", text: "Spring 2014" },
    ]);
  });

  it("else names the row with most headings over figures, the likeliest header row, leaving out what reads as a period", () => {
    const grid = gridOf("Performance", [
      ["Measure", "Target"],
      ["Calls", 95],
      [],
      ["Measure", "Last season", "This season", "2013/14"],
      ["Calls answered", 120, 130, 140],
    ]);
    expect(findHeaderCandidate({ sheets: [grid] }, 4)).toEqual([
      { sheet: "Performance", cell: "B4", text: "Last season" },
      { sheet: "Performance", cell: "C4", text: "This season" },
    ]);
  });

  describe("edge cases", () => {
    it("names nothing for prose, an empty workbook, or one heading over one column of figures", () => {
      const prose = gridOf("Notes", [["This report covers Q2 2013-14."], ["Figures follow."]]);
      const register = gridOf("Indicateurs", [["ID", "Name", "Decimals"], ["P1", "Total crime", 0]]);
      expect(findHeaderCandidate({ sheets: [prose, register] }, 4)).toEqual([]);
      expect(findHeaderCandidate({ sheets: [] }, 4)).toEqual([]);
    });

    it("skips the sheets the tool wrote", () => {
      const built = gridOf("Scorecard Q2 2013-14", [["KPI", "Last season", "This season"], ["Calls", 1, 2]]);
      expect(findHeaderCandidate({ sheets: [built] }, 4)).toEqual([]);
    });
  });
});
