import { buildFinanceSheet, FINANCE_HEADERS } from "./buildFinanceSheet";
import { buildStyleCatalogue } from "./buildStyleCatalogue";
import { cellAt, findRow } from "./__fixtures__/planCells";
import { scorecardResults, SETTINGS } from "./__fixtures__/scorecardResults";

const sheet = buildFinanceSheet(scorecardResults())!;
const styles = buildStyleCatalogue(SETTINGS);
const row = (line: string) => findRow(sheet, 0, line);
const at = (line: string, col: number) => cellAt(sheet, row(line), col);

describe("buildFinanceSheet", () => {
  it("names the sheet for the quarter", () => {
    expect(sheet.name).toBe("Finance variance Q2 2013-14");
  });

  it("captions the figures with the finance unit", () => {
    expect(cellAt(sheet, 3, 0)?.value).toContain("All figures £000's.");
  });

  it("has seed 000's columns under year-to-date and year-end groups", () => {
    const header = row("Line");
    expect(FINANCE_HEADERS.map((_, col) => cellAt(sheet, header, col)?.value)).toEqual([
      "Line",
      "Budget YTD £000's",
      "Actual YTD £000's",
      "Variance YTD £000's",
      "Budget full year £000's",
      "Projection £000's",
      "Variance full year £000's",
    ]);
    expect(cellAt(sheet, header - 1, 1)?.value).toBe("Year to date");
    expect(cellAt(sheet, header - 1, 4)?.value).toBe("Projected year end");
    expect(sheet.merges).toEqual([`B${header}:D${header}`, `E${header}:G${header}`]);
    expect(sheet.freeze).toEqual({ rows: header + 1, columns: 1 });
  });

  it("writes a heading where each group starts", () => {
    expect(at("Operational Commands", 0)?.style).toBe("finance-group");
    expect(row("Operational Commands")).toBe(row("Territorial Policing") - 1);
    expect(row("Support Services")).toBe(row("Estates (including PFI)") - 1);
  });

  it("writes the variances with negatives in brackets (seed 000: Territorial Policing (45), (90))", () => {
    expect(at("Territorial Policing", 3)?.value).toBe(-45);
    expect(at("Territorial Policing", 6)?.value).toBe(-90);
    expect(styles[at("Territorial Policing", 3)?.style ?? ""]?.numberFormat).toBe("#,##0;(#,##0);0");
  });

  it("highlights adverse variances only", () => {
    expect(at("Personnel", 3)?.style).toBe("finance-adverse");
    expect(at("Personnel", 6)?.style).toBe("finance-adverse");
    expect(at("Territorial Policing", 3)?.style).toBe("finance");
    // More income than budgeted is a negative, favourable variance.
    expect(at("Grant and other income", 3)).toEqual({ value: -317, style: "finance" });
    expect(styles["finance-adverse"]?.fill).toBeDefined();
  });

  it("sets totals in bold over a rule", () => {
    expect(at("Operational Commands Total", 0)?.style).toBe("finance-total-label");
    expect(at("Operational Commands Total", 1)?.style).toBe("finance-total");
    expect(styles["finance-total"]).toMatchObject({ bold: true, borderTop: "thin" });
    expect(at("Total", 3)).toEqual({ value: 745, style: "finance-grand-total-adverse" });
    expect(styles["finance-grand-total"]).toMatchObject({ bold: true, borderTop: "medium" });
  });

  it("writes a line outside any group without a heading", () => {
    const opcc = row("Office of the Police & Crime Commissioner");
    expect(opcc).toBe(row("Support Services Total") + 1);
  });

  describe("edge cases", () => {
    it("is left out without finance lines", () => {
      expect(buildFinanceSheet(scorecardResults({ finance: [] }))).toBeNull();
    });

    it("shows n/a for a missing figure", () => {
      const first = scorecardResults().finance[0]!;
      const s = buildFinanceSheet(scorecardResults({ finance: [{ ...first, varianceYtd: null }] }))!;
      expect(cellAt(s, findRow(s, 0, "Territorial Policing"), 3)).toEqual({ value: "n/a", style: "finance-na" });
    });
  });
});
