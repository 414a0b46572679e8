import { gridOf, gridOfTsv } from "../../ingest/testing/gridOf";
import { FIGURE_1, FIGURE_11 } from "../../ingest/testing/seed000";
import type { WorkbookGrids } from "../../model/grid";
import { month } from "../../model/period";
import { STORE_SHEET } from "../../model/outputSheets";
import { proposeMapping } from "./proposeMapping";

const AS_OF = month(2013, 11 /* Nov */);
const PASTED: WorkbookGrids = { sheets: [gridOfTsv("Figure 1", FIGURE_1.join("\n")), gridOfTsv("Figure 11", FIGURE_11.join("\n"))] };

describe("proposeMapping", () => {
  it("proposes the tables and previews each KPI's figures for the latest complete quarter", () => {
    const proposal = proposeMapping(PASTED, { asOf: AS_OF });
    expect(proposal).toMatchObject({ canonical: false, periodLabel: "Q2 2013-14", mapping: {} });
    expect(proposal.tables.map((t) => `${t.sheet}!${t.range}`)).toEqual(["Figure 1!A3:G16", "Figure 11!A3:G12"]);
    expect(proposal.kpis[0]).toEqual({
      id: "total-crime",
      name: "Total Crime",
      priority: "Reduce the number of victims of crime and anti-social behaviour",
      parentId: null,
      unit: "count",
      unitFrom: "values",
      polarity: "neutral",
      polarityFrom: "unset",
      previous: 21012,
      current: 19581,
      // As Figure 1 labels its years to date, not an invented quarter.
      previousLabel: "Apr - Sep 2012/13",
      currentLabel: "Apr - Sep 2013/14",
      weightedBy: null,
      weightProposal: null,
      source: { sheet: "Figure 1", cell: "B5" },
    });
    expect(proposal.kpis.find((k) => k.name === "Percentage of 999 calls abandoned")).toMatchObject({ previous: 0.1, current: 0.3, previousLabel: "Q1 2013-14" });
  });

  it("previews the figures of the period the pane will build when it is not the latest", () => {
    const proposal = proposeMapping(PASTED, { asOf: AS_OF, period: "Q1 2013-14" });
    expect(proposal.periodLabel).toBe("Q1 2013-14");
    // Figure 11's Q1 column, where the latest quarter's preview showed Q2's.
    expect(proposal.kpis.find((k) => k.name === "Percentage of 999 calls abandoned")).toMatchObject({ previous: null, current: 0.1, currentLabel: "Q1 2013-14" });
  });

  it("applies the analyst's mapping and gives it back as it would be saved", () => {
    const proposal = proposeMapping(PASTED, { asOf: AS_OF, mapping: { kpis: { "Total Crime": { polarity: "lower", unit: "rate" } } } });
    expect(proposal.kpis[0]).toMatchObject({ polarity: "lower-is-better", polarityFrom: "mapping", unit: "rate", unitFrom: "mapping" });
    expect(proposal.mapping).toEqual({ kpis: { "total crime": { polarity: "lower is better", unit: "rate" } } });
  });

  it("starts from the mapping an earlier build saved in the workbook", () => {
    const saved = JSON.stringify({ tables: { "Figure 11": { period: "Q1 2013-14" } } });
    const workbook = { sheets: [...PASTED.sheets, gridOf(STORE_SHEET, [["mapping", saved]])] };
    const proposal = proposeMapping(workbook, { asOf: AS_OF });
    expect(proposal.mapping).toEqual({ tables: { "figure 11": { period: "Q1 2013-14" } } });
    expect(proposal.tables[1]?.reportPeriod).toMatchObject({ source: "mapping" });
  });

  describe("edge cases", () => {
    it("says a workbook with a KPI register needs no mapping", () => {
      const register = gridOf("KPIs", [["ID", "Name", "Unit", "Polarity"], ["K1", "Crime", "count", "lower"]]);
      const proposal = proposeMapping({ sheets: [register, gridOf("Measurements", [["KPI ID", "Period", "Value"], ["K1", "Apr-13", 5]])] }, { asOf: AS_OF });
      expect(proposal).toMatchObject({ canonical: true, tables: [] });
      expect(proposal.kpis[0]).toMatchObject({ id: "K1", unitFrom: "table", polarityFrom: "table" });
    });

    it("previews no figures when no quarter has ended", () => {
      expect(proposeMapping(PASTED, { asOf: month(2012, 1) }).kpis[0]).toMatchObject({ previous: null, current: null, currentLabel: "" });
    });
  });
});
