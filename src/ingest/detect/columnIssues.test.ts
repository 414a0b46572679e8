import { messageText } from "../../messages";
import { columnIssues } from "./columnIssues";
import { detectTables } from "./detectTables";
import { gridOf } from "../testing/gridOf";

describe("columnIssues", () => {
  const grid = gridOf("T", [["KPI", "Lead officer", "", "2013/14"], ["Total Crime", "DCI Smith", "∨", 5]]);

  it("notes headers not used, and roles taken from values or position alone", () => {
    const [table] = detectTables({ sheets: [grid] });
    expect(table ? columnIssues(grid, table) : null).toEqual([
      { code: "HEADER_UNKNOWN", severity: "info", sheet: "T", cell: "B1", message: messageText("HEADER_UNKNOWN", "Lead officer") },
      {
        code: "COLUMN_ROLE_GUESSED",
        severity: "info",
        sheet: "T",
        cell: "C1",
        message: messageText("COLUMN_ROLE_GUESSED", "column C", "Trend mark", "a column without a header, of trend marks"),
      },
    ]);
  });

  describe("edge cases", () => {
    it("says nothing of columns whose role the mapping set", () => {
      const [table] = detectTables({ sheets: [grid] }, { mapping: { tables: { T: { columns: { "Lead officer": "Not used", "column c": "Trend mark" } } } } });
      expect(table ? columnIssues(grid, table) : null).toEqual([]);
    });
  });
});
