import { parseMapping } from "../../ingest/mapping/parseMapping";
import { setColumnRole, setKpiSetting, setReportQuarter } from "./editMapping";

describe("setColumnRole", () => {
  it("saves a column's role by its header, under its sheet, in the pane's words", () => {
    const mapping = setColumnRole({ kpis: { a: { polarity: "lower is better" } } }, "Figure 11", "previous performance", "previous");
    expect(mapping).toEqual({ kpis: { a: { polarity: "lower is better" } }, tables: { "figure 11": { columns: { "previous performance": "Previous" } } } });
    expect(parseMapping(mapping).mapping.tables.get("figure 11")?.columns.get("previous performance")).toBe("previous");
  });

  it("goes back to the proposal, leaving no empty parts behind", () => {
    const once = setColumnRole({}, "T", "lead", "ignore");
    expect(setColumnRole(once, "T", "lead", null)).toEqual({});
    expect(setColumnRole(setReportQuarter(once, "T", "Q2 2013-14"), "T", "lead", null)).toEqual({ tables: { t: { period: "Q2 2013-14" } } });
  });
});

describe("setReportQuarter", () => {
  it("sets and clears a sheet's report quarter", () => {
    const set = setReportQuarter({}, "Victims", " Q3 2023-24 ");
    expect(set).toEqual({ tables: { victims: { period: "Q3 2023-24" } } });
    expect(setReportQuarter(set, "Victims", "")).toEqual({});
  });
});

describe("setKpiSetting", () => {
  it("sets a KPI's polarity and unit as parseMapping reads them", () => {
    const mapping = setKpiSetting(setKpiSetting({}, "Total-Crime", { polarity: "lower-is-better" }), "total-crime", { unit: "count" });
    expect(mapping).toEqual({ kpis: { "total-crime": { polarity: "lower is better", unit: "count" } } });
    expect(parseMapping(mapping).mapping.kpis.get("total-crime")).toEqual({ polarity: "lower-is-better", unit: "count" });
  });

  describe("edge cases", () => {
    it("clears one setting and keeps the other, and drops a KPI with none left", () => {
      const both = { kpis: { k: { polarity: "neutral", unit: "rate" } } };
      expect(setKpiSetting(both, "k", { unit: null })).toEqual({ kpis: { k: { polarity: "neutral" } } });
      expect(setKpiSetting(setKpiSetting(both, "k", { unit: null }), "k", { polarity: null })).toEqual({});
    });

    it("never changes the mapping it was given", () => {
      const before = { kpis: { k: { polarity: "neutral" } } };
      setKpiSetting(before, "k", { polarity: "higher-is-better" });
      expect(before).toEqual({ kpis: { k: { polarity: "neutral" } } });
    });
  });
});
