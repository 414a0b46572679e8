import type { Comparison } from "../model/kpi";
import { month, monthSpan, quarter } from "../model/period";
import { computeComparisonFigures } from "./computeComparisonFigures";
import { indexMeasurements } from "./indexMeasurements";
import { measurement, monthly } from "./testFixtures";

/** Apr-12 .. Mar-14, month n (from 1) holding n. */
const twoYears = indexMeasurements(monthly("A", 2012, 4 /* Apr */, Array.from({ length: 24 }, (_, i) => i + 1)), 4).get("A")
  ?.whole ?? null;

function figures(comparison: Comparison, aggregation: "sum" | "average" | "last" = "sum", q = quarter(2013, 2)) {
  return computeComparisonFigures({ aggregation, comparison }, twoYears, q, 4);
}

describe("computeComparisonFigures", () => {
  describe("year to date", () => {
    it("compares Apr - Sep with the same months a year earlier", () => {
      expect(figures({ window: "ytd", against: "same-period-last-year" })).toMatchObject({
        current: 13 + 14 + 15 + 16 + 17 + 18,
        previous: 1 + 2 + 3 + 4 + 5 + 6,
        currentLabel: "Apr - Sep 2013/14",
        previousLabel: "Apr - Sep 2012/13",
      });
    });

    it("compares with the year to date at the previous quarter against the previous period", () => {
      expect(figures({ window: "ytd", against: "previous-period" }, "average")).toMatchObject({
        current: 15.5,
        previous: 14,
        currentLabel: "Apr - Sep 2013/14",
        previousLabel: "Apr - Jun 2013/14",
      });
    });

    it("takes last year's whole year as the previous period of a Q1", () => {
      expect(figures({ window: "ytd", against: "previous-period" }, "sum", quarter(2013, 1))).toMatchObject({
        previous: 78,
        previousLabel: "Apr - Mar 2012/13",
      });
    });

    it("labels a January-start year with the calendar year", () => {
      const series = indexMeasurements(monthly("A", 2012, 1, Array.from({ length: 24 }, () => 1)), 1).get("A")?.whole ?? null;
      const result = computeComparisonFigures({ aggregation: "sum", comparison: { window: "ytd", against: "same-period-last-year" } }, series, quarter(2013, 2), 1);
      expect(result).toMatchObject({ current: 6, previous: 6, currentLabel: "Jan - Jun 2013", previousLabel: "Jan - Jun 2012" });
    });
  });

  describe("quarter", () => {
    it("compares the quarter with the previous quarter", () => {
      expect(figures({ window: "quarter", against: "previous-period" })).toMatchObject({
        current: 16 + 17 + 18,
        previous: 13 + 14 + 15,
        currentLabel: "Q2 2013-14",
        previousLabel: "Q1 2013-14",
      });
    });

    it("compares the quarter with the same quarter last year", () => {
      expect(figures({ window: "quarter", against: "same-period-last-year" })).toMatchObject({
        previous: 4 + 5 + 6,
        previousLabel: "Q2 2012-13",
      });
    });

    it("reads quarter-level data", () => {
      const series =
        indexMeasurements([measurement("S", quarter(2013, 1), 68.8), measurement("S", quarter(2013, 2), 70)], 4).get("S")?.whole ??
        null;
      const result = computeComparisonFigures({ aggregation: "average", comparison: { window: "quarter", against: "previous-period" } }, series, quarter(2013, 2), 4);
      expect(result).toMatchObject({ current: 70, previous: 68.8 });
    });
  });

  describe("latest", () => {
    it("takes the newest month at or before the quarter end and the one before it", () => {
      expect(figures({ window: "latest", against: "previous-period" })).toMatchObject({
        current: 18,
        previous: 17,
        currentLabel: "Sep-13",
        previousLabel: "Aug-13",
      });
    });

    it("takes the month a year earlier against the same period last year", () => {
      expect(figures({ window: "latest", against: "same-period-last-year" })).toMatchObject({
        current: 18,
        previous: 6,
        previousLabel: "Sep-12",
      });
    });

    it("skips months without a value", () => {
      const series = indexMeasurements([...monthly("A", 2013, 4, [5, null, 7, null, null])], 4).get("A")?.whole ?? null;
      const result = computeComparisonFigures({ aggregation: "last", comparison: { window: "latest", against: "previous-period" } }, series, quarter(2013, 2), 4);
      expect(result).toMatchObject({ current: 7, previous: 5, currentLabel: "Jun-13", previousLabel: "Apr-13" });
    });

    it("shows n/a for a report period the KPI's row leaves without a figure, against the one before it", () => {
      const series = indexMeasurements([...monthly("A", 2018, 2 /* Feb */, [96.3, 96.6]), measurement("A", month(2018, 4 /* Apr */), null)], 4).get("A")?.whole ?? null;
      const result = computeComparisonFigures({ aggregation: "last", comparison: { window: "latest", against: "previous-period" } }, series, month(2018, 4), 4);
      expect(result).toMatchObject({ current: null, previous: 96.6, currentLabel: "Apr-18", previousLabel: "Mar-18" });
    });

    it("compares a span with the one just before it, n/a where that row has no figure, never one from years before", () => {
      // ONS (Hansard, 20 March 2009): Essex 16-24 unemployed, 14 for the 12 months ending Feb 2003, `—` after it.
      const ending = (y: number, m: number) => monthSpan(month(y - 1, m + 1), month(y, m), "rolling", `12 months ending ${y}`);
      const series =
        indexMeasurements([measurement("E", ending(2003, 2), 14), measurement("E", ending(2006, 3), null), measurement("E", ending(2007, 3), null)], 4).get("E")?.whole ?? null;
      const result = computeComparisonFigures({ aggregation: "last", comparison: { window: "latest", against: "previous-period" } }, series, ending(2007, 3), 4);
      expect(result).toMatchObject({ current: null, previous: null, previousLabel: "12 months ending 2006" });
    });

    it("reports a span a table gives for exactly the report period, under the table's label", () => {
      const span = (y: number) => monthSpan(month(y - 1, 5), month(y, 4), "range", `May-${String(y - 1).slice(2)} to Apr-${String(y).slice(2)}`);
      const series = indexMeasurements([measurement("L", span(2014), 3455173), measurement("L", span(2015), 3561443)], 4).get("L")?.whole ?? null;
      const result = computeComparisonFigures({ aggregation: "last", comparison: { window: "latest", against: "previous-period" } }, series, span(2015), 4);
      expect(result).toMatchObject({ current: 3561443, previous: 3455173, currentLabel: "May-14 to Apr-15", previousLabel: "May-13 to Apr-14" });
    });

    it("reads quarterly survey results (seed 000 Figure 11: note periods differ)", () => {
      const series =
        indexMeasurements([measurement("S", quarter(2012, 4), 68.5), measurement("S", quarter(2013, 1), 69.6)], 4).get("S")?.whole ??
        null;
      const result = computeComparisonFigures({ aggregation: "average", comparison: { window: "latest", against: "previous-period" } }, series, quarter(2013, 2), 4);
      expect(result).toMatchObject({ current: 69.6, previous: 68.5, currentLabel: "Q1 2013-14", previousLabel: "Q4 2012-13" });
    });

    it("prefers a later quarter value over an earlier month", () => {
      const series =
        indexMeasurements([measurement("S", month(2013, 5), 1), measurement("S", quarter(2013, 2), 2)], 4).get("S")?.whole ?? null;
      const result = computeComparisonFigures({ aggregation: "last", comparison: { window: "latest", against: "previous-period" } }, series, quarter(2013, 2), 4);
      expect(result).toMatchObject({ current: 2, currentLabel: "Q2 2013-14", previous: null });
    });

    it("reads year-level data", () => {
      const series =
        indexMeasurements(
          [measurement("Y", { kind: "year", fiscalYear: 2011 }, 9.48), measurement("Y", { kind: "year", fiscalYear: 2012 }, 8.69)],
          4,
        ).get("Y")?.whole ?? null;
      const result = computeComparisonFigures({ aggregation: "last", comparison: { window: "latest", against: "same-period-last-year" } }, series, quarter(2013, 2), 4);
      expect(result).toMatchObject({ current: 8.69, previous: 9.48, currentLabel: "2012/13", previousLabel: "2011/12" });
    });
  });

  describe("edge cases", () => {
    it("gives null figures and the window's labels without data", () => {
      const result = computeComparisonFigures({ aggregation: "sum", comparison: { window: "ytd", against: "same-period-last-year" } }, null, quarter(2013, 2), 4);
      expect(result).toMatchObject({ current: null, previous: null, currentLabel: "Apr - Sep 2013/14" });
    });

    it("labels a latest figure that cannot be found with the quarter", () => {
      const result = computeComparisonFigures({ aggregation: "last", comparison: { window: "latest", against: "previous-period" } }, null, quarter(2013, 2), 4);
      expect(result).toMatchObject({ current: null, currentLabel: "Q2 2013-14", previousLabel: "" });
    });

    it("does not read values after the quarter end", () => {
      expect(figures({ window: "latest", against: "previous-period" }, "last", quarter(2012, 1))).toMatchObject({ current: 3 });
    });
  });
});
