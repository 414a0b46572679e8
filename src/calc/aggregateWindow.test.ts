import { fiscalYear, month, monthIndex, monthSpan, quarter } from "../model/period";
import { aggregateWindow } from "./aggregateWindow";
import { indexMeasurements } from "./indexMeasurements";
import { measurement, monthly } from "./testFixtures";

const months = (from: [number, number], to: [number, number]) => ({ first: monthIndex(month(...from)), last: monthIndex(month(...to)) });
const q1 = months([2013, 4], [2013, 6]);
const q2 = months([2013, 7], [2013, 9]);
const aprToSep = months([2013, 4], [2013, 9]);
const year = months([2013, 4], [2014, 3]);

describe("aggregateWindow", () => {
  it("rolls up the months in the window", () => {
    const series = indexMeasurements(monthly("A", 2013, 4 /* Apr */, [1, 2, 3, 4, 5, 6]), 4).get("A")?.whole ?? null;
    expect(aggregateWindow(series, aprToSep, "sum")).toEqual({ value: 21, monthsCovered: 6, monthsInWindow: 6, weighting: null });
    expect(aggregateWindow(series, q2, "average").value).toBe(5);
    expect(aggregateWindow(series, aprToSep, "last").value).toBe(6);
  });

  it("uses a quarter-level value for a quarter without all its months", () => {
    const series =
      indexMeasurements([...monthly("A", 2013, 4 /* Apr */, [1, 2, 3]), measurement("A", quarter(2013, 2), 30)], 4).get("A")
        ?.whole ?? null;
    expect(aggregateWindow(series, aprToSep, "sum")).toEqual({ value: 36, monthsCovered: 6, monthsInWindow: 6, weighting: null });
  });

  it("prefers the months to a quarter value when all three are there", () => {
    const series =
      indexMeasurements([...monthly("A", 2013, 7 /* Jul */, [1, 2, 3]), measurement("A", quarter(2013, 2), 30)], 4).get("A")
        ?.whole ?? null;
    expect(aggregateWindow(series, q2, "sum").value).toBe(6);
  });

  it("weighs a quarter value as three months in an average", () => {
    const series =
      indexMeasurements([...monthly("A", 2013, 4 /* Apr */, [10, 10, 10]), measurement("A", quarter(2013, 2), 20)], 4).get("A")
        ?.whole ?? null;
    expect(aggregateWindow(series, aprToSep, "average").value).toBe(15);
  });

  it("uses a year value for a whole fiscal year, never for part of one", () => {
    const series = indexMeasurements([measurement("A", fiscalYear(2013), 120)], 4).get("A")?.whole ?? null;
    expect(aggregateWindow(series, year, "sum")).toEqual({ value: 120, monthsCovered: 12, monthsInWindow: 12, weighting: null });
    expect(aggregateWindow(series, aprToSep, "sum").value).toBeNull();
  });

  it("uses a value given for exactly the window's months, however the table wrote them", () => {
    const span = monthSpan(month(2013, 4), month(2013, 9), "year-to-date", "YTD Sep 13");
    const series = indexMeasurements([measurement("A", span, 600)], 4).get("A")?.whole ?? null;
    expect(aggregateWindow(series, aprToSep, "last")).toEqual({ value: 600, monthsCovered: 6, monthsInWindow: 6, weighting: null });
    expect(aggregateWindow(series, q2, "last").value).toBeNull();
  });

  it("reports how many months a partial figure covers", () => {
    const series = indexMeasurements(monthly("A", 2013, 4 /* Apr */, [1, 2, 3, 4, null]), 4).get("A")?.whole ?? null;
    expect(aggregateWindow(series, aprToSep, "sum")).toEqual({ value: 10, monthsCovered: 4, monthsInWindow: 6, weighting: null });
  });

  describe("means and rates weighted by their count (issue 11, case 6)", () => {
    // Category 1 mean response time (minutes) and Category 1 incidents, three months: the quarter's mean is the
    // total time over the incidents, 7.6, where a plain average of the monthly means is 7.29.
    const means = [7.0, 7.5, 7.9];
    const incidents = [100, 600, 1100];
    const index = indexMeasurements([...monthly("T", 2013, 4 /* Apr */, means), ...monthly("N", 2013, 4 /* Apr */, incidents)], 4);
    const series = index.get("T")?.whole ?? null;
    const weights = index.get("N")?.whole ?? null;

    it("averages weighted by the count, as total time over incidents", () => {
      const figure = aggregateWindow(series, q1, "average", weights);
      expect(figure.value).toBeCloseTo((7.0 * 100 + 7.5 * 600 + 7.9 * 1100) / 1800, 10);
      expect(figure.weighting).toBe("weighted");
    });

    it("says when it had to average plainly: no count, or a month without one", () => {
      expect(aggregateWindow(series, q1, "average").value).toBeCloseTo(7.4667, 4);
      expect(aggregateWindow(series, q1, "average").weighting).toBe("unweighted");
      const gappy = indexMeasurements([...monthly("T", 2013, 4 /* Apr */, means), ...monthly("N", 2013, 4 /* Apr */, [100, 600])], 4);
      expect(aggregateWindow(gappy.get("T")?.whole ?? null, q1, "average", gappy.get("N")?.whole ?? null).weighting).toBe("unweighted");
    });

    it("weighs a quarter's value by the quarter's count, given or summed from its months", () => {
      const quarterly = indexMeasurements(
        [measurement("T", quarter(2013, 1), 7.5), measurement("T", quarter(2013, 2), 8.5), ...monthly("N", 2013, 4 /* Apr */, [100, 100, 100]), measurement("N", quarter(2013, 2), 100)],
        4,
      );
      const figure = aggregateWindow(quarterly.get("T")?.whole ?? null, aprToSep, "average", quarterly.get("N")?.whole ?? null);
      expect(figure).toMatchObject({ value: 7.75, weighting: "weighted" });
    });

    it("averages nothing for a single value, and sums and lasts are not weighted", () => {
      expect(aggregateWindow(series, months([2013, 4], [2013, 4]), "average", weights).weighting).toBeNull();
      expect(aggregateWindow(series, q1, "sum", weights)).toMatchObject({ value: 22.4, weighting: null });
    });
  });

  describe("edge cases", () => {
    it("returns null for no series or an empty window", () => {
      expect(aggregateWindow(null, aprToSep, "sum").value).toBeNull();
      const series = indexMeasurements(monthly("A", 2013, 4, [1]), 4).get("A")?.whole ?? null;
      expect(aggregateWindow(series, { first: q2.first, last: q1.first }, "sum")).toEqual({ value: null, monthsCovered: 0, monthsInWindow: 0, weighting: null });
    });
  });
});
