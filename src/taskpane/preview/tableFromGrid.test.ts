import type { Grid } from "../../model/grid";
import { tableFromGrid } from "./tableFromGrid";

const grid: Grid = {
  sheet: "Measurements",
  rows: [
    ["KPI", "Period", "Value"],
    ["K1", 41365 /* 1 Apr 2013 */, 0.252],
    ["K2", "Apr-13", { error: "#DIV/0!" }],
  ],
  numberFormats: [[], [undefined, "mmm-yy", "0.0%"], []],
  merges: [],
};

describe("tableFromGrid", () => {
  it("shows the analyst's values under their number formats at their addresses", () => {
    const table = tableFromGrid(grid);
    expect(table.rows[1]!.cells.map((c) => (c && c !== "covered" ? `${c.address}=${c.text}` : c))).toEqual([
      "A2=K1",
      "B2=Apr-13",
      "C2=25.2%",
    ]);
  });

  it("shows Excel errors as their code", () => {
    expect(tableFromGrid(grid).rows[2]!.cells[2]).toMatchObject({ address: "C3", text: "#DIV/0!" });
  });

  it("fits columns to their text, within reason", () => {
    const wide: Grid = { sheet: "Notes", rows: [["x", "A note long enough to need a wider column than the default"]] };
    expect(tableFromGrid(wide).columns.map((c) => c.width)).toEqual([8.43, 40]);
  });

  describe("edge cases", () => {
    it("starts at firstRow so a cell far down a long sheet can be shown", () => {
      const table = tableFromGrid(grid, { firstRow: 2, maxRows: 10 });
      expect(table.rows.map((r) => r.index)).toEqual([2]);
      expect(table.totalRows).toBe(3);
    });
  });
});
