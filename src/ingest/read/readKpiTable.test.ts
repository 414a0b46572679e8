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

  describe("footnote marks pasted onto labels (ONS tables: superscripts become plain digits)", () => {
    const grid = tsv("Table P2", [
      "\t\tTotal recorded crime\t",
      "\t\t2017/18\t2018/19",
      "Region\tNorth West\t412,050\t453,000",
      "\tLancashire6\t120,000\t125,000",
      "\tCumbria\t25,000\t26,000",
      "Total\tENGLAND AND WALES4,5,6,7\t5,318,112\t5,764,543",
    ]);
    const { kpis, measurements, issues } = read(grid);

    it("strips them from names, groups and segments, each noted at its cell", () => {
      expect(kpis.map((k) => k.name)).toEqual(["Total recorded crime"]);
      expect(new Set(measurements.map((m) => m.segment))).toEqual(new Set([null, "North West", "Lancashire", "Cumbria"]));
      expect(issues).toContainEqual(issueAt("Table P2", "VALUE_FOOTNOTE", "B4", "Lancashire6", "6"));
      expect(issues).toContainEqual(issueAt("Table P2", "VALUE_FOOTNOTE", "B6", "ENGLAND AND WALES4,5,6,7", "4,5,6,7"));
      expect(measurements.filter((m) => m.segment === null).map((m) => m.value)).toEqual([5318112, 5764543]);
    });

    it("strips them from KPI names", () => {
      const table = read(tsv("Crime", ["Offence\t2017/18\t2018/19", "Robbery6\t80,000\t85,000", "Criminal damage and arson7\t570,000\t575,000"]));
      expect(table.kpis.map((k) => k.name)).toEqual(["Robbery", "Criminal damage and arson"]);
      expect(table.issues).toContainEqual(issueAt("Crime", "VALUE_FOOTNOTE", "A2", "Robbery6", "6"));
    });
  });

  describe("units", () => {
    it("reads percentages typed as plain numbers as percentages, from the target, the name or the header, each said at its cell", () => {
      const { kpis, measurements, issues } = read(
        tsv("Figure 1", [
          "KPI\tTarget\t2012/13\t2013/14",
          "Positive Outcome Rate\t≥ 25.5%\t21.1\t25.2",
          "Percentage of people who feel safe\t\t96\t96",
          "Total Crime\t≥ 1%\t21,012\t19,581",
        ]),
      );
      expect(kpis.map((k) => [k.name, k.unit, k.decimals, k.target])).toEqual([
        ["Positive Outcome Rate", "percent", 1, { kind: "level", comparator: ">=", value: 25.5 }],
        ["Percentage of people who feel safe", "percent", 0, { kind: "none" }],
        ["Total Crime", "count", 0, { kind: "unparsed", text: "≥ 1%" }],
      ]);
      expect(measurements.slice(0, 2).map((m) => m.value)).toEqual([21.1, 25.2]);
      expect(issues).toContainEqual(
        issueAt("Figure 1", "UNIT_INFERRED", "A2", "Positive Outcome Rate", "percentage", 'the target "≥ 25.5%" is a percentage and the figures have decimals, as counts do not'),
      );
      expect(issues).toContainEqual(issueAt("Figure 1", "UNIT_INFERRED", "A3", "Percentage of people who feel safe", "percentage", 'the name says "Percentage"'));
      expect(issues.filter((i) => i.code === "UNIT_INFERRED")).toHaveLength(2);
    });

    it("keeps the decimals a number in the General format has: 21.1 is never shown as 21", () => {
      const { kpis } = read(gridOf("Figures", [["KPI", "2012/13", "2013/14"], ["Average days lost", 8.25, 7.5]]));
      expect(kpis[0]).toMatchObject({ unit: "count", decimals: 2 });
    });

    it("reads units written in cells: 34 days as a duration in days, 18 seconds in seconds, £83.8m as money", () => {
      const { kpis, measurements, issues } = read(
        tsv("Council", [
          "Measure\tTarget\t2021/22\t2022/23",
          "Average time to re-let council homes\t≤ 28 days\t34 days\t29 days",
          "Average 999 answer time\t\t18 seconds\t21 seconds",
          "Capital programme spend\t\t£83.8m\t£80.1m",
        ]),
      );
      expect(kpis.map((k) => [k.unit, k.timeUnit, k.target])).toEqual([
        ["duration", "days", { kind: "level", comparator: "<=", value: 28 }],
        ["duration", "seconds", { kind: "none" }],
        ["currency", undefined, { kind: "none" }],
      ]);
      expect(measurements.map((m) => m.value)).toEqual([34, 29, 18, 21, 83_800_000, 80_100_000]);
      expect(issues.filter((i) => i.severity !== "info")).toEqual([]);
    });
  });

  describe("two-level headers (issue 11, case 2)", () => {
    it("reads Actual / Target under each year: the target column is the KPI's target, never a second actual", () => {
      // Winchester City Council's service standards: the same year twice, Target before Actual.
      const { kpis, measurements, issues } = read(
        tsv("Service standards", [
          "Performance Indicators\tNPI/LPI\t2013/14\t2013/14\t2014/15\t2014/15\t2015/16",
          "\t\tActual\tTarget\tTarget\tActual\tTarget",
          "Average time to process new claims\tLPI0538\t18.93\t17\t18\t19.51\t18",
          "Council tax collected\tLPI0541\t98.57%\t98.5%\t98.65%\t98.62%\t98.63%",
        ]),
      );
      expect(measurements.map((m) => [m.kpiId, m.period, m.value, m.source.cell])).toEqual([
        ["average-time-to-process-new-claims", { kind: "year", fiscalYear: 2013 }, 18.93, "C3"],
        ["average-time-to-process-new-claims", { kind: "year", fiscalYear: 2014 }, 19.51, "F3"],
        ["council-tax-collected", { kind: "year", fiscalYear: 2013 }, 98.57, "C4"],
        ["council-tax-collected", { kind: "year", fiscalYear: 2014 }, 98.62, "F4"],
      ]);
      expect(kpis.map((k) => [k.unit, k.targetText])).toEqual([
        ["count", "18"],
        ["percent", "98.65%"],
      ]);
      expect(issues).toContainEqual(issueAt("Service standards", "TARGET_FOR_PERIOD", "E4", "98.65%", "2014/15 Target"));
      expect(issues.filter((i) => i.severity !== "info" && i.code !== "TARGET_UNPARSED")).toEqual([]);
    });

    it("makes a KPI of each row under each measure when a date heads a count and a rate (a count and a rate are never added)", () => {
      // Police officer strength by force, Hansard 26 November 2007: dates over a count and a rate per 100,000.
      const { kpis, measurements } = read(
        tsv("Officer strength", [
          "\t31 March 2002\t\t31 March 2003\t",
          "Police force\tTotal police officer strength (FTE)\tTotal police officers per 100,000 population\tTotal police officer strength (FTE)\tTotal police officers per 100,000 population",
          "Avon and Somerset\t3,096\t205\t3,160\t213",
          "Bedfordshire\t1,069\t189\t1,119\t198",
        ]),
      );
      expect(kpis.map((k) => [k.priority, k.name, k.unit])).toEqual([
        ["Total police officer strength (FTE)", "Avon and Somerset", "count"],
        ["Total police officers per 100,000 population", "Avon and Somerset", "rate"],
        ["Total police officer strength (FTE)", "Bedfordshire", "count"],
        ["Total police officers per 100,000 population", "Bedfordshire", "rate"],
      ]);
      expect(measurements.filter((m) => m.kpiId === kpis[1]?.id).map((m) => [m.value, m.source.cell])).toEqual([
        [205, "C3"],
        [213, "E3"],
      ]);
    });

    it("reads a label merged down both header rows, and a heading it does not know under a change column, without giving up", () => {
      // Lancashire OPCC scrutiny meeting, June 2015: `Areas` merged over two rows, Change over Numeric / Percentage.
      const grid = gridOf(
        "Recorded Crime",
        [
          ["Areas", "Earlier Period", "Later Period", "Change", null],
          [null, "2013/14", "2014/15", "Numeric", "compared with last year"],
          ["England & Wales", 3455173, 3561443, "+ 106,270", "+ 3.1%"],
          ["Lancashire", 95509, 92739, "- 2,770", "- 2.9%"],
        ],
        { merges: [{ top: 0, left: 0, bottom: 1, right: 0 }, { top: 0, left: 3, bottom: 0, right: 4 }] },
      );
      const { kpis, measurements, issues } = read(grid);
      expect(kpis.map((k) => k.name)).toEqual(["England & Wales", "Lancashire"]);
      expect(measurements.map((m) => m.value)).toEqual([3455173, 3561443, 95509, 92739]);
      expect(issues.filter((i) => i.severity === "error")).toEqual([]);
    });
  });

  describe("group rows, notes and captions (issue 11, case 3)", () => {
    it("reads group rows as the section of the KPIs below them and a closing line as a note, each said at its cell", () => {
      const { kpis, issues } = read(
        tsv("Service standards", [
          "Performance Indicators\t2013/14\t2014/15",
          "Benefits",
          "Average time to process new claims\t18.93\t19.51",
          "Taxes",
          "Council tax collected\t98.57%\t98.62%",
          "Figures for 2014/15 are provisional",
        ]),
      );
      expect(kpis.map((k) => [k.priority, k.name])).toEqual([
        ["Benefits", "Average time to process new claims"],
        ["Taxes", "Council tax collected"],
      ]);
      expect(issues).toContainEqual(issueAt("Service standards", "GROUP_ROW_READ", "A2", "Benefits"));
      expect(issues).toContainEqual(issueAt("Service standards", "NOTE_ROW_SKIPPED", "A6", "Figures for 2014/15 are provisional"));
      expect(issues.some((i) => i.code === "KPI_NO_DATA" || i.code === "TABLE_EMPTY")).toBe(false);
    });

    it("reads the same names under two group rows as KPIs of each group, not as sub-indicators of one another", () => {
      // Hansard, 10 June 2002: dwelling fires, accidental and malicious, 1998 to 2000.
      const { kpis } = read(
        tsv("Dwelling fires", [
          "\t1998\t1999\t2000",
          "Accidental",
          "Total fires\t57,718\t58,366\t56,655",
          "Fires with deaths only\t309\t293\t268",
          "Malicious",
          "Total fires\t13,359\t13,862\t14,242",
          "Fires with deaths only\t34\t31\t30",
        ]),
      );
      expect(kpis.map((k) => [k.priority, k.name, k.parentId])).toEqual([
        ["Accidental", "Total fires", null],
        ["Accidental", "Fires with deaths only", null],
        ["Malicious", "Total fires", null],
        ["Malicious", "Fires with deaths only", null],
      ]);
    });

    it("reads stacked tables under their own captions as sections of their own, the same names in each", () => {
      const { kpis, issues } = read(
        tsv("Recorded Crime", [
          "All Recorded Crime - The Constabulary and Region",
          "Areas\t2013/14\t2014/15",
          "Cheshire\t54,721\t53,036",
          "Lancashire\t95,509\t92,739",
          "Number of forces with an increase\t\t",
          "",
          "Victim Based Crime - The Constabulary and Region",
          "Areas\t2013/14\t2014/15",
          "Cheshire\t49,060\t46,594",
          "Lancashire\t87,928\t85,661",
        ]),
      );
      expect(kpis.map((k) => [k.priority, k.name])).toEqual([
        ["All Recorded Crime - The Constabulary and Region", "Cheshire"],
        ["All Recorded Crime - The Constabulary and Region", "Lancashire"],
        ["Victim Based Crime - The Constabulary and Region", "Cheshire"],
        ["Victim Based Crime - The Constabulary and Region", "Lancashire"],
      ]);
      expect(issues.filter((i) => i.code === "KPI_NAME_DUPLICATE")).toEqual([]);
    });

    it("drops a caption's table number from the section, and passes over a unit row between caption and header", () => {
      const { kpis } = read(tsv("Table 4", ["Table 4: False fire alarms - Scotland", "Number", "Alarm type\t2010/11\t2011/12", "Malicious\t2,753\t2,611"]));
      expect(kpis.map((k) => k.priority)).toEqual(["False fire alarms - Scotland"]);
    });
  });

  describe("periods down the rows, KPIs across (Hansard's and the Scottish fire statistics' tables)", () => {
    const values = (r: ReturnType<typeof read>, name: string) => r.measurements.filter((m) => m.kpiId === r.kpis.find((k) => k.name === name)?.id);

    it("makes a KPI of each column of figures, named by its header, a unit row above it not taken for the caption", () => {
      // Hansard, 25 January 2010: burglary in Birmingham, 2005-06 to 2008-09.
      const r = read(tsv("Burglary", ["Offences of burglary recorded by the police in Birmingham, 2005-06 to 2008-09", "Number", "\tBurglary in a dwelling\tBurglary other", "2007-08\t7,701\t5,857", "2008-09\t7,231\t5,082"]));
      expect(r.kpis.map((k) => [k.priority, k.name])).toEqual([
        ["Offences of burglary recorded by the police in Birmingham, 2005-06 to 2008-09", "Burglary in a dwelling"],
        ["Offences of burglary recorded by the police in Birmingham, 2005-06 to 2008-09", "Burglary other"],
      ]);
      expect(values(r, "Burglary other").map((m) => [m.period.kind === "year" ? m.period.fiscalYear : m.period, m.value, m.source.cell])).toEqual([
        [2007, 5857, "C4"],
        [2008, 5082, "C5"],
      ]);
      expect(r.issues.filter((i) => i.code === "PERIOD_READ_AS").map((i) => i.cell)).toEqual(["A4", "A5"]);
    });

    it("reads years typed as numbers, and a group over the columns as their section", () => {
      const grid = gridOf("Table 4", [
        [null, "Number", null, "Percentage"],
        ["Year", "Fire - Malicious", "Fire - Good Intent", "Fire - Malicious"],
        [2010, 2753, 11825, 5.5],
        [2011, 2611, 10270, 5.5],
      ]);
      const r = read(grid);
      expect(r.kpis.map((k) => [k.priority, k.name, k.unit])).toEqual([
        ["Number", "Fire - Malicious", "count"],
        ["Number", "Fire - Good Intent", "count"],
        ["Percentage", "Fire - Malicious", "percent"],
      ]);
      expect(r.measurements[1]?.period).toMatchObject({ kind: "span", label: "2011" });
    });

    it("completes Quarter 1 from the year's row above it, newest year first, and says so at each cell", () => {
      const r = read(tsv("A&E", ["Year and quarter\tTotal admitted", "2000–01", "Quarter 1\t511,782", "Quarter 2\t516,977", "1999–2000", "Quarter 4\t527,615"]));
      expect(r.measurements.map((m) => [m.period.kind === "span" ? m.period.label : "", m.value])).toEqual([
        ["Quarter 1 2000–01", 511782],
        ["Quarter 2 2000–01", 516977],
        ["Quarter 4 1999–2000", 527615],
      ]);
      expect(r.issues.filter((i) => i.code === "PERIOD_YEAR_FROM_ROW").map((i) => i.cell)).toEqual(["A3", "A4", "A6"]);
    });

    it("reads months named without a year in the title's year, and a Year to Date row as the span above it", () => {
      const r = read(tsv("Payments", ["Payment performance data 2023/24", "Period\tPercentage of invoices paid within 30 days", "February\t97.67%", "March\t96.05%", "Year to Date\t97.48%"]));
      expect(r.measurements.map((m) => (m.period.kind === "span" ? [m.period.label, m.period.first, m.period.last] : m.period))).toEqual([
        ["February", month(2024, 2), month(2024, 2)],
        ["March", month(2024, 3), month(2024, 3)],
        ["Year to Date", month(2024, 2), month(2024, 3)],
      ]);
      expect(r.issues.map((i) => i.code)).toEqual(expect.arrayContaining(["PERIOD_YEAR_FROM_TITLE", "PERIOD_FROM_ROWS_ABOVE"]));
    });

    it("reads a grid of years by quarters as one KPI, named by its caption", () => {
      const r = read(tsv("Benefits", ["Average number of calendar days taken to process housing benefit applications", "\tQ1\tQ2\tQ3\tQ4", "2006-07\t20\t20\t17\t14", "2007-08\t17\t16\t17\t17"]));
      expect(r.kpis.map((k) => k.name)).toEqual(["Average number of calendar days taken to process housing benefit applications"]);
      expect(r.measurements.map((m) => (m.period.kind === "span" ? m.period.label : ""))).toEqual(["Q1 2006-07", "Q2 2006-07", "Q3 2006-07", "Q4 2006-07", "Q1 2007-08", "Q2 2007-08", "Q3 2007-08", "Q4 2007-08"]);
      expect(r.measurements[4]?.period).toMatchObject({ first: month(2007, 4), last: month(2007, 6) });
    });

    it("names a lone Actual column by the caption, and takes the target on the row of the latest figure", () => {
      // Copeland Borough Council, KPI 1.1, 2016-2020: a comment between caption and table.
      const r = read(tsv("KPI 1.1", ["KPI 1.1 Percentage of Council Tax collected", "Comment: The slight reduction in collection rates in 2017/18 ...", "\tTarget\tActual\tValue vs Target", "2018/19\t95.00%\t97.05%\t2.05%", "2019/20\t96.00%\t97.15%\t1.15%"]));
      expect(r.kpis.map((k) => [k.name, k.targetText])).toEqual([["Percentage of Council Tax collected", "96.00%"]]);
      expect(r.issues).toContainEqual(issueAt("KPI 1.1", "TARGET_FOR_PERIOD", "B5", "96.00%", "2019/20"));
    });
  });

  describe("periods down the rows, qualified and marked", () => {
    it("completes the rows' periods with a qualifier above them (`As at May:`, `12 months ending:`), labelled as both say", () => {
      const asAt = read(tsv("HB recipients", ["\tLocal authority HB recipients", "As at May:", "2006\t19,600", "2007\t19,300"]));
      expect(asAt.measurements.map((m) => [m.period.label, m.period.kind === "month" ? m.period.month : null])).toEqual([
        ["As at May 2006", 5],
        ["As at May 2007", 5],
      ]);
      const ending = read(tsv("Table 1", ["12 months ending:\tEngland", "February 2006\t512", "March 2007\t564"]));
      expect(ending.measurements.map((m) => (m.period.kind === "span" ? [m.period.label, m.period.form, m.period.last] : null))).toEqual([
        ["12 months ending February 2006", "rolling", month(2006, 2)],
        ["12 months ending March 2007", "rolling", month(2007, 3)],
      ]);
    });

    it("reads years with a mark pasted on (provisional, revised, a note), noted; a note on the newest one leaves it out", () => {
      // Scottish fire statistics: `2009-10r`, `2010-11p`; Hansard's Newcastle table: `2007-081` (Quarter 1 to 2 only).
      const marked = read(tsv("Table 4", ["Year\tFire - Malicious", "2002-032\t7,407", "2009-10r\t2,935", "2010-11p\t2,753"]));
      expect(marked.measurements.map((m) => (m.period.kind === "year" ? m.period.fiscalYear : null))).toEqual([2002, 2009, 2010]);
      expect(marked.issues.filter((i) => i.code === "VALUE_FOOTNOTE").map((i) => i.cell)).toEqual(["A2", "A3", "A4"]);
      const partYear = read(tsv("HB new claims", ["\tLocal authority new claims", "2005-06\t4,200", "2006-07\t5,500", "2007-081\t2,500"]));
      expect(partYear.measurements.map((m) => m.value)).toEqual([4200, 5500]);
      expect(partYear.issues).toContainEqual(issueAt("HB new claims", "PERIOD_MARKED_LEFT_OUT", "A4", "2007-081", "1"));
    });

    it("reads stacked grids of years by quarters, each under its caption, as one KPI each", () => {
      const r = read(
        tsv("Benefits", ["Claims outstanding at the end of the quarter", "\tQ1\tQ2", "2006-07\t181\t149", "", "Average days to process council tax benefit applications", "\tQ1\tQ2", "2006-07\t20\t19"]),
      );
      expect(r.kpis.map((k) => k.name)).toEqual(["Claims outstanding at the end of the quarter", "Average days to process council tax benefit applications"]);
      expect(r.measurements.map((m) => m.value)).toEqual([181, 149, 20, 19]);
    });
  });

  describe("rows named by RAG grades, and rows without a name", () => {
    it("reads Green / Amber / Red down the first column as the KPIs' names, and notes a total row without one", () => {
      const r = read(tsv("Grades", ["\tJune 2019 Panel\tSeptember 2019 Panel", "Green\t9\t7", "Amber\t2\t4", "\t11\t11"]));
      expect(r.kpis.map((k) => k.name)).toEqual(["Green", "Amber"]);
      expect(r.issues).toContainEqual(issueAt("Grades", "ROW_WITHOUT_NAME", "A4", "4"));
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
          ["KPI", "2012/13", "2014/15", "2013/14", "2013/14"],
          ["Total Crime", 1, 2, 3, 3],
          ["Total Crime ", 4, { error: "#DIV/0!" }, 6, 6],
          [{ error: "#REF!" }, 7, 8, 9, 9],
        ],
        { hiddenRows: [1] },
      );
      const { issues } = read(grid);
      expect(issues).toEqual(
        expect.arrayContaining([
          issueAt("T", "PERIOD_OUT_OF_ORDER", "D1", "2013/14", "2014/15"),
          issueAt("T", "HEADER_DUPLICATE", "E1", "2013/14"),
          issueAt("T", "VALUE_HIDDEN_ROW", "A2", "2"),
          issueAt("T", "VALUE_ERROR", "C3", "#DIV/0!"),
          issueAt("T", "VALUE_ERROR", "A4", "#REF!"),
        ]),
      );
    });

    it("reads periods newest first as an order, warning only where a column breaks it", () => {
      // Devon and Cornwall PCC: `September 2019 Panel | June 2019 Panel`; a Hansard table of years, newest first.
      const newest = read(gridOf("T", [["Grade", "September 2019 Panel", "June 2019 Panel"], ["Green", 7, 9]]));
      expect(newest.issues.filter((i) => i.code === "PERIOD_OUT_OF_ORDER")).toEqual([]);
      expect(newest.kpis[0]?.name).toBe("Green");
      const broken = read(gridOf("T", [["KPI", "2014/15", "2013/14", "2015/16"], ["Total Crime", 1, 2, 3]]));
      expect(broken.issues).toContainEqual(issueAt("T", "PERIOD_OUT_OF_ORDER", "D1", "2015/16", "2013/14"));
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
