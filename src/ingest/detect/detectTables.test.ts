import { month, monthSpan, quarter } from "../../model/period";
import type { Grid } from "../../model/grid";
import { detectTables } from "./detectTables";
import { gridOf, gridOfTsv } from "../testing/gridOf";
import { FIGURE_1, FIGURE_11, FIGURE_4, FINANCE, REOFFENDING, WORKFORCE } from "../testing/seed000";
import { PILLAR_1_MEASURES, PILLAR_1_THEMES, PILLAR_5_MEASURES, PILLAR_5_THEMES } from "../testing/seed002";
import type { DetectedTable } from "./tableTypes";

const roles = (t: DetectedTable | undefined) => t?.columns.map((c) => `${c.letter}:${c.role}`);
const tsv = (sheet: string, lines: readonly string[]): Grid => gridOfTsv(sheet, lines.join("\n"));

describe("detectTables", () => {
  describe("seed 000, pasted as published", () => {
    const tables = detectTables({
      sheets: [
        tsv("Q2 report", [...FIGURE_1, "", "Longer term trends", "", ...FIGURE_4, "", "1.2.1 Sitting beneath this priority are 5 key areas of delivery."]),
        tsv("Figure 11", FIGURE_11),
        tsv("Re-offending", REOFFENDING),
        tsv("Workforce", WORKFORCE),
        tsv("Budget", FINANCE),
      ],
    });
    const [figure1, figure4, figure11, reoffending, workforce, finance] = tables;

    it("finds Figures 1 and 4 as two tables on one sheet, below their titles, notes left out", () => {
      expect(tables.map((t) => [t.sheet, t.kind, t.range])).toEqual([
        ["Q2 report", "kpis", "A3:G16"],
        ["Q2 report", "kpis", "A22:G31"],
        ["Figure 11", "kpis", "A3:G12"],
        ["Re-offending", "kpis", "A1:D6"],
        ["Workforce", "kpis", "A1:B4"],
        ["Budget", "finance", "A1:G31"],
      ]);
      expect(figure1?.title).toBe("Figure 1: key performance indicators and targets – 1 April – 30 September 2013");
      expect(figure1?.headerRows).toEqual([2, 3]);
      expect(figure1?.dataRows).toHaveLength(12);
      expect(figure4?.dataRows).toHaveLength(8);
    });

    it("reads the two-level header: Apr - Sep over 2012/13 | 2013/14 as the years to date, Change ignored", () => {
      expect(roles(figure1)).toEqual(["A:priority", "B:name", "C:target", "D:period", "E:period", "F:change", "G:change"]);
      expect(figure1?.columns.slice(3, 5).map((c) => [c.header, c.period])).toEqual([
        ["Apr - Sep 2012/13", monthSpan(month(2012, 4), month(2012, 9), "year-to-date", "Apr - Sep 2012/13")],
        ["Apr - Sep 2013/14", monthSpan(month(2013, 4), month(2013, 9), "year-to-date", "Apr - Sep 2013/14")],
      ]);
      expect(figure1?.columns[3]).toMatchObject({ confidence: 0.9, reason: '"Apr - Sep" over "2012/13": the months Apr - Sep of 2012/13', source: "header" });
    });

    it("reads Figure 11's Previous | Current Performance against the workbook's report quarter, and says so", () => {
      expect(roles(figure11)).toEqual(["A:priority", "B:name", "C:target", "D:previous", "E:current", "F:change", "G:change"]);
      expect(figure11?.reportPeriod).toEqual({ quarter: quarter(2013, 2), source: "workbook", text: "" });
      expect(figure11?.columns.slice(3, 5).map((c) => [c.period, c.periodSource])).toEqual([
        [quarter(2013, 1), "report"],
        [quarter(2013, 2), "report"],
      ]);
    });

    it("reads the re-offending table as one KPI named over its periods, by segment", () => {
      expect(reoffending?.kpiLabel).toBe("Actual rate of re-offending");
      expect(roles(reoffending)).toEqual(["A:group", "B:segment", "C:period", "D:period"]);
      expect(reoffending?.columns.slice(2).map((c) => c.period)).toEqual([{ kind: "year", fiscalYear: 2011 }, { kind: "year", fiscalYear: 2012 }]);
      expect(reoffending?.dataRows).toEqual([2, 3, 4, 5]);
    });

    it("reads the workforce table's one dated header over unheaded names", () => {
      expect(roles(workforce)).toEqual(["A:name", "B:period"]);
      expect(workforce?.columns[1]?.period).toEqual({ ...month(2013, 9 /* Sep */), label: "30 Sep 13" });
      expect(workforce?.columns[0]).toMatchObject({ confidence: 0.6, source: "position" });
    });

    it("reads the budget table: lines in the unheaded first column, amounts under their year-to-date and full-year groups", () => {
      expect(roles(finance)).toEqual(["A:name", "B:budget-ytd", "C:actual-ytd", "D:variance-ytd", "E:budget-full-year", "F:projection-full-year", "G:variance-full-year"]);
      expect(finance?.dataRows).toHaveLength(29);
    });
  });

  describe("seed 002, pasted as published", () => {
    const sheet = tsv("Cut crime and ASB", ["Dorset OPCC quarterly scorecard Q3 2023-24", "", ...PILLAR_1_MEASURES, "", ...PILLAR_1_THEMES]);
    const victims = tsv("Victims", [...PILLAR_5_MEASURES, "", ...PILLAR_5_THEMES]);
    const tables = detectTables({ sheets: [sheet, victims] });

    it("splits the shared header row into the measures and the indicators, and the themes into two tables across", () => {
      expect(tables.map((t) => [t.sheet, t.kind, t.range])).toEqual([
        ["Cut crime and ASB", "kpis", "A3:D8"],
        ["Cut crime and ASB", "kpis", "E3:H9"],
        ["Cut crime and ASB", "themes", "A11:D14"],
        ["Cut crime and ASB", "themes", "E11:H14"],
        ["Victims", "kpis", "A1:D4"],
        ["Victims", "kpis", "E1:H7"],
        ["Victims", "themes", "A9:D12"],
        ["Victims", "themes", "E9:H12"],
      ]);
    });

    it("reads Measures of Success: the quote column not used, Current the report quarter named in the sheet's title", () => {
      const measures = tables[0];
      expect(roles(measures)).toEqual(["A:ignore", "B:name", "C:target", "D:current"]);
      expect(measures?.reportPeriod).toEqual({ quarter: quarter(2023, 3), source: "title", text: "Q3 2023-24" });
      expect(measures?.columns[3]?.period).toEqual(quarter(2023, 3));
    });

    it("reads Additional Key Indicators: the unheaded figures as current, Q2 RAGs, Q3 trend marks", () => {
      const indicators = tables[5];
      expect(roles(indicators)).toEqual(["E:name", "F:current", "G:rag", "H:trend"]);
      expect(indicators?.columns[1]).toMatchObject({ source: "values", confidence: 0.5, reason: "a column without a header, of figures next to the names" });
      expect(indicators?.columns[2]?.period).toEqual(quarter(2023, 2));
      expect(indicators?.columns[3]?.reason).toContain("its cells are trend marks");
    });

    it("reads the theme table: a RAG per quarter and the detail for the report quarter", () => {
      const themes = tables[6];
      expect(roles(themes)).toEqual(["A:name", "B:rag", "C:rag", "D:commentary"]);
      expect(themes?.columns.slice(1).map((c) => c.period)).toEqual([quarter(2023, 2), quarter(2023, 3), quarter(2023, 3)]);
      expect(themes?.dataRows).toEqual([9, 10, 11]);
    });
  });

  describe("layouts", () => {
    it("finds a header that is neither in row 1 nor in column A", () => {
      const grid = gridOf("Data", [[], ["Crime report"], [], [null, null, "Indicator", "Apr-13", "May-13", "Jun-13"], [null, null, "Total Crime", 3612, 3540, 3498]]);
      const [table] = detectTables({ sheets: [grid] });
      expect(table?.range).toBe("C4:F5");
      expect(table?.title).toBe("Crime report");
      expect(table?.columns.map((c) => c.period)).toEqual([null, month(2013, 4), month(2013, 5), month(2013, 6)]);
    });

    it("uses real merges for a two-level header", () => {
      const grid = gridOf(
        "T",
        [
          ["KPI", "Apr - Jun", null, "Change", null],
          [null, "2012/13", "2013/14", "Actual", "%"],
          ["Total Crime", 100, 90, -10, "-10%"],
        ],
        { merges: [{ top: 0, left: 1, bottom: 0, right: 2 }, { top: 0, left: 3, bottom: 0, right: 4 }] },
      );
      const [table] = detectTables({ sheets: [grid] });
      expect(table?.columns.map((c) => [c.header, c.role, c.period])).toEqual([
        ["KPI", "name", null],
        ["Apr - Jun 2012/13", "period", monthSpan(month(2012, 4), month(2012, 6), "range", "Apr - Jun 2012/13")],
        ["Apr - Jun 2013/14", "period", monthSpan(month(2013, 4), month(2013, 6), "range", "Apr - Jun 2013/14")],
        ["Change Actual", "change", null],
        ["Change %", "change", null],
      ]);
    });

    it("reads past a blank row between groups, and stops at two", () => {
      const grid = gridOf("T", [["KPI", "2012/13", "2013/14"], ["A", 1, 2], [], ["B", 3, 4], [], [], ["C", 5, 6]]);
      expect(detectTables({ sheets: [grid] })[0]?.dataRows).toEqual([1, 3]);
    });

    it("tells long data from wide: a column of periods and a column of values", () => {
      const grid = gridOf("Crime data", [["Indicator", "Month", "Actual", "Area"], ["Total Crime", "Apr-13", 3612, null], ["Total Crime", "May-13", 3540, "Purbeck"]]);
      const [table] = detectTables({ sheets: [grid] });
      expect(table?.layout).toBe("long");
      expect(roles(table)).toEqual(["A:name", "B:period-label", "C:value", "D:segment"]);
    });

    it("reads month headers without a year against the report quarter", () => {
      const grid = gridOf("T", [["Scorecard Q2 2013-14"], ["KPI", "Jan", "Apr", "Sep"], ["Total Crime", 1, 2, 3]]);
      expect(detectTables({ sheets: [grid] })[0]?.columns.slice(1).map((c) => c.period)).toEqual([month(2013, 1), month(2013, 4), month(2013, 9)]);
    });
  });

  describe("the mapping", () => {
    const grid = gridOf("Figure 11", [["KPI", "Last time", "This time", "Lead"], ["Feel safe", "95%", "96%", "DCI Smith"]]);

    it("takes the analyst's roles and report quarter over the proposal", () => {
      const mapping = { tables: { "figure 11": { period: "Q2 2013-14", columns: { "Last time": "Previous", "This time": "Current", Lead: "Not used" } } } };
      const [table] = detectTables({ sheets: [grid] }, { mapping });
      expect(table?.columns.map((c) => [c.role, c.confidence, c.source, c.period])).toEqual([
        ["name", 0.95, "header", null],
        ["previous", 1, "mapping", quarter(2013, 1)],
        ["current", 1, "mapping", quarter(2013, 2)],
        ["ignore", 1, "mapping", null],
      ]);
      expect(table?.reportPeriod).toEqual({ quarter: quarter(2013, 2), source: "mapping", text: "Q2 2013-14" });
    });

    it("takes the docs column names of the mapping's column aliases as roles", () => {
      const [table] = detectTables({ sheets: [gridOf("T", [["Crime type", "2012/13", "2013/14"], ["Total Crime", 1, 2]])] }, { mapping: { columns: { "Crime type": "Name" } } });
      expect(table?.columns[0]).toMatchObject({ role: "name", source: "mapping" });
    });

    it.each(["Segment", "Group of segments", "Priority", "Not used"])(
      "finds no table under a two-level header whose KPI names the mapping sets to %s, rather than one headed by its second row",
      (role) => {
        const mapping = { tables: { "Figure 1": { columns: { "Key Performance Indicators": role } } } };
        // The analyst's edit took the KPI names away: no table here, so the pane keeps the one it had in view.
        expect(detectTables({ sheets: [tsv("Figure 1", FIGURE_1)] }, { mapping }).map((t) => t.range)).toEqual([]);
      },
    );

    it("marks a sheet's tables skipped when the mapping says so", () => {
      expect(detectTables({ sheets: [tsv("Figure 1", FIGURE_1)] }, { mapping: { tables: { "Figure 1": { skip: true } } } })[0]?.skipped).toBe(true);
    });
  });

  describe("edge cases", () => {
    it("finds nothing on an empty sheet, a sheet of prose, or a sheet the tool wrote", () => {
      const sheets = [
        gridOf("Empty", []),
        gridOf("About", [["This workbook holds the figures of the Q2 report."], ["See the KPIs sheet."]]),
        tsv("Scorecard Q2 2013-14", FIGURE_1),
      ];
      expect(detectTables({ sheets })).toEqual([]);
    });

    it("leaves the period of Current unknown when nothing in the workbook names one", () => {
      const [table] = detectTables({ sheets: [gridOf("T", [["KPI", "Current"], ["Feel safe", "96%"]])] });
      expect(table?.reportPeriod).toBeNull();
      expect(table?.columns[1]).toMatchObject({ role: "current", period: null, periodSource: "report" });
    });

    it("does not take a title naming a quarter for a one-column header", () => {
      const grid = gridOf("T", [["Q3 2023-24", null, null], ["Measures of Success", "Target", "Current"], ["Public Opinion", "↑", "-- 46%"]]);
      expect(detectTables({ sheets: [grid] }).map((t) => [t.range, t.reportPeriod?.source])).toEqual([["A2:C3", "title"]]);
    });

    it("does not take a row of data for a header, however wordy", () => {
      const grid = gridOf("KPIs", [["P1-01", "Total Crime", "count", "lower is better", "year to date", 0]]);
      expect(detectTables({ sheets: [grid] })).toEqual([]);
    });
  });
});
