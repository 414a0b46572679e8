import { detectTables } from "../detect/detectTables";
import { readFinance } from "./readFinance";
import { readFinanceTable } from "./readFinanceTable";
import { gridOf, gridOfTsv } from "../testing/gridOf";
import { FINANCE } from "../testing/seed000";

describe("readFinanceTable", () => {
  const grid = gridOfTsv("Budget", FINANCE.join("\n"));
  const [table] = detectTables({ sheets: [grid] });
  const read = table ? readFinanceTable(grid, table) : null;

  it("reads seed 000's budget table as published: headings as groups, totals by name, bracketed negatives", () => {
    expect(read?.data).toHaveLength(27);
    expect(read?.data[0]).toMatchObject({
      line: "Territorial Policing",
      group: "Operational Commands",
      kind: "line",
      budgetYtd: 391,
      actualYtd: 346,
      publishedVarianceYtd: -45,
      budgetFullYear: 784,
      projectionFullYear: 694,
      publishedVarianceFullYear: -90,
      source: { sheet: "Budget", cell: "A4" },
    });
    expect(read?.data.filter((l) => l.kind !== "line").map((l) => [l.line, l.kind])).toEqual([
      ["Operational Commands Total", "total"],
      ["Support Services Total", "total"],
      ["Total", "grand-total"],
    ]);
  });

  it("reads the same lines as the Finance sheet's own layout does", () => {
    const canonical = gridOf("Finance", [
      ["Line", "Budget YTD", "Actual YTD", "Variance YTD", "Budget full year", "Projection full year", "Variance full year"],
      ...grid.rows.slice(2),
    ]);
    const strip = (lines: readonly { source: unknown }[] | undefined) => lines?.map((l) => ({ ...l, source: null }));
    expect(strip(read?.data)).toEqual(strip(readFinance(canonical).data));
  });

  it("says how many lines it read, and that it took the unheaded column for the lines", () => {
    expect(read?.issues.map((i) => i.code)).toEqual(["COLUMN_ROLE_GUESSED", "TABLE_READ"]);
  });
});
