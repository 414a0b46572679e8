import type { PreviewCell, PreviewTable } from "./previewTable";
import { tableFromPlanSheet } from "./tableFromPlanSheet";
import { FAKE_PLAN, GREEN_FILL, RED_FILL } from "../testing/fakePlan";

const scorecard = FAKE_PLAN.sheets[0]!;

function cellAt(table: PreviewTable, address: string): PreviewCell | undefined {
  for (const row of table.rows) {
    for (const cell of row.cells) if (cell !== null && cell !== "covered" && cell.address === address) return cell;
  }
  return undefined;
}

describe("tableFromPlanSheet", () => {
  it("formats numbers by their style's number format", () => {
    const table = tableFromPlanSheet(scorecard, FAKE_PLAN.styles);
    expect(cellAt(table, "B4")?.text).toBe("1,431");
    expect(cellAt(table, "C5")?.text).toBe("25.2%");
    expect(cellAt(table, "D4")?.text).toBe("-3.1");
    expect(cellAt(table, "D5")?.text).toBe("+4.1");
  });

  it("fills RAG cells by their text through the sheet's conditional formats", () => {
    const table = tableFromPlanSheet(scorecard, FAKE_PLAN.styles);
    expect(cellAt(table, "E4")).toMatchObject({ text: "Green", style: { fill: GREEN_FILL, horizontal: "center" } });
    expect(cellAt(table, "E6")).toMatchObject({ text: "Red", style: { fill: RED_FILL } });
  });

  it("spans merged cells and marks the cells they cover", () => {
    const table = tableFromPlanSheet(scorecard, FAKE_PLAN.styles);
    const first = table.rows[0]!.cells;
    expect(first[0]).toMatchObject({ address: "A1", colSpan: 5, rowSpan: 1 });
    expect(first.slice(1, 5)).toEqual(["covered", "covered", "covered", "covered"]);
  });

  it("leaves hidden columns out", () => {
    const table = tableFromPlanSheet(scorecard, FAKE_PLAN.styles);
    expect(table.columns.map((c) => c.letters)).toEqual(["A", "B", "C", "D", "E"]);
  });

  it("lets unwrapped text spill into the empty cells to its right, as Excel shows it", () => {
    const sheet = {
      ...scorecard,
      merges: [],
      conditionalFormats: [],
      blocks: [
        { top: 0, left: 0, cells: [[{ value: "A long title" }, { value: null }, { value: null }, { value: 5 }]] },
        { top: 1, left: 0, cells: [[{ value: "Filled", style: "header" }]] },
      ],
    };
    const table = tableFromPlanSheet(sheet, FAKE_PLAN.styles);
    expect(table.rows[0]!.cells.slice(0, 4)).toEqual([expect.objectContaining({ text: "A long title", colSpan: 3 }), "covered", "covered", expect.objectContaining({ text: "5" })]);
    // A filled cell keeps to its own column, or its fill would paint the neighbours.
    expect(table.rows[1]!.cells[0]).toMatchObject({ text: "Filled", colSpan: 1 });
  });

  it("keeps the sheet's row heights", () => {
    const table = tableFromPlanSheet({ ...scorecard, rowHeights: [{ row: 0, height: 24 }] }, FAKE_PLAN.styles);
    expect(table.rows.map((r) => r.height).slice(0, 2)).toEqual([24, null]);
  });

  it("marks where each chart sits with its title, for Excel to draw", () => {
    const chart = {
      id: "c1",
      kind: "monthly-rolling" as const,
      title: "Total Crime: monthly and rolling 12 months",
      categories: "'Chart data Q2 2013-14'!$A$3:$A$32",
      series: [],
      primaryAxisTitle: "Crimes",
      secondaryAxisTitle: null,
      numberFormat: "#,##0",
      from: { row: 8, col: 0 },
      to: { row: 20, col: 4 },
    };
    const table = tableFromPlanSheet({ ...scorecard, charts: [chart] }, FAKE_PLAN.styles);
    expect(cellAt(table, "A9")).toMatchObject({ text: "Chart: Total Crime: monthly and rolling 12 months", rowSpan: 13, colSpan: 5 });
  });

  describe("edge cases", () => {
    it("cuts long sheets after maxRows and says how many rows were left out", () => {
      const table = tableFromPlanSheet(scorecard, FAKE_PLAN.styles, { maxRows: 2 });
      expect(table.rows).toHaveLength(2);
      expect(table.omittedRows).toBe(4);
    });

    it("does not colour a cell outside the conditional format's range", () => {
      const table = tableFromPlanSheet(FAKE_PLAN.sheets[1]!, FAKE_PLAN.styles);
      expect(cellAt(table, "B2")).toMatchObject({ text: "Green", style: undefined });
    });
  });
});
