import type { Issue } from "../../model/issue";
import type { FinanceLine } from "../../model/kpi";
import type { IssueCode } from "../../messages";
import { MESSAGES, messageText } from "../../messages";
import { readFinance } from "./readFinance";
import { gridOf, gridOfTsv } from "../testing/gridOf";

const issueAt = (code: IssueCode, cell: string, ...args: string[]): Issue => ({
  code,
  severity: MESSAGES[code].severity,
  sheet: "Finance",
  cell,
  message: messageText(code, ...args),
});

const HEADER = "Line\tGroup\tKind\tBudget YTD\tActual YTD\tBudget full year\tProjection full year\tVariance YTD\tVariance full year";

describe("readFinance", () => {
  it("reads the documented rows, with bracketed negatives", () => {
    const grid = gridOfTsv("Finance", `
${HEADER}
Territorial Policing\tOperational Commands\tline\t391\t346\t784\t694\t(45)\t(90)
Operational Commands Total\tOperational Commands\ttotal\t2,751\t2,595\t6,405\t6,191\t(156)\t(214)
Total\t\tgrand total\t53,733\t54,478\t114,291\t114,280\t745\t(11)
`);
    const { data, issues } = readFinance(grid);
    expect(issues).toEqual([]);
    expect(data).toEqual<FinanceLine[]>([
      { line: "Territorial Policing", group: "Operational Commands", kind: "line", budgetYtd: 391, actualYtd: 346, budgetFullYear: 784, projectionFullYear: 694, publishedVarianceYtd: -45, publishedVarianceFullYear: -90, source: { sheet: "Finance", cell: "A2" } },
      { line: "Operational Commands Total", group: "Operational Commands", kind: "total", budgetYtd: 2751, actualYtd: 2595, budgetFullYear: 6405, projectionFullYear: 6191, publishedVarianceYtd: -156, publishedVarianceFullYear: -214, source: { sheet: "Finance", cell: "A3" } },
      { line: "Total", group: "", kind: "grand-total", budgetYtd: 53733, actualYtd: 54478, budgetFullYear: 114291, projectionFullYear: 114280, publishedVarianceYtd: 745, publishedVarianceFullYear: -11, source: { sheet: "Finance", cell: "A4" } },
    ]);
  });

  it("reads a table without variances, with group headings and kinds from the line names (seed 000's layout)", () => {
    const grid = gridOf("Finance", [
      ["Line", "Budget YTD", "Actual YTD"],
      ["Operational Commands", null, null],
      ["Territorial Policing", 391, 346],
      ["Operational Commands Total", 2751, 2595],
      ["Office of the Police & Crime Commissioner", 256, 136],
      ["Carry forward from 12/13", "(208)", "(208)"],
      ["Total", 53733, 54478],
    ]);
    const { data, issues } = readFinance(grid);
    expect(issues).toEqual([]);
    expect(data.map((l) => [l.line, l.group, l.kind, l.budgetYtd, l.publishedVarianceYtd])).toEqual([
      ["Territorial Policing", "Operational Commands", "line", 391, null],
      ["Operational Commands Total", "Operational Commands", "total", 2751, null],
      ["Office of the Police & Crime Commissioner", "", "line", 256, null],
      ["Carry forward from 12/13", "", "line", -208, null],
      ["Total", "", "grand-total", 53733, null],
    ]);
  });

  it("reports unreadable amounts, errors and kinds", () => {
    const grid = gridOf("Finance", [
      ["Line", "Kind", "Budget YTD", "Actual YTD"],
      ["Transport", "line", "lots", { error: "#REF!" }],
      ["Estates", "subtotals", 1, 2],
      [null, "line", 1, 2],
    ]);
    const { data, issues } = readFinance(grid);
    expect(data.map((l) => [l.line, l.budgetYtd, l.actualYtd])).toEqual([["Transport", null, null]]);
    expect(issues).toEqual([
      issueAt("VALUE_UNREADABLE", "C2", "lots", "an amount such as 1,563 or (45)"),
      issueAt("VALUE_ERROR", "D2", "#REF!"),
      issueAt("VALUE_UNREADABLE", "B3", "subtotals", "line, total or grand total"),
      issueAt("VALUE_MISSING", "A4", "Line", "the name of the budget line"),
    ]);
  });

  describe("edge cases", () => {
    it("reads (0) as zero and a blank amount as none", () => {
      const { data } = readFinance(gridOf("Finance", [["Line", "Budget YTD", "Actual YTD"], ["Transport", "(0)", null]]));
      expect([data[0]?.budgetYtd, data[0]?.actualYtd]).toEqual([0, null]);
    });

    it("reads an empty sheet as no lines", () => {
      expect(readFinance(gridOf("Finance", []))).toEqual({ data: [], issues: [] });
    });
  });
});
