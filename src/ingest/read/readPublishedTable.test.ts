import type { Issue } from "../../model/issue";
import type { Kpi } from "../../model/kpi";
import { month, monthSpan, quarter } from "../../model/period";

/** `Apr - Sep` over a year, as seed 000 heads its years to date. */
const aprToSep = (year: number) => monthSpan(month(year, 4), month(year, 9), "year-to-date", `Apr - Sep ${year}/${String(year + 1).slice(2)}`);
import type { IssueCode } from "../../messages";
import { MESSAGES, messageText } from "../../messages";
import { NEUTRAL_REASON } from "./targetIssue";
import { readPublishedTable } from "./readPublishedTable";
import { gridOf, gridOfTsv } from "../testing/gridOf";
import { FIGURE_1, FIGURE_4 } from "../testing/seed000";

const P1 = "Reduce the number of victims of crime and anti-social behaviour";
const P2 = "Reduce the number of people seriously harmed in Dorset";
const YTD = { window: "latest", against: "same-period-last-year" } as const;

const issueAt = (sheet: string, code: IssueCode, cell: string, ...args: string[]): Issue => ({
  code,
  severity: MESSAGES[code].severity,
  sheet,
  cell,
  message: messageText(code, ...args),
});

function read(lines: readonly string[], sheet = "Figure 1", takenIds?: ReadonlySet<string>) {
  const result = readPublishedTable(gridOfTsv(sheet, lines.join("\n")), { fiscalYearStartMonth: 4, ...(takenIds ? { takenIds } : {}) });
  if (!result) throw new Error("no table found");
  return result;
}

describe("readPublishedTable", () => {
  describe("seed 000, Figure 1", () => {
    const { data, issues } = read(FIGURE_1);
    const byId = new Map(data.kpis.map((k) => [k.id, k]));

    it("reads every KPI row, ids made from the names", () => {
      expect(data.kpis.map((k) => k.id)).toEqual([
        "total-crime",
        "positive-outcome-rate",
        "number-of-repeat-victims",
        "asb-incidents",
        "number-of-repeat-callers",
        "personal-asb-incidents",
        "dwelling-burglary",
        "dwelling-burglary/sanction-detection-rate",
        "shed-garage-and-beach-hut-breaks",
        "shed-garage-and-beach-hut-breaks/sanction-detection-rate",
        "vehicle-crime",
        "vehicle-crime/sanction-detection-rate",
      ]);
    });

    it("carries the priority down from the first row of its group", () => {
      expect(new Set(data.kpis.map((k) => k.priority))).toEqual(new Set([P1]));
    });

    it("makes each repeated Sanction Detection Rate a sub-indicator of the crime type above it", () => {
      const subs = data.kpis.filter((k) => k.name === "Sanction Detection Rate").map((k) => k.parentId);
      expect(subs).toEqual(["dwelling-burglary", "shed-garage-and-beach-hut-breaks", "vehicle-crime"]);
      expect(data.kpis.filter((k) => k.parentId === null)).toHaveLength(9);
    });

    it("reads Total Crime as a count compared year to date with the same period last year", () => {
      expect(byId.get("total-crime")).toEqual<Kpi>({
        id: "total-crime",
        priority: P1,
        name: "Total Crime",
        parentId: null,
        unit: "count",
        polarity: "neutral",
        aggregation: "last",
        comparison: YTD,
        target: { kind: "unparsed", text: "≥ 1%" },
        targetText: "≥ 1%",
        tolerance: null,
        baseline: null,
        trajectory: null,
        owner: null,
        decimals: 0,
        publishedChange: {
          actual: -1431,
          percent: -6.8,
          points: null,
          currentValue: 19_581,
          previousValue: 21_012,
          cells: [
            { kind: "actual", text: "-1,431", rounding: 0.5, decimals: 0, source: { sheet: "Figure 1", cell: "F5" } },
            { kind: "percent", text: "-6.8%", rounding: 0.05, decimals: 1, source: { sheet: "Figure 1", cell: "G5" } },
          ],
        },
        // Figure 1 has no ID column: the key is made from the name, and never printed.
        generatedId: true,
        source: { sheet: "Figure 1", cell: "B5" },
      });
    });

    it("reads Apr - Sep 2012/13 and 2013/14 as the years to date, April to September of each year", () => {
      expect(data.measurements.filter((m) => m.kpiId === "total-crime")).toEqual([
        { kpiId: "total-crime", period: aprToSep(2012), value: 21_012, segment: null, source: { sheet: "Figure 1", cell: "D5" } },
        { kpiId: "total-crime", period: aprToSep(2013), value: 19_581, segment: null, source: { sheet: "Figure 1", cell: "E5" } },
      ]);
      expect(data.measurements).toHaveLength(24);
    });

    it("infers percentages from the values, with the decimals shown", () => {
      expect(byId.get("positive-outcome-rate")).toMatchObject({ unit: "percent", decimals: 1, target: { kind: "level", comparator: ">=", value: 25.5 }, targetText: "≥ 25.5%" });
      expect(byId.get("vehicle-crime/sanction-detection-rate")).toMatchObject({ unit: "percent", name: "Sanction Detection Rate" });
      const sdr = data.measurements.filter((m) => m.kpiId === "dwelling-burglary/sanction-detection-rate").map((m) => m.value);
      expect(sdr).toEqual([12.9, 21.6]);
    });

    it("drops footnote marks from names and targets, with a note", () => {
      expect(byId.get("number-of-repeat-callers")?.name).toBe("Number of Repeat Callers");
      expect(issues).toContainEqual(issueAt("Figure 1", "VALUE_FOOTNOTE", "B9", "Number of Repeat Callers ^o", "^o"));
      expect(issues).toContainEqual(issueAt("Figure 1", "VALUE_FOOTNOTE", "C6", "≥ 25.5% ¹", "¹"));
    });

    it("explains why a percentage target on a neutral count cannot be judged", () => {
      expect(issues).toContainEqual(issueAt("Figure 1", "TARGET_NOT_JUDGED", "C5", "≥ 1%", NEUTRAL_REASON));
    });

    it("says how to set each KPI's polarity, and what it read", () => {
      const polarityNotes = issues.filter((i) => i.code === "POLARITY_NOT_SET");
      expect(polarityNotes).toHaveLength(12);
      expect(polarityNotes[0]).toEqual(issueAt("Figure 1", "POLARITY_NOT_SET", "B5", "Total Crime"));
      expect(issues).toContainEqual(issueAt("Figure 1", "PUBLISHED_TABLE_READ", "B3", "12", "Figure 1!A3:G16"));
    });

    it("says how it read each period header, naming its cell", () => {
      expect(issues.filter((i) => i.code === "PERIOD_READ_AS")).toEqual([
        issueAt("Figure 1", "PERIOD_READ_AS", "D4", "Apr - Sep 2012/13", "Apr 2012 - Sep 2012 (year to date)"),
        issueAt("Figure 1", "PERIOD_READ_AS", "E4", "Apr - Sep 2013/14", "Apr 2013 - Sep 2013 (year to date)"),
      ]);
    });

    it("raises nothing else: the Change columns are ignored, not reported", () => {
      const others = issues.filter((i) => !["POLARITY_NOT_SET", "VALUE_FOOTNOTE", "TARGET_NOT_JUDGED", "PUBLISHED_TABLE_READ", "PERIOD_READ_AS"].includes(i.code));
      expect(others).toEqual([]);
    });
  });

  describe("seed 000, Figure 4", () => {
    it("reads its KPIs under their priority, with two Sanction Detection Rates as sub-indicators", () => {
      const { data } = read(FIGURE_4, "Figure 4");
      expect(data.kpis.map((k) => [k.id, k.parentId])).toEqual([
        ["most-serious-violent-crime", null],
        ["most-serious-violent-crime/sanction-detection-rate", "most-serious-violent-crime"],
        ["serious-sexual-offences", null],
        ["serious-sexual-offences/sanction-detection-rate", "serious-sexual-offences"],
        ["alcohol-related-violent-crime", null],
        ["domestic-abuse-incidents", null],
        ["racially-and-religiously-aggravated-crime", null],
        ["number-of-people-killed-or-seriously-injured", null],
      ]);
      expect(new Set(data.kpis.map((k) => k.priority))).toEqual(new Set([P2]));
      expect(data.kpis.every((k) => k.target.kind === "none")).toBe(true);
    });
  });

  describe("layouts", () => {
    it("reads two tables on one sheet, one below the other, ids unique across both", () => {
      const { data, issues } = read([...FIGURE_1, "", ...FIGURE_4], "Tables");
      expect(data.kpis).toHaveLength(20);
      expect(new Set(data.kpis.map((k) => k.id)).size).toBe(20);
      expect(issues.filter((i) => i.code === "PUBLISHED_TABLE_READ").map((i) => i.cell)).toEqual(["B3", "B20"]);
    });

    it("keeps generated ids clear of ids already taken", () => {
      const { data } = read(FIGURE_4, "Figure 4", new Set(["most-serious-violent-crime"]));
      expect(data.kpis.slice(0, 2).map((k) => k.id)).toEqual(["most-serious-violent-crime-2", "most-serious-violent-crime-2/sanction-detection-rate"]);
    });

    it("reads the single-row header of the docs as yearly figures", () => {
      const grid = gridOf("Table", [
        ["Priority", "Key Performance Indicators", "2013/14 Target", "2012/13", "2013/14"],
        ["Reduce the number of victims of crime and anti-social behaviour", "Total Crime", "≥ 1%", "21,012", "19,581"],
      ]);
      const result = readPublishedTable(grid, { fiscalYearStartMonth: 4 });
      expect(result?.data.kpis[0]?.comparison).toEqual({ window: "latest", against: "previous-period" });
      expect(result?.data.measurements.map((m) => [m.period, m.value])).toEqual([
        [{ kind: "year", fiscalYear: 2012 }, 21_012],
        [{ kind: "year", fiscalYear: 2013 }, 19_581],
      ]);
    });

    it("reads the table as Excel keeps it once pasted: numbers as numbers, percentages as formatted fractions", () => {
      const grid = gridOf(
        "Figure 1",
        [
          ["Priority", "Key Performance Indicators", "2013/14 Target", "Apr - Sep", null, "Change", null],
          [null, null, null, "2012/13", "2013/14", "Actual", "Percentage"],
          [P1, "Total Crime", "≥ 1%", 21_012, 19_581, -1_431, -0.068],
          [null, "Positive Outcome Rate", "≥ 25.5% \u00b9", 0.211, 0.252, null, 0.041],
        ],
        { formats: { "2,6": "0.0%", "3,3": "0.0%", "3,4": "0.0%", "3,6": "0.0%", "2,3": "#,##0", "2,4": "#,##0" } },
      );
      const result = readPublishedTable(grid, { fiscalYearStartMonth: 4 });
      expect(result?.data.kpis.map((k) => [k.id, k.unit, k.decimals])).toEqual([
        ["total-crime", "count", 0],
        ["positive-outcome-rate", "percent", 1],
      ]);
      expect(result?.data.measurements.map((m) => [m.kpiId, m.period, m.value])).toEqual([
        ["total-crime", aprToSep(2012), 21_012],
        ["total-crime", aprToSep(2013), 19_581],
        ["positive-outcome-rate", aprToSep(2012), 21.1],
        ["positive-outcome-rate", aprToSep(2013), 25.2],
      ]);
    });

    it("uses the grid's merges for a two-level header", () => {
      const grid = gridOf(
        "Table",
        [
          ["Key Performance Indicators", "Apr - Jun", null],
          [null, "2012/13", "2013/14"],
          ["Total Crime", 100, 90],
        ],
        { merges: [{ top: 0, left: 1, bottom: 0, right: 2 }] },
      );
      const result = readPublishedTable(grid, { fiscalYearStartMonth: 4 });
      expect(result?.data.measurements.map((m) => m.period)).toEqual([
        monthSpan(month(2012, 4), month(2012, 6), "range", "Apr - Jun 2012/13"),
        monthSpan(month(2013, 4), month(2013, 6), "range", "Apr - Jun 2013/14"),
      ]);
    });

    it("takes polarity and unit from their columns, and indentation as a sub-indicator", () => {
      const grid = gridOf("Table", [
        ["KPI", "Polarity", "Unit", "Target", "2012/13", "2013/14"],
        ["Total Crime", "lower", "count", "≥ 1%", 100, 90],
        ["  Detections", "higher", "%", "≥ 25%", 20, 25],
      ]);
      const result = readPublishedTable(grid, { fiscalYearStartMonth: 4 });
      expect(result?.data.kpis.map((k) => [k.id, k.parentId, k.unit, k.polarity, k.target.kind])).toEqual([
        ["total-crime", null, "count", "lower-is-better", "change"],
        ["total-crime/detections", "total-crime", "percent", "higher-is-better", "level"],
      ]);
      expect(result?.issues.filter((i) => i.code !== "PUBLISHED_TABLE_READ" && i.code !== "PERIOD_READ_AS")).toEqual([]);
    });

    it("takes polarity and unit from the mapping", () => {
      const grid = gridOf("Table", [["KPI", "2012/13", "2013/14"], ["Total Crime", 100, 90]]);
      const kpiMapping = new Map([["total-crime", { polarity: "lower-is-better" as const, unit: "rate" as const }]]);
      const result = readPublishedTable(grid, { fiscalYearStartMonth: 4, kpiMapping });
      expect(result?.data.kpis[0]).toMatchObject({ polarity: "lower-is-better", unit: "rate" });
      expect(result?.issues.map((i) => i.code)).toEqual(["PERIOD_READ_AS", "PERIOD_READ_AS", "PUBLISHED_TABLE_READ"]);
    });

    it("reads no-data markers and grades, and reports errors and unreadable values", () => {
      const grid = gridOf("Table", [
        ["KPI", "Q2 2023-24", "Q3 2023-24"],
        ["Public Opinion", "--", "TBC"],
        ["Effectiveness assessment by HMICFRS", "ADQ.", "Good"],
        ["Broken", { error: "#DIV/0!" }, "lots"],
      ]);
      const result = readPublishedTable(grid, { fiscalYearStartMonth: 4 });
      expect(result?.data.kpis.map((k) => k.unit)).toEqual(["count", "grade", "count"]);
      expect(result?.data.measurements.map((m) => [m.kpiId, m.value, m.text])).toEqual([
        ["public-opinion", null, "--"],
        ["public-opinion", null, "TBC"],
        ["effectiveness-assessment-by-hmicfrs", 3, "ADQ."],
        ["effectiveness-assessment-by-hmicfrs", 4, "Good"],
      ]);
      const problems = result?.issues.filter((i) => !["POLARITY_NOT_SET", "PUBLISHED_TABLE_READ", "PERIOD_READ_AS"].includes(i.code));
      expect(problems).toEqual([
        issueAt("Table", "VALUE_NO_DATA", "B2", "--"),
        issueAt("Table", "VALUE_NO_DATA", "C2", "TBC"),
        issueAt("Table", "VALUE_ERROR", "B4", "#DIV/0!"),
        issueAt("Table", "VALUE_UNREADABLE", "C4", "lots", "a number such as 1,431 or a percentage such as 25.5%"),
      ]);
    });

    it("notes headers it does not use", () => {
      const grid = gridOf("Table", [["KPI", "Lead officer", "2012/13"], ["Total Crime", "DCI Smith", 100]]);
      expect(readPublishedTable(grid, { fiscalYearStartMonth: 4 })?.issues).toContainEqual(issueAt("Table", "HEADER_UNKNOWN", "B1", "Lead officer"));
    });
  });

  describe("edge cases", () => {
    it("gives null for a sheet with no KPI table", () => {
      expect(readPublishedTable(gridOf("Notes", [["Some notes"], ["More notes"]]), { fiscalYearStartMonth: 4 })).toBeNull();
    });

    it("reads Previous and Current columns that name no period as its KPIs, reporting that their values need the quarter", () => {
      const grid = gridOf("Figure 11", [["Priority", "Key Performance Indicators", "2013/14 Target", "Previous Performance", "Current Performance"], ["P5", "Feel safe", "", "96%", "96%"]]);
      const result = readPublishedTable(grid, { fiscalYearStartMonth: 4 });
      expect(result?.data.kpis.map((k) => k.name)).toEqual(["Feel safe"]);
      expect(result?.data.measurements).toEqual([]);
      expect(result?.issues.filter((i) => i.code === "PERIOD_NOT_KNOWN")).toEqual([
        issueAt("Figure 11", "PERIOD_NOT_KNOWN", "D1", "Previous Performance"),
        issueAt("Figure 11", "PERIOD_NOT_KNOWN", "E1", "Current Performance"),
      ]);
    });

    it("reads Previous and Current as the quarter before the report quarter and the report quarter, from the mapping", () => {
      const grid = gridOf("Figure 11", [["Key Performance Indicators", "Previous Performance", "Current Performance"], ["Feel safe", "95%", "96%"]]);
      const result = readPublishedTable(grid, { fiscalYearStartMonth: 4, mapping: { tables: { "Figure 11": { period: "Q2 2013-14" } } } });
      expect(result?.data.measurements.map((m) => [m.period, m.value])).toEqual([
        [quarter(2013, 1), 95],
        [quarter(2013, 2), 96],
      ]);
      expect(result?.data.kpis[0]?.comparison).toEqual({ window: "latest", against: "previous-period" });
    });

    it("reads an empty sheet as no table", () => {
      expect(readPublishedTable(gridOf("Empty", []), { fiscalYearStartMonth: 4 })).toBeNull();
    });
  });
});
