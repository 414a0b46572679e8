import { messageText } from "../../messages";
import { errorCells } from "./errorCells";
import { gridOf } from "../testing/gridOf";

describe("errorCells", () => {
  it("reports each Excel error in the given columns, at its cell", () => {
    const grid = gridOf("KPIs", [["ID", "Name", "Unit"], [{ error: "#N/A" }, "Total Crime", { error: "#REF!" }]]);
    expect(errorCells(grid, 1, [0, 1, 2])).toEqual([
      { code: "VALUE_ERROR", severity: "error", sheet: "KPIs", cell: "A2", message: messageText("VALUE_ERROR", "#N/A") },
      { code: "VALUE_ERROR", severity: "error", sheet: "KPIs", cell: "C2", message: messageText("VALUE_ERROR", "#REF!") },
    ]);
  });

  describe("edge cases", () => {
    it("skips columns the sheet does not have, and reports a column named twice once", () => {
      const grid = gridOf("KPIs", [["ID"], [{ error: "#N/A" }]]);
      expect(errorCells(grid, 1, [undefined, 0, 0])).toHaveLength(1);
    });

    it("does not take text that merely looks like an error for one", () => {
      expect(errorCells(gridOf("KPIs", [["#N/A"]]), 0, [0])).toEqual([]);
    });
  });
});
