import { gridOfTsv } from "../testing/gridOf";
import { detectSheetTables } from "./detectSheetTables";

const detect = (tsv: string) => detectSheetTables(gridOfTsv("Sheet", tsv), { fiscalYearStartMonth: 4 });

describe("tables without a header row (periods down the rows, one figure beside each)", () => {
  it("finds a block under its caption: one KPI, periods in the first column, figures beside them", () => {
    const [table, ...rest] = detect(["Calls answered within 20 seconds", "Q1 2023/24\t91%", "Q2 2023/24\t93%", "Q3 2023/24\t90%"].join("\n"));
    expect(rest).toEqual([]);
    expect(table).toMatchObject({ layout: "long", top: 1, bottom: 3, left: 0, right: 1, headerRows: [], dataRows: [1, 2, 3], title: "Calls answered within 20 seconds" });
    expect(table?.columns.map((c) => [c.letter, c.role, c.cell])).toEqual([
      ["A", "period-label", "A2"],
      ["B", "value", "B2"],
    ]);
    expect(table?.blocks).toBeUndefined();
  });

  it("joins blocks stacked under captions that differ only in their period, named by the title above the first", () => {
    const tables = detect(
      [
        "Missed bins per 100,000 collections",
        "",
        "Missed bins 2023/24",
        "Oct-Dec 2023\t41",
        "2023/24 total\t45",
        "Note: a new contractor started in October.",
        "",
        "Missed bins 2022/23",
        "Oct-Dec 2022\t50",
        "2022/23 total\t52",
      ].join("\n"),
    );
    expect(tables).toHaveLength(1);
    expect(tables[0]).toMatchObject({ top: 0, bottom: 9, dataRows: [3, 4, 8, 9], title: "Missed bins per 100,000 collections" });
    expect(tables[0]?.blocks).toEqual([
      { top: 3, caption: "Missed bins 2023/24" },
      { top: 8, caption: "Missed bins 2022/23" },
    ]);
  });

  it("without a title, names the joined blocks by their caption without its period", () => {
    const tables = detect(["Missed bins 2023/24", "Oct-Dec 2023\t41", "Jan-Mar 2024\t45", "", "Missed bins 2022/23", "Oct-Dec 2022\t50", "Jan-Mar 2023\t52"].join("\n"));
    expect(tables.map((t) => t.title)).toEqual(["Missed bins"]);
  });

  describe("edge cases", () => {
    it("keeps blocks under captions for different subjects apart", () => {
      const tables = detect(["Missed bins 2023/24", "Q1 2023/24\t41", "Q2 2023/24\t45", "", "Fly-tipping cleared 2023/24", "Q1 2023/24\t90%", "Q2 2023/24\t95%"].join("\n"));
      expect(tables.map((t) => t.title)).toEqual(["Missed bins 2023/24", "Fly-tipping cleared 2023/24"]);
    });

    it("finds none in one row, in rows of several figures, or in rows whose words are not a period's", () => {
      expect(detect(["Calls", "Q1 2023/24\t91%", "", "Note"].join("\n"))).toEqual([]);
      expect(detect(["Invoices paid 2023-24\t97%", "Invoices paid 2022-23\t98%"].join("\n"))).toEqual([]);
      expect(detect(["Q1 2023/24\t91%\t95%\t88%", "Q2 2023/24\t93%\t95%\t87%"].join("\n")).every((t) => t.headerRows.length > 0)).toBe(true);
    });
  });
});
