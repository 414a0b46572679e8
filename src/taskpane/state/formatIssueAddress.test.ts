import { formatIssueAddress } from "./formatIssueAddress";

describe("formatIssueAddress", () => {
  it("writes sheet and cell as Excel does, quoting names with spaces", () => {
    expect(formatIssueAddress({ sheet: "Measurements", cell: "C7" })).toBe("Measurements!C7");
    expect(formatIssueAddress({ sheet: "KPI register", cell: "F4" })).toBe("'KPI register'!F4");
  });

  describe("edge cases", () => {
    it("gives the sheet alone without a cell, and nothing for a whole-workbook issue", () => {
      expect(formatIssueAddress({ sheet: "Finance", cell: "" })).toBe("Finance");
      expect(formatIssueAddress({ sheet: "", cell: "" })).toBe("");
    });
  });
});
