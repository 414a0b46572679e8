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
