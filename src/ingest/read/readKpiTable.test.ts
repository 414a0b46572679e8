import type { Grid } from "../../model/grid";
import type { Issue } from "../../model/issue";
import { month, quarter } from "../../model/period";
import type { IssueCode } from "../../messages";
import { MESSAGES, messageText } from "../../messages";
import { detectTables } from "../detect/detectTables";
import type { ReadKpiTableOptions } from "./readKpiTable";
import { readKpiTable } from "./readKpiTable";
import { gridOf, gridOfTsv } from "../testing/gridOf";
import { FIGURE_11, REOFFENDING } from "../testing/seed000";
import { PILLAR_1_MEASURES, PILLAR_4_MEASURES, PILLAR_5_MEASURES } from "../testing/seed002";

const issueAt = (sheet: string, code: IssueCode, cell: string, ...args: string[]): Issue => ({
  code,
  severity: MESSAGES[code].severity,
  sheet,
  cell,
  message: messageText(code, ...args),
});

/** Detects the grid's tables and reads them all, sharing IDs, as ingest does. */
function read(grid: Grid, options: Partial<ReadKpiTableOptions> & { mapping?: unknown } = {}) {
  const context = { takenIds: new Set<string>(), names: new Map<string, string>() };
  const tables = detectTables({ sheets: [grid] }, { mapping: options.mapping }).filter((t) => t.kind === "kpis");
  const results = tables.map((t) => readKpiTable(grid, t, { fiscalYearStartMonth: 4, context, ...options }));
  return {
    kpis: results.flatMap((r) => r.data.kpis),
    measurements: results.flatMap((r) => r.data.measurements),
    notes: results.flatMap((r) => r.data.notes),
    issues: results.flatMap((r) => r.issues),
  };
}

const tsv = (sheet: string, lines: readonly string[]) => gridOfTsv(sheet, lines.join("\n"));
const SCORECARD_TITLE = "Dorset OPCC quarterly scorecard Q3 2023-24";

describe("readKpiTable", () => {
  describe("seed 002's measures and indicators", () => {
    const { kpis, measurements, notes, issues } = read(tsv("Cut crime", [SCORECARD_TITLE, "", ...PILLAR_1_MEASURES]));
    const value = (name: string) => measurements.find((m) => m.kpiId === kpis.find((k) => k.name === name)?.id);

    it("reads every measure and indicator, with direction targets", () => {
      expect(kpis.map((k) => [k.name, k.target.kind])).toEqual([
        ["Total Crime (from 2019 baseline)", "direction"],
        ["Total ASB incidents (from 2019 baseline)", "direction"],
        ["Public Opinion", "direction"],
        ["Non-dwelling burglary 23/24 (YTD)", "none"],
        ["Dwelling burglary 23/24 (YTD)", "none"],
        ["Killed or Seriously Injured (rolling)", "none"],
        ["ASB YTD", "none"],
        ["% people feeling safe in Dorset", "none"],
        ["Commissioning: Crime Prevention 23/24", "none"],
      ]);
    });

    it("reads the figures for the report quarter, marks and bracketed counts set aside with a note", () => {
      expect(value("Total Crime (from 2019 baseline)")).toMatchObject({ period: quarter(2023, 3), value: -5, source: { sheet: "Cut crime", cell: "D4" } });
      expect(value("Public Opinion")?.value).toBe(46);
      expect(value("Non-dwelling burglary 23/24 (YTD)")?.value).toBe(-3.1);
      expect(value("Dwelling burglary 23/24 (YTD)")?.value).toBe(1);
      expect(value("Commissioning: Crime Prevention 23/24")?.value).toBe(1_700_000);
      expect(issues).toContainEqual(issueAt("Cut crime", "VALUE_TREND_MARK", "D4", "↓ -5%", "↓"));
      expect(issues).toContainEqual(issueAt("Cut crime", "VALUE_SECOND_FIGURE", "F5", "+1.0% (+8)", "+1.0%", "+8"));
    });

    it("infers units from the figures: percentages, money", () => {
      expect(kpis.map((k) => k.unit)).toEqual(["percent", "percent", "percent", "percent", "percent", "percent", "percent", "percent", "currency"]);
    });

    it("checks the trend marks but keeps nothing of them, and notes its guess at the unheaded figures", () => {
      expect(notes).toEqual([]);
      expect(issues.filter((i) => i.code === "VALUE_UNREADABLE")).toEqual([]);
      expect(issues).toContainEqual(issueAt("Cut crime", "COLUMN_ROLE_GUESSED", "F3", "column F", "Current", "a column without a header, of figures next to the names"));
    });

    it("notes the quote column it does not use", () => {
      expect(issues).toContainEqual(issueAt("Cut crime", "HEADER_UNKNOWN", "A3", "In the Spotlight"));
    });
  });

  describe("seed 002's RAGs and awkward figures", () => {
    const victims = read(tsv("Victims", [SCORECARD_TITLE, ...PILLAR_5_MEASURES]));

    it("reads the indicators' Q2 column as the analyst's RAG for Q2", () => {
      const hate = victims.kpis.find((k) => k.name === "Recorded Hate Crime (YTD)");
      expect(victims.notes.find((n) => n.kpiId === hate?.id)).toEqual({
        kpiId: hate?.id,
        quarter: quarter(2023, 2),
        ragOverride: "amber",
        commentary: "",
        source: { sheet: "Victims", cell: "G5" },
      });
      expect(victims.notes).toHaveLength(6);
    });

    it("reads grades as grades and a direction alone as no figure", () => {
      const legitimacy = victims.kpis.find((k) => k.name === "Legitimacy Assessment by HMICFRS");
      expect(legitimacy).toMatchObject({ unit: "grade", target: { kind: "grade", grade: "adequate" } });
      expect(victims.measurements.find((m) => m.kpiId === legitimacy?.id)).toMatchObject({ value: 3, text: "ADQ." });
      expect(victims.issues).toContainEqual(issueAt("Victims", "VALUE_NO_DATA", "D3", "↑"));
    });

    it("reads TBC as no figure, and reports a trend mark it cannot read", () => {
      const rural = read(tsv("Rural", [SCORECARD_TITLE, ...PILLAR_4_MEASURES.slice(0, 3), "\tPublic Opinion\t↑\tTBC\tStray row\t5\t\tsideways"]));
      expect(rural.issues).toContainEqual(issueAt("Rural", "VALUE_NO_DATA", "D5", "TBC"));
      expect(rural.issues).toContainEqual(issueAt("Rural", "VALUE_UNREADABLE", "H5", "sideways", "a trend mark such as ∧, ∨, -, ↑ or ↓"));
    });
  });

  describe("tables of segments (seed 000's re-offending rates)", () => {
    const { kpis, measurements, issues } = read(tsv("Re-offending", REOFFENDING));

    it("reads one KPI, the lone Probation Trust row as the whole force (said so) and the local authorities as segments", () => {
      expect(kpis.map((k) => [k.id, k.name, k.unit, k.decimals, k.comparison])).toEqual([
        ["actual-rate-of-re-offending", "Actual rate of re-offending", "percent", 2, { window: "latest", against: "previous-period" }],
      ]);
      expect(measurements.filter((m) => m.segment === null).map((m) => [m.period, m.value])).toEqual([
        [{ kind: "year", fiscalYear: 2011 }, 8.92],
        [{ kind: "year", fiscalYear: 2012 }, 8.24],
      ]);
      expect(new Set(measurements.map((m) => m.segment))).toEqual(new Set([null, "Bournemouth", "Dorset", "Poole"]));
      expect(issues).toContainEqual(issueAt("Re-offending", "SEGMENT_TOTAL_ASSUMED", "B6", "6", "Probation Trust Dorset", "Actual rate of re-offending"));
    });

    it("takes the whole-organisation row the mapping names, and warns when there is none", () => {
      const named = read(tsv("Re-offending", REOFFENDING), { tableMapping: { columns: new Map(), period: null, periods: new Map(), priority: null, total: "Poole", kind: null, skip: false } });
      expect(named.measurements.filter((m) => m.segment === null).map((m) => m.value)).toEqual([9.68, 8.84]);
      const noTotal = read(tsv("Re-offending", REOFFENDING.slice(0, 5)));
      expect(noTotal.measurements.every((m) => m.segment !== null)).toBe(true);
      expect(noTotal.issues).toContainEqual(issueAt("Re-offending", "SEGMENT_TOTAL_MISSING", "C2", "Actual rate of re-offending"));
    });
  });

  describe("decimal places shown", () => {
    // A CSV opened in Excel: numbers in the General format show their own decimals (ONS's regional rates).
    const grid = gridOf(
      "Figure 1",
      [
        ["Figure 1: Employment rates by region"],
        [],
        ["", "Apr to Jun 2017", "Apr to Jun 2016"],
        ["North East", 72.5, 71.2],
        ["North West", 74.4, 72.30000000000001],
        ["Wales", 23.253, 24.21],
        ["London", 5100, 5012],
        ["Average", 33.333333333333336, 30.5],
        ["Scotland", 75.2, 74.1],
      ],
      { formats: { "3,1": "General", "3,2": "General", "8,1": "0", "8,2": "#,##0" } },
    );
    const { kpis } = read(grid);

    it("are the number's own in the General format, at most 3, and the format's otherwise", () => {
      expect(kpis.map((k) => [k.name, k.decimals])).toEqual([
        ["North East", 1],
        ["North West", 1],
        ["Wales", 3],
        ["London", 0],
        ["Average", 3],
        ["Scotland", 0],
      ]);
    });
  });

  describe("long and monthly data", () => {
    it("reads long data by KPI name, each month reported as the table gives it", () => {
      const grid = gridOf("Crime data", [
        ["Indicator", "Month", "Actual", "Area"],
        ["Total Crime", "Apr-13", 3612, null],
        ["Total Crime", "May-13", 3540, null],
        ["Total Crime", "May-13", 120, "Purbeck"],
        ["Detection rate", "Apr-13", "25.5%", null],
      ]);
      const { kpis, measurements, issues } = read(grid);
      expect(kpis.map((k) => [k.id, k.unit, k.comparison.window, k.comparison.against])).toEqual([
        ["total-crime", "count", "latest", "previous-period"],
        ["detection-rate", "percent", "latest", "previous-period"],
      ]);
      expect(measurements.map((m) => [m.kpiId, m.period, m.value, m.segment])).toEqual([
        ["total-crime", month(2013, 4), 3612, null],
        ["total-crime", month(2013, 5), 3540, null],
        ["total-crime", month(2013, 5), 120, "Purbeck"],
        ["detection-rate", month(2013, 4), 25.5, null],
      ]);
      expect(issues.filter((i) => i.severity !== "info")).toEqual([]);
    });

    it("reports a run of months as the table gives them, the latest against the month before, never rolled up", () => {
      const grid = gridOf("T", [["KPI", "Apr-13", "May-13", "Jun-13"], ["Total Crime", 1, 2, 3]]);
      expect(read(grid).kpis[0]).toMatchObject({ aggregation: "last", comparison: { window: "latest", against: "previous-period" } });
    });

    it("compares a year to date with the same months a year before", () => {
      const grid = gridOf("T", [["KPI", "YTD Dec 21", "YTD Dec 22"], ["Total Crime", 1, 2]]);
      expect(read(grid).kpis[0]).toMatchObject({ aggregation: "last", comparison: { window: "latest", against: "same-period-last-year" } });
    });

    it("reports an unreadable period in long data, and a duplicate", () => {
      const grid = gridOf("T", [["Indicator", "Month", "Value"], ["A", "Apr-13", 1], ["A", "Spring", 2], ["A", "Apr-13", 3]]);
      const { issues } = read(grid);
      expect(issues).toContainEqual(issueAt("T", "PERIOD_UNREADABLE", "B3", "Spring"));
      expect(issues).toContainEqual(issueAt("T", "PERIOD_DUPLICATE", "C4", "a", "Apr-13", "C2"));
    });
  });

  describe("problems", () => {
    it("reports Previous and Current when no quarter can be known, and reads none of their values", () => {
      const { measurements, issues } = read(tsv("Figure 11", FIGURE_11));
      expect(measurements).toEqual([]);
      expect(issues.filter((i) => i.code === "PERIOD_NOT_KNOWN")).toEqual([
        issueAt("Figure 11", "PERIOD_NOT_KNOWN", "D3", "Previous Performance"),
        issueAt("Figure 11", "PERIOD_NOT_KNOWN", "E3", "Current Performance"),
      ]);
    });

    it("reports duplicate names, periods out of order and repeated, hidden rows and Excel errors", () => {
      const grid = gridOf(
        "T",
        [
          ["KPI", "2013/14", "2012/13", "2012/13"],
          ["Total Crime", 1, 2, 3],
          ["Total Crime ", 4, { error: "#DIV/0!" }, 6],
          [{ error: "#REF!" }, 7, 8, 9],
        ],
        { hiddenRows: [1] },
      );
      const { issues } = read(grid);
      expect(issues).toEqual(
        expect.arrayContaining([
          issueAt("T", "PERIOD_OUT_OF_ORDER", "C1", "2012/13", "2013/14"),
          issueAt("T", "HEADER_DUPLICATE", "D1", "2012/13"),
          issueAt("T", "VALUE_HIDDEN_ROW", "A2", "2"),
          issueAt("T", "VALUE_ERROR", "C3", "#DIV/0!"),
          issueAt("T", "VALUE_ERROR", "A4", "#REF!"),
        ]),
      );
    });

    it("reports a count KPI (from the mapping) whose figures are percentages", () => {
      const grid = gridOf("T", [["KPI", "2012/13", "2013/14"], ["Total Crime", "21%", "25%"]]);
      const { issues } = read(grid, { kpiMapping: new Map([["total-crime", { unit: "count" as const }]]) });
      expect(issues.filter((i) => i.code === "VALUE_UNIT_MISMATCH")).toEqual([
        issueAt("T", "VALUE_UNIT_MISMATCH", "B2", "21%", "count"),
        issueAt("T", "VALUE_UNIT_MISMATCH", "C2", "25%", "count"),
      ]);
    });

    it("reports a league-position target as shown but not judged", () => {
      const { issues } = read(tsv("Figure 11", FIGURE_11), { mapping: { tables: { "Figure 11": { period: "Q2 2013-14" } } } });
      expect(issues).toContainEqual(issueAt("Figure 11", "TARGET_NOT_JUDGED", "C7", "≥ 3rd in MSG", "a league position needs the league table, which the workbook does not hold"));
    });

    it("says when the report quarter was taken from the workbook's other tables", () => {
      const grid = gridOf("T", [["KPI", "2012/13", "2013/14"], ["A", 1, 2], [], [], ["KPI", "Current"], ["B", 3]]);
      const { measurements, issues } = read(grid);
      expect(measurements.find((m) => m.kpiId === "b")?.period).toEqual(quarter(2013, 4));
      expect(issues).toContainEqual(issueAt("T", "PERIOD_ASSUMED", "B5", "Current", "Q4 2013-14"));
    });
  });
});
