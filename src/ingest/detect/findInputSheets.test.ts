import { findInputSheets } from "./findInputSheets";
import { gridOf } from "../testing/gridOf";

const sheets = (...names: string[]) => ({ sheets: names.map((n) => gridOf(n, [])) });

describe("findInputSheets", () => {
  it("finds the canonical sheets by name and synonym, in any case", () => {
    const { found, others } = findInputSheets(sheets(" kpi register ", "Data", "Commentary", "THEMES", "Finance", "Settings", "About"));
    expect(Object.fromEntries(Object.entries(found).map(([role, g]) => [role, g?.sheet]))).toEqual({
      settings: "Settings",
      kpis: " kpi register ",
      measurements: "Data",
      notes: "Commentary",
      themes: "THEMES",
      finance: "Finance",
    });
    expect(others.map((g) => g.sheet)).toEqual(["About"]);
  });

  it("prefers the documented name when a workbook has two synonyms", () => {
    expect(findInputSheets(sheets("Indicators", "KPIs")).found.kpis?.sheet).toBe("KPIs");
  });

  it("never takes a sheet this tool wrote", () => {
    const { found, others } = findInputSheets(sheets("Scorecard Q2 2013-14", "Chart data Q2 2013-14", "_scorecard_builder"));
    expect(found).toEqual({});
    expect(others).toEqual([]);
  });

  it("uses the names a mapping gives", () => {
    const { found, others } = findInputSheets(sheets("Crime data", "Measurements"), { measurements: "crime data" });
    expect(found.measurements?.sheet).toBe("Crime data");
    expect(others.map((g) => g.sheet)).toEqual(["Measurements"]);
  });
});
