import type { Issue } from "../../model/issue";
import type { Kpi } from "../../model/kpi";
import type { IssueCode } from "../../messages";
import { MESSAGES, messageText } from "../../messages";
import { readKpiRegister } from "./readKpiRegister";
import { gridOf } from "../testing/gridOf";

const HEADER = [
  "ID", "Priority", "Name", "Parent ID", "Unit", "Polarity", "Roll-up", "Report", "Compare with", "Target", "Tolerance",
  "Baseline", "Baseline label", "Trajectory baseline", "Trajectory year", "Trajectory % a year", "Trajectory basis", "Owner", "Decimals",
];
const P1 = "1. Reduce the number of victims of crime and ASB";
const P2 = "2. Reduce the number of people seriously harmed";

/** The register rows of docs/workbook-format.md. */
const DOC_ROWS = [
  ["P1-01", P1, "Total Crime", "", "count", "lower", "sum", "year to date", "same period last year", "≥ 1%", "", "", "", "", "", "", "", "Head of Performance", 0],
  ["P1-02", P1, "Positive Outcome Rate", "", "percent", "higher", "average", "year to date", "same period last year", "≥ 25.5%", "2%", "", "", "", "", "", "", "", 1],
  ["P1-07", P1, "Dwelling Burglary", "", "count", "lower", "", "", "", "", "", "", "", "", "", "", "", "", ""],
  ["P1-08", P1, "Sanction Detection Rate", "P1-07", "percent", "higher", "average", "year to date", "same period last year", "", "", "", "", "", "", "", "", "", 1],
  ["P2-08", P2, "Number of people killed or seriously injured", "", "count", "lower", "sum", "year to date", "same period last year", "", "", "", "", 409.2, 2009, "-4%", "calendar", "", 0],
];

const issueAt = (code: IssueCode, cell: string, ...args: string[]): Issue => ({
  code,
  severity: MESSAGES[code].severity,
  sheet: "KPIs",
  cell,
  message: messageText(code, ...args),
});

function register(rows: readonly (readonly (string | number)[])[], header: readonly string[] = HEADER) {
  return readKpiRegister(gridOf("KPIs", [header, ...rows]));
}

describe("readKpiRegister", () => {
  it("reads the documented register", () => {
    const { data, issues } = register(DOC_ROWS);
    expect(issues).toEqual([]);
    expect(data.rejectedIds.size).toBe(0);
    expect(data.kpis[0]).toEqual<Kpi>({
      id: "P1-01",
      priority: P1,
      name: "Total Crime",
      parentId: null,
      unit: "count",
      polarity: "lower-is-better",
      aggregation: "sum",
      comparison: { window: "ytd", against: "same-period-last-year" },
      target: { kind: "change", comparator: ">=", percent: 1, direction: "reduction" },
      targetText: "≥ 1%",
      tolerance: null,
      baseline: null,
      trajectory: null,
      owner: "Head of Performance",
      decimals: 0,
      source: { sheet: "KPIs", cell: "A2" },
    });
    expect(data.kpis[1]).toMatchObject({ target: { kind: "level", comparator: ">=", value: 25.5 }, tolerance: 2, decimals: 1 });
    expect(data.kpis[3]).toMatchObject({ id: "P1-08", parentId: "P1-07", target: { kind: "none" }, targetText: "" });
    expect(data.kpis[4]?.trajectory).toEqual({ baselineValue: 409.2, baselineYear: 2009, yearBasis: "calendar", annualChangePercent: -4 });
  });

  it("applies the documented defaults", () => {
    const { data } = register([["G-1", "", "Grade KPI", "", "grade", "higher"], ["M-1", "", "Spend", "", "£", "lower"], ["S-1", "", "Score", "", "score", "neutral"]], [
      "ID", "Priority", "Name", "Parent ID", "Unit", "Polarity",
    ]);
    expect(data.kpis.map((k) => [k.priority, k.aggregation, k.comparison])).toEqual([
      ["General", "last", { window: "ytd", against: "same-period-last-year" }],
      ["General", "sum", { window: "ytd", against: "same-period-last-year" }],
      ["General", "average", { window: "ytd", against: "same-period-last-year" }],
    ]);
    expect(data.kpis[2]?.decimals).toBeNull();
  });

  it("reads the baseline and its label", () => {
    const { data } = register([["T-1", "", "Total Crime", "", "count", "lower", "", "", "", "↓", "", 80_000, "2019 baseline"]]);
    expect(data.kpis[0]?.baseline).toEqual({ value: 80_000, label: "2019 baseline" });
    expect(data.kpis[0]?.target).toEqual({ kind: "direction", direction: "down" });
  });

  describe("SPC baseline and recalculation", () => {
    const header = ["ID", "Name", "Unit", "Polarity", "SPC baseline", "SPC recalculate from"];

    it("reads a baseline of points or periods and the months to recalculate from", () => {
      const { data, issues } = register(
        [
          ["A", "Total Crime", "count", "lower", "2011/12", ""],
          ["B", "Positive Outcome Rate", "percent", "higher", "first 20 points", "Nov-12; Apr-13"],
          ["C", "ASB", "count", "lower", "", ""],
        ],
        header,
      );
      expect(issues).toEqual([]);
      expect(data.kpis.map((k) => k.spc)).toEqual([
        { baseline: { kind: "period", from: { kind: "month", year: 2011, month: 4 }, to: { kind: "month", year: 2012, month: 3 } }, recalculateFrom: [], source: { sheet: "KPIs", cell: "E2" } },
        {
          baseline: { kind: "first-points", count: 20 },
          recalculateFrom: [{ kind: "month", year: 2012, month: 11 }, { kind: "month", year: 2013, month: 4 }],
          source: { sheet: "KPIs", cell: "E3" },
        },
        undefined,
      ]);
    });

    it("reports a baseline or month it cannot read at its cell, keeping the KPI", () => {
      const { data, issues } = register([["A", "Total Crime", "count", "lower", "6", "when it changed"]], header);
      expect(data.kpis[0]?.spc).toBeUndefined();
      expect(issues.map((i) => [i.code, i.cell, i.message.slice(0, 20)])).toEqual([
        ["VALUE_UNREADABLE", "E2", '"6" could not be rea'],
        ["VALUE_UNREADABLE", "F2", '"when it changed" co'],
      ]);
    });
  });

  it("matches parent IDs in any case and keeps the parent's spelling", () => {
    const { data, issues } = register([["P1-07", "", "Dwelling Burglary", "", "count", "lower"], ["P1-08", "", "SDR", "p1-07", "percent", "higher"]]);
    expect(issues).toEqual([]);
    expect(data.kpis[1]?.parentId).toBe("P1-07");
  });

  describe("means weighted by their count, and percentiles (issue 11, case 6)", () => {
    const register = (rows: (string | number)[][]) =>
      readKpiRegister(gridOf("KPIs", [["ID", "Name", "Unit", "Polarity", "Roll-up", "Weighted by"], ...rows]));

    it("reads Weighted by as the count's ID or name", () => {
      const { data, issues } = register([
        ["A1", "Category 1 incidents", "count", "neutral", "sum", ""],
        ["A2", "Category 1 mean response time", "duration", "lower", "average", "A1"],
        ["A3", "Category 2 mean response time", "duration", "lower", "average", "category 1 incidents"],
      ]);
      expect(data.kpis.map((k) => k.weightedBy)).toEqual([undefined, "A1", "A1"]);
      expect(issues).toEqual([]);
    });

    it("reports a count it cannot find, a KPI weighted by itself, and one that is not averaged", () => {
      const { data, issues } = register([
        ["A1", "Category 1 incidents", "count", "neutral", "sum", "A2"],
        ["A2", "Category 1 mean response time", "duration", "lower", "average", "A2"],
        ["A3", "Category 2 mean response time", "duration", "lower", "average", "Calls"],
      ]);
      expect(data.kpis.every((k) => k.weightedBy === undefined)).toBe(true);
      expect(issues).toEqual([
        issueAt("KPI_WEIGHT_UNKNOWN", "F2", "A2", '"Category 1 incidents" rolls up by sum, not as an average, so there is nothing to weight'),
        issueAt("KPI_WEIGHT_UNKNOWN", "F3", "A2", "a KPI cannot be weighted by itself"),
        issueAt("KPI_WEIGHT_UNKNOWN", "F4", "Calls", 'no KPI has the ID or name "Calls"'),
      ]);
    });

    it("never averages a percentile by default, and warns when the register asks to", () => {
      const { data, issues } = register([
        ["B1", "Category 1 90th centile response time", "duration", "lower", "", ""],
        ["B2", "Median wait", "duration", "lower", "average", ""],
      ]);
      expect(data.kpis.map((k) => k.aggregation)).toEqual(["last", "average"]);
      expect(issues).toEqual([
        issueAt("PERCENTILE_NOT_AVERAGED", "B2", "Category 1 90th centile response time"),
        issueAt("PERCENTILE_ROLLED_UP", "E3", "Median wait", "average"),
      ]);
    });
  });

  describe("problems", () => {
    it("reports a formula error in an ID, name, unit or polarity and leaves the KPI out, its data skipped quietly", () => {
      const { data, issues } = register([
        [{ error: "#REF!" } as unknown as string, P1, "Total Crime", "", "count", "lower"],
        ["P1-02", P1, "Positive Outcome Rate", "", { error: "#N/A" } as unknown as string, "higher"],
      ]);
      expect(data.kpis).toEqual([]);
      expect(data.rejectedIds).toEqual(new Set(["P1-02"]));
      expect(issues).toEqual([issueAt("VALUE_ERROR", "A2", "#REF!"), issueAt("VALUE_ERROR", "E3", "#N/A")]);
    });

    it("reports a formula error in an optional column once, and reads the KPI without it", () => {
      const row = [...(DOC_ROWS[0] ?? [])];
      row[9] = { error: "#VALUE!" } as unknown as string;
      row[10] = { error: "#DIV/0!" } as unknown as string;
      const { data, issues } = register([row]);
      expect(data.kpis[0]).toMatchObject({ id: "P1-01", target: { kind: "none" }, tolerance: null });
      expect(issues).toEqual([issueAt("VALUE_ERROR", "J2", "#VALUE!"), issueAt("VALUE_ERROR", "K2", "#DIV/0!")]);
    });

    it("reports a duplicate ID and keeps the first", () => {
      const { data, issues } = register([DOC_ROWS[0] ?? [], ["P1-01", P1, "Total Crime again", "", "count", "lower"]]);
      expect(data.kpis.map((k) => k.name)).toEqual(["Total Crime"]);
      expect(issues).toEqual([issueAt("KPI_ID_DUPLICATE", "A3", "P1-01", "A2")]);
    });

    it("reports a missing ID", () => {
      const { data, issues } = register([["", P1, "Total Crime", "", "count", "lower"]]);
      expect(data.kpis).toEqual([]);
      expect(issues).toEqual([issueAt("KPI_ID_MISSING", "A2", "Total Crime")]);
    });

    it("warns about a name used twice under the same parent, but not under different parents", () => {
      const { data, issues } = register([
        ["A", "", "Dwelling Burglary", "", "count", "lower"],
        ["A1", "", "Sanction Detection Rate", "A", "percent", "higher"],
        ["B", "", "Vehicle Crime", "", "count", "lower"],
        ["B1", "", "Sanction Detection Rate", "B", "percent", "higher"],
        ["B2", "", "sanction detection rate", "B", "percent", "higher"],
      ]);
      expect(data.kpis).toHaveLength(5);
      expect(issues).toEqual([issueAt("KPI_NAME_DUPLICATE", "C6", "sanction detection rate", "C5")]);
    });

    it("reports an unknown parent", () => {
      const { data, issues } = register([["P1-08", "", "SDR", "P9-99", "percent", "higher"]]);
      expect(data.kpis[0]?.parentId).toBeNull();
      expect(issues).toEqual([issueAt("KPI_PARENT_UNKNOWN", "D2", "P9-99")]);
    });

    it("reports a KPI that is its own parent", () => {
      const { issues } = register([["A", "", "Loop", "A", "count", "lower"]]);
      expect(issues).toEqual([issueAt("KPI_PARENT_CYCLE", "D2", "A")]);
    });

    it("reports parents that loop through each other", () => {
      const { issues } = register([["A", "", "One", "B", "count", "lower"], ["B", "", "Two", "A", "count", "lower"]]);
      expect(issues.map((i) => i.code)).toEqual(["KPI_PARENT_CYCLE"]);
    });

    it("leaves out a row with a bad unit, polarity, roll-up or comparison, and remembers its ID", () => {
      const { data, issues } = register([
        ["U", "", "Bad unit", "", "widgets", "lower"],
        ["P", "", "Bad polarity", "", "count", "sideways"],
        ["R", "", "Bad roll-up", "", "count", "lower", "median"],
        ["W", "", "Bad report", "", "count", "lower", "", "monthly"],
        ["C", "", "Bad compare", "", "count", "lower", "", "", "target"],
      ]);
      expect(data.kpis).toEqual([]);
      expect([...data.rejectedIds]).toEqual(["U", "P", "R", "W", "C"]);
      expect(issues).toEqual([
        issueAt("UNIT_UNKNOWN", "E2", "widgets"),
        issueAt("POLARITY_UNKNOWN", "F3", "sideways"),
        issueAt("AGGREGATION_UNKNOWN", "G4", "median"),
        issueAt("COMPARISON_UNKNOWN", "H5", "monthly"),
        issueAt("COMPARE_WITH_UNKNOWN", "I6", "target"),
      ]);
    });

    it("reports a blank name, unit or polarity", () => {
      const { data, issues } = register([["X", "", "", "", "", ""]]);
      expect(data.kpis).toEqual([]);
      expect(issues).toEqual([
        issueAt("VALUE_MISSING", "C2", "Name", "the KPI's name"),
        issueAt("VALUE_MISSING", "E2", "Unit", "count, percent, currency, rate, duration, score or grade"),
        issueAt("VALUE_MISSING", "F2", "Polarity", "higher is better, lower is better or neutral"),
      ]);
    });

    it("keeps a KPI whose target is not understood, without a target it could judge", () => {
      const { data, issues } = register([["T", "", "Total Crime", "", "count", "lower", "", "", "", "about right"]]);
      expect(data.kpis[0]?.target).toEqual({ kind: "unparsed", text: "about right" });
      expect(issues).toEqual([issueAt("TARGET_UNPARSED", "J2", "about right")]);
    });

    it("says a neutral KPI's percentage target cannot be judged rather than not understood", () => {
      const { issues } = register([["T", "", "Total Crime", "", "count", "neutral", "", "", "", "≥ 1%"]]);
      expect(issues.map((i) => i.code)).toEqual(["TARGET_NOT_JUDGED"]);
    });

    it("notes footnote marks in names and targets", () => {
      const { data, issues } = register([["P", "", "Positive Outcome Rate \u00b9", "", "percent", "higher", "", "", "", "≥ 25.5% \u00b9"]]);
      expect(data.kpis[0]).toMatchObject({ name: "Positive Outcome Rate", targetText: "≥ 25.5%" });
      expect(issues).toEqual([
        issueAt("VALUE_FOOTNOTE", "C2", "Positive Outcome Rate \u00b9", "\u00b9"),
        issueAt("VALUE_FOOTNOTE", "J2", "≥ 25.5% \u00b9", "\u00b9"),
      ]);
    });

    it("reports unreadable optional numbers but keeps the KPI", () => {
      const { data, issues } = register([["T", "", "Total Crime", "", "count", "lower", "", "", "", "", "two", "", "", "", "", "", "", "", "many"]]);
      expect(data.kpis[0]).toMatchObject({ tolerance: null, decimals: null });
      expect(issues).toEqual([
        issueAt("VALUE_UNREADABLE", "K2", "two", "a percentage such as 2%"),
        issueAt("VALUE_UNREADABLE", "S2", "many", "a whole number of decimal places from 0 to 6"),
      ]);
    });

    it("reports an incomplete trajectory", () => {
      const { data, issues } = register([["K", "", "KSI", "", "count", "lower", "", "", "", "", "", "", "", 409.2, "", "-4%", "weekly"]]);
      expect(data.kpis[0]?.trajectory).toBeNull();
      expect(issues).toEqual([
        issueAt("VALUE_UNREADABLE", "Q2", "weekly", "calendar or fiscal"),
        issueAt("VALUE_MISSING", "O2", "Trajectory year", "it is needed for a trajectory"),
      ]);
    });

    it("warns about hidden rows", () => {
      const grid = gridOf("KPIs", [HEADER, DOC_ROWS[0] ?? []], { hiddenRows: [1] });
      expect(readKpiRegister(grid).issues).toEqual([issueAt("VALUE_HIDDEN_ROW", "A2", "2")]);
    });

    it("reports missing required columns and reads nothing", () => {
      const { data, issues } = readKpiRegister(gridOf("KPIs", [["ID", "Name", "Target"], ["P1-01", "Total Crime", "≥ 1%"]]));
      expect(data.kpis).toEqual([]);
      expect(issues).toEqual([
        issueAt("COLUMN_MISSING", "A1:C1", "Unit", "ID, Name, Target"),
        issueAt("COLUMN_MISSING", "A1:C1", "Polarity", "ID, Name, Target"),
      ]);
    });
  });

  describe("edge cases", () => {
    it("reads numeric IDs as text", () => {
      const { data } = register([[101, "", "Total Crime", "", "count", "lower"]]);
      expect(data.kpis[0]?.id).toBe("101");
    });

    it("skips blank rows", () => {
      const { data, issues } = register([[], ["", "", ""], DOC_ROWS[0] ?? []]);
      expect(issues).toEqual([]);
      expect(data.kpis.map((k) => k.source.cell)).toEqual(["A4"]);
    });

    it("reads a header below title rows, using the column mapping", () => {
      const grid = gridOf("KPIs", [["Indicators 2013-14"], ["Code", "Crime type", "Unit", "Polarity"], ["C1", "Total Crime", "count", "lower"]]);
      const { data } = readKpiRegister(grid, { aliases: new Map([["code", "id"], ["crime type", "name"]]) });
      expect(data.kpis.map((k) => [k.id, k.name])).toEqual([["C1", "Total Crime"]]);
    });
  });
});
