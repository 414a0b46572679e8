/**
 * Issue 11, cases 2 and 4 to 8, through the whole build (ingest, calc, the scorecard's figures): what an analyst pasting a
 * published table sees. Detection and reading are tested case by case beside their code (`src/ingest`); the
 * real-world corpus (`tests/realworld`) runs whole published workbooks.
 */
import { messageText } from "../src/messages";
import type { Grid } from "../src/model/grid";
import { month } from "../src/model/period";
import type { KpiResult } from "../src/model/results";
import { gridOf, gridOfTsv } from "../src/ingest/testing/gridOf";
import type { BuildRequest } from "../src/pipeline";
import { buildScorecard } from "../src/pipeline";

function build(sheets: Grid[], request: Partial<BuildRequest> = {}) {
  const outcome = buildScorecard({ sheets }, { asOf: month(2024, 6), ...request });
  if (outcome.status !== "built") throw new Error(`not built: ${outcome.issues.map((i) => i.message).join("; ")}`);
  return { kpi: (name: string): KpiResult | undefined => outcome.results.kpis.find((k) => k.kpi.name === name), issues: outcome.issues, results: outcome.results };
}

describe("published tables, through the whole build (issue 11)", () => {
  describe("case 2: Actual, Target, Variance, Budget and Forecast under each period", () => {
    it("never shows a variance against the period's target as the change between periods", () => {
      // A council's quarterly service report (illustrative figures): each quarter over Actual | Target | Variance.
      const { kpi, issues } = build([
        gridOfTsv(
          "Service",
          "Measure\tQ1 2023/24\t\t\tQ2 2023/24\t\t\n\tActual\tTarget\tVariance\tActual\tTarget\tVariance\nCalls answered\t90%\t95%\t-5%\t93%\t95%\t-2%\nCalls abandoned\t3%\t2%\t1%\t1.5%\t2%\t-0.5%",
        ),
      ]);
      expect(kpi("Calls answered")).toMatchObject({ previous: 90, current: 93, change: { actual: 3, points: 3 }, kpi: { targetText: "95%" } });
      expect(kpi("Calls abandoned")?.change.points).toBeCloseTo(-1.5, 9);
      expect(kpi("Calls answered")?.computedChange).toBeUndefined();
      expect(issues.filter((i) => i.code === "CHANGE_PUBLISHED_MISMATCH")).toEqual([]);
      expect(issues.filter((i) => i.code === "CHANGE_AGAINST_TARGET").map((i) => i.cell)).toEqual(["D2", "G2"]);
    });

    it("takes a change under one period as that period's, not the latest's (newest year first)", () => {
      const { kpi, issues } = build([gridOfTsv("Crime", "KPI\t2023/24\t\t2022/23\t\n\tActual\tChange\tActual\tChange\nBurglary\t120\t+20\t100\t-10")]);
      expect(kpi("Burglary")).toMatchObject({ previous: 100, current: 120, change: { actual: 20, percent: 20 } });
      expect(issues.filter((i) => i.code === "CHANGE_PUBLISHED_MISMATCH")).toEqual([]);
    });

    it("reads Budget as the target and leaves Forecast out, each said at its cell", () => {
      const { kpi, issues } = build([
        gridOfTsv(
          "Waste",
          "Indicator\t2022/23\t\t\t2023/24\t\t\n\tBudget\tForecast\tActual\tBudget\tForecast\tActual\nMissed bins per 100,000 collections\t50\t48\t47\t45\t44\t41",
        ),
      ]);
      expect(kpi("Missed bins per 100,000 collections")).toMatchObject({ previous: 47, current: 41, kpi: { targetText: "45" } });
      expect(issues.filter((i) => i.code === "HEADER_UNKNOWN").map((i) => i.cell)).toEqual(["C2", "F2"]);
      expect(issues.some((i) => i.code === "TARGET_FOR_PERIOD" && i.cell === "E3")).toBe(true);
    });
  });

  describe("case 4: units written in cells", () => {
    // Mansfield District Council's housing KPIs: `34 days`, money written out in pounds.
    const { kpi, issues } = build([
      gridOfTsv("Housing", "Performance Indicator\t2022 - 23\t2023 - 24\nAverage number of days taken to re-let a property\t28 days\t34 days\nLevel of current tenant arrears\t£968,409\t£937,711"),
    ]);

    it("reads 34 days as 34 days, shown in days, and money as money", () => {
      expect(kpi("Average number of days taken to re-let a property")).toMatchObject({ previous: 28, current: 34, change: { actual: 6 }, kpi: { unit: "duration", timeUnit: "days" } });
      expect(kpi("Level of current tenant arrears")).toMatchObject({ previous: 968_409, current: 937_711, kpi: { unit: "currency" } });
      expect(issues.filter((i) => i.severity === "error")).toEqual([]);
    });
  });

  describe("case 5: percentages typed as plain numbers", () => {
    const { kpi, issues } = build([gridOfTsv("Figure 1", "KPI\tTarget\t2022/23\t2023/24\nPositive Outcome Rate\t≥ 25.5%\t21.1\t25.2")]);

    it("reports 21.1 -> 25.2 beside ≥ 25.5% as +4.1 points, never +4 and +19.4%", () => {
      expect(kpi("Positive Outcome Rate")).toMatchObject({ previous: 21.1, current: 25.2, change: { percent: null }, kpi: { unit: "percent", decimals: 1 } });
      expect(kpi("Positive Outcome Rate")?.change.points).toBeCloseTo(4.1, 9);
    });

    it("says at the name's cell that the unit was inferred, and why", () => {
      expect(issues.find((i) => i.code === "UNIT_INFERRED")).toMatchObject({ sheet: "Figure 1", cell: "A2", severity: "info" });
    });
  });

  describe("case 6: means rolled up weighted by their count", () => {
    // An ambulance trust's register and monthly measurements (illustrative figures): a mean response time beside its
    // incidents, reported for the quarter. Published tables are compared as they give them, never rolled up, so the
    // roll-up (and its weighting) is the register's.
    const register = (weightedBy = "", name = "Category 1 mean response time", rollUp = "average") =>
      gridOf("KPIs", [
        ["ID", "Priority", "Name", "Unit", "Polarity", "Roll-up", "Report", "Weighted by"],
        ["C1", "Response", "Category 1 incidents", "count", "neutral", "sum", "quarter", ""],
        ["C1M", "Response", name, "minutes", "lower", rollUp, "quarter", weightedBy],
      ]);
    const measurements = gridOf("Measurements", [
      ["KPI ID", "Period", "Value"],
      ...["Apr-23", "May-23", "Jun-23"].map((m, i) => ["C1", m, [100, 600, 1100][i] ?? 0]),
      ...["Apr-23", "May-23", "Jun-23"].map((m, i) => ["C1M", m, [7.0, 7.5, 7.9][i] ?? 0]),
    ]);
    const quarter = { period: "Q1 2023-24" };
    const weighted = (7.0 * 100 + 7.5 * 600 + 7.9 * 1100) / 1800;

    it("averages plainly until the count is named, and says so, proposing the count beside it", () => {
      const { kpi, issues } = build([register(), measurements], quarter);
      expect(kpi("Category 1 mean response time")?.current).toBeCloseTo((7.0 + 7.5 + 7.9) / 3, 9);
      const at = { sheet: "KPIs", cell: "A3" };
      expect(issues).toContainEqual({ code: "WEIGHTING_PROPOSED", severity: "info", ...at, message: messageText("WEIGHTING_PROPOSED", "Category 1 mean response time", "Category 1 incidents") });
      expect(issues.some((i) => i.code === "AVERAGE_UNWEIGHTED" && i.cell === "A3")).toBe(true);
    });

    it("rolls months up as total time over incidents when the register names the count", () => {
      const { kpi, issues } = build([register("C1"), measurements], quarter);
      expect(kpi("Category 1 mean response time")?.current).toBeCloseTo(weighted, 9);
      expect(issues.some((i) => i.code === "AVERAGE_UNWEIGHTED" || i.code === "WEIGHTING_PROPOSED")).toBe(false);
    });

    it("does the same when the mapping names it (saved from an earlier build, or --mapping)", () => {
      const mapping = { kpis: { "Category 1 mean response time": { weightedBy: "Category 1 incidents" } } };
      const { kpi } = build([register(), measurements], { ...quarter, mapping });
      expect(kpi("Category 1 mean response time")?.current).toBeCloseTo(weighted, 9);
    });

    it("never averages a percentile by default: its latest month is reported, and the register is told so", () => {
      const { kpi, issues } = build([register("", "Category 1 90th centile response time", ""), measurements], quarter);
      expect(kpi("Category 1 90th centile response time")).toMatchObject({ current: 7.9, kpi: { aggregation: "last" } });
      expect(issues.some((i) => i.code === "PERCENTILE_NOT_AVERAGED" && i.cell === "C3")).toBe(true);
      expect(issues.some((i) => i.code === "AVERAGE_UNWEIGHTED" && i.cell === "A3")).toBe(false);
    });

    it("compares a published monthly table as it gives it: its months are never averaged into the figure", () => {
      const table = gridOf("Ambulance", [
        ["Measure", "Apr-23", "May-23", "Jun-23"],
        ["Category 1 incidents", 100, 600, 1100],
        ["Category 1 mean response time", "7.0 mins", "7.5 mins", "7.9 mins"],
      ]);
      const { kpi, issues } = build([table], quarter);
      expect(kpi("Category 1 mean response time")).toMatchObject({ previous: 7.5, current: 7.9 });
      expect(issues.some((i) => i.code === "AVERAGE_UNWEIGHTED")).toBe(false);
    });

    describe("the charts' rolling 12-month average of a published monthly table", () => {
      // Twelve months of an ambulance trust's table (illustrative figures): the mean rises as incidents grow.
      const months = ["Apr-22", "May-22", "Jun-22", "Jul-22", "Aug-22", "Sep-22", "Oct-22", "Nov-22", "Dec-22", "Jan-23", "Feb-23", "Mar-23"];
      const incidents = [100, 100, 100, 100, 100, 100, 900, 900, 900, 900, 900, 900];
      const means = [7, 7, 7, 7, 7, 7, 9, 9, 9, 9, 9, 9];
      const table = (name = "Category 1 mean response time") =>
        gridOf("Ambulance", [["Measure", ...months], ["Category 1 incidents", ...incidents], [name, ...means.map((m) => `${m} mins`)]]);
      const rollingAt = (k: KpiResult | undefined) => k?.monthly?.rolling?.values[11];

      it("is a plain average until the count is confirmed, which is proposed and said at the mean's cell", () => {
        const { kpi, issues } = build([table()]);
        expect(kpi("Category 1 mean response time")?.monthly?.rolling).toMatchObject({ kind: "average" });
        expect(rollingAt(kpi("Category 1 mean response time"))).toBeCloseTo(8, 9);
        const at = { sheet: "Ambulance", cell: "A3" };
        expect(issues).toContainEqual({ code: "WEIGHTING_PROPOSED", severity: "info", ...at, message: messageText("WEIGHTING_PROPOSED", "Category 1 mean response time", "Category 1 incidents") });
        expect(issues).toContainEqual({ code: "ROLLING_AVERAGE_UNWEIGHTED", severity: "info", ...at, message: messageText("ROLLING_AVERAGE_UNWEIGHTED", "Category 1 mean response time") });
      });

      it("is total time over incidents once the mapping step confirms the count", () => {
        const mapping = { kpis: { "category-1-mean-response-time": { weightedBy: "category-1-incidents" } } };
        const { kpi, issues } = build([table()], { mapping });
        expect(kpi("Category 1 mean response time")?.monthly?.rolling?.kind).toBe("weighted-average");
        expect(rollingAt(kpi("Category 1 mean response time"))).toBeCloseTo((7 * 600 + 9 * 5400) / 6000, 9);
        expect(kpi("Category 1 mean response time")?.current).toBe(9);
        expect(issues.some((i) => i.code === "WEIGHTING_PROPOSED" || i.code === "ROLLING_AVERAGE_UNWEIGHTED")).toBe(false);
      });

      it("is not drawn for a percentile, whose months are never averaged", () => {
        const { kpi, issues } = build([table("Category 1 90th centile response time")]);
        expect(kpi("Category 1 90th centile response time")?.monthly?.rolling).toBeNull();
        expect(kpi("Category 1 incidents")?.monthly?.rolling?.values[11]).not.toBeNull();
        expect(issues.some((i) => i.code === "ROLLING_AVERAGE_UNWEIGHTED" || i.code === "WEIGHTING_PROPOSED")).toBe(false);
      });
    });
  });

  describe("case 7: a cover sheet named Notes", () => {
    it("is not read as the commentary sheet: the build has no error", () => {
      const cover = gridOf("Notes", [["Notes"], ["Note number", "Note text"], ["Note 1", "Figures are provisional."]]);
      const { issues } = build([cover, gridOfTsv("Figure 1", "KPI\t2022/23\t2023/24\nTotal Crime\t21,012\t19,581")]);
      expect(issues.filter((i) => i.severity !== "info")).toEqual([]);
    });
  });

  describe("case 8: footnote marks and published change columns", () => {
    // Lancashire OPCC scrutiny meeting, June 2015 (`Lancashire6` as ONS tables paste it).
    const { kpi, issues } = build([
      gridOfTsv(
        "Recorded Crime",
        "Areas\t2013/14\t2014/15\tChange\t\n\t\t\tNumeric\tPercentage\nCheshire\t49,060\t46,594\t- 2,466\t- 5.0%\nLancashire6\t87,928\t85,661\t- 2,367\t- 2.6%",
      ),
    ]);

    it("strips the mark from the name, with a note at its cell", () => {
      expect(kpi("Lancashire")).toBeDefined();
      expect(issues.some((i) => i.code === "VALUE_FOOTNOTE" && i.cell === "A4")).toBe(true);
    });

    it("shows the published change and checks the computed one against it: a difference beyond rounding is an issue", () => {
      expect(kpi("Cheshire")?.change).toEqual({ actual: -2466, percent: -5, points: null });
      expect(kpi("Cheshire")?.computedChange?.percent).toBeCloseTo(-5.0265, 3);
      // Lancashire's published -2,367 is not 85,661 - 87,928 = -2,267.
      expect(kpi("Lancashire")?.change.actual).toBe(-2367);
      expect(issues.filter((i) => i.code === "CHANGE_PUBLISHED_MISMATCH").map((i) => i.cell)).toEqual(["D4"]);
    });
  });
});
