import { mappingToJson } from "./mappingToJson";
import { messageText } from "../../messages";
import { EMPTY_MAPPING, parseMapping } from "./parseMapping";

const problem = (part: string, why: string) => ({ code: "MAPPING_UNREADABLE", severity: "warning", sheet: "", cell: "", message: messageText("MAPPING_UNREADABLE", part, why) });

describe("parseMapping", () => {
  it("reads sheets, column aliases and KPI polarities and units", () => {
    const { mapping, issues } = parseMapping({
      sheets: { kpis: " Indicators 2013 " },
      columns: { "Crime type": "Name", "Month_ending:": "Period" },
      kpis: { "Total-Crime": { polarity: "lower is better", unit: "count" }, "Positive Outcome Rate": { polarity: "higher" } },
    });
    expect(issues).toEqual([]);
    expect(mapping.sheets).toEqual({ kpis: "Indicators 2013" });
    expect([...mapping.columns]).toEqual([
      ["crime type", "name"],
      ["month ending", "period"],
    ]);
    expect([...mapping.kpis]).toEqual([
      ["total-crime", { polarity: "lower-is-better", unit: "count" }],
      ["positive outcome rate", { polarity: "higher-is-better" }],
    ]);
  });

  it("reads the count a KPI is weighted by, and gives it back as saved", () => {
    const { mapping, issues } = parseMapping({ kpis: { "Category 1 mean response time": { weightedBy: "Category 1 incidents" }, x: { weightedBy: 3 } } });
    expect(mapping.kpis.get("category 1 mean response time")).toEqual({ weightedBy: "Category 1 incidents" });
    expect(issues.map((i) => i.message)).toEqual([messageText("MAPPING_UNREADABLE", "kpis.x.weightedBy", "expected the ID or name of the KPI it is weighted by")]);
    expect(mappingToJson(mapping).kpis?.["category 1 mean response time"]).toEqual({ weightedBy: "Category 1 incidents" });
  });

  it("reads nothing from null or undefined", () => {
    expect(parseMapping(null)).toEqual({ mapping: EMPTY_MAPPING, issues: [] });
    expect(parseMapping(undefined)).toEqual({ mapping: EMPTY_MAPPING, issues: [] });
  });

  it("reports what it cannot use and keeps the rest", () => {
    const { mapping, issues } = parseMapping({
      sheets: { kpis: "Register", widgets: "W", notes: 3 },
      columns: ["not", "an", "object"],
      kpis: { a: { polarity: "sideways" }, b: "lower" },
    });
    expect(mapping.sheets).toEqual({ kpis: "Register" });
    expect(issues).toEqual([
      problem("sheets.widgets", "expected one of settings, kpis, measurements, notes, themes, finance"),
      problem("sheets.notes", "expected a sheet name"),
      problem("columns", "it is not an object"),
      problem("kpis.a.polarity", "expected higher is better, lower is better or neutral"),
      problem("kpis.b", "expected an object with polarity, unit, spcBaseline or spcRecalculateFrom"),
    ]);
  });

  it("reads the tables' column roles, report quarter, column periods, priority, total row, kind and skip, by sheet", () => {
    const { mapping, issues } = parseMapping({
      tables: {
        "Figure 11": {
          period: "Q2 2013-14",
          columns: { "Previous Performance": "Previous", "Lead:": "Not used", "column d": "Current" },
          periods: { "Spring 2013": "Mar-May 2013" },
        },
        "Re-offending": { total: "Probation Trust", priority: "4. Reduce re-offending", kind: "kpis", skip: false },
      },
    });
    expect(issues).toEqual([]);
    expect(mapping.tables.get("figure 11")).toEqual({
      columns: new Map([
        ["previous performance", "previous"],
        ["lead", "ignore"],
        ["column d", "current"],
      ]),
      period: "Q2 2013-14",
      periods: new Map([["spring 2013", "Mar-May 2013"]]),
      priority: null,
      total: null,
      kind: null,
      skip: false,
    });
    expect(mapping.tables.get("re-offending")).toMatchObject({ total: "Probation Trust", priority: "4. Reduce re-offending", kind: "kpis" });
  });

  it("reports the parts of a table mapping it cannot use", () => {
    const { mapping, issues } = parseMapping({ tables: { T: { columns: { A: "widgets" }, periods: { B: 2013 }, kind: "charts", skip: "yes", colour: "red" }, U: 3 }, tabels: {} });
    expect(issues).toEqual([
      problem("tabels", "expected one of sheets, columns, kpis, tables"),
      problem("tables.T.colour", "expected one of columns, period, periods, priority, total, kind, skip"),
      problem("tables.T.columns.A", "expected a column role such as KPI name, Target, Previous, Current, Period, Value, RAG or Not used"),
      problem("tables.T.periods.B", "expected a period such as Oct-Dec 2023"),
      problem("tables.T.kind", "expected one of kpis, themes, finance"),
      problem("tables.T.skip", "expected true or false"),
      problem("tables.U", "expected an object with columns, period, periods, priority, total, kind or skip"),
    ]);
    expect(mapping.tables.get("t")).toMatchObject({ kind: null, skip: false });
  });

  it("reports a mapping that is not an object", () => {
    expect(parseMapping("x").issues).toEqual([problem("mapping", "it is not an object")]);
  });
});
