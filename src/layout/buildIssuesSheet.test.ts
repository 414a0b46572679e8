import { messageText } from "../messages";
import { buildIssuesSheet, ISSUE_HEADERS, NO_ISSUES } from "./buildIssuesSheet";
import { cellAt, findRow } from "./__fixtures__/planCells";
import { scorecardResults } from "./__fixtures__/scorecardResults";

const sheet = buildIssuesSheet(scorecardResults());
const header = findRow(sheet, 0, "Severity");

describe("buildIssuesSheet", () => {
  it("names the sheet for the quarter", () => {
    expect(sheet.name).toBe("Data issues Q2 2013-14");
  });

  it("has severity, sheet, cell, code and message columns", () => {
    expect(ISSUE_HEADERS.map((_, col) => cellAt(sheet, header, col)?.value)).toEqual(["Severity", "Sheet", "Cell", "Code", "Message"]);
  });

  it("lists errors first, then warnings, then notes", () => {
    expect([1, 2, 3].map((i) => cellAt(sheet, header + i, 0)?.value)).toEqual(["Error", "Warning", "Note"]);
    expect(cellAt(sheet, header + 1, 4)?.value).toBe(messageText("VALUE_ERROR", "#DIV/0!"));
    expect(cellAt(sheet, header + 1, 3)?.value).toBe("VALUE_ERROR");
  });

  it("links each cell address to the cell, quoting sheet names with spaces", () => {
    expect(cellAt(sheet, header + 1, 2)).toEqual({ value: "D12", style: "link", link: "'Monthly data'!D12" });
    expect(cellAt(sheet, header + 2, 2)?.link).toBe("KPIs!J12");
  });

  it("summarises the counts under the title", () => {
    expect(cellAt(sheet, 3, 0)?.value).toMatch(/^1 error, 1 warning, 1 note\./);
  });

  it("colours the tab red when there are errors", () => {
    expect(sheet.tabColor).toBe("#C00000");
  });

  describe("edge cases", () => {
    it("says no issues were found when the list is empty", () => {
      const clean = buildIssuesSheet(scorecardResults({ issues: [] }));
      expect(cellAt(clean, findRow(clean, 0, "Severity") + 1, 0)?.value).toBe(NO_ISSUES);
    });

    it("does not link an issue about the whole workbook", () => {
      const s = buildIssuesSheet(
        scorecardResults({ issues: [{ code: "NO_KPI_TABLE", severity: "error", sheet: "", cell: "", message: messageText("NO_KPI_TABLE") }] }),
      );
      expect(cellAt(s, findRow(s, 0, "Severity") + 1, 2)?.link).toBeUndefined();
    });
  });
});
