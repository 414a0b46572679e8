import { quarter } from "../model/period";
import { aggregateWindow } from "./aggregateWindow";
import { indexMeasurements } from "./indexMeasurements";
import { quarterIndex } from "./quarterIndex";
import { measurement, monthly } from "./testFixtures";

const q1 = quarterIndex(quarter(2013, 1));
const q2 = quarterIndex(quarter(2013, 2));

describe("aggregateWindow", () => {
  it("rolls up the months of the quarters in the window", () => {
    const series = indexMeasurements(monthly("A", 2013, 4 /* Apr */, [1, 2, 3, 4, 5, 6]), 4).get("A")?.whole ?? null;
    expect(aggregateWindow(series, q1, q2, "sum", 4)).toEqual({ value: 21, monthsCovered: 6, monthsInWindow: 6 });
    expect(aggregateWindow(series, q2, q2, "average", 4).value).toBe(5);
    expect(aggregateWindow(series, q1, q2, "last", 4).value).toBe(6);
  });

  it("uses a quarter-level value for a quarter without all its months", () => {
    const series =
      indexMeasurements([...monthly("A", 2013, 4 /* Apr */, [1, 2, 3]), measurement("A", quarter(2013, 2), 30)], 4).get("A")
        ?.whole ?? null;
    expect(aggregateWindow(series, q1, q2, "sum", 4)).toEqual({ value: 36, monthsCovered: 6, monthsInWindow: 6 });
  });

  it("weighs a quarter value as three months in an average", () => {
    const series =
      indexMeasurements([...monthly("A", 2013, 4 /* Apr */, [10, 10, 10]), measurement("A", quarter(2013, 2), 20)], 4).get("A")
        ?.whole ?? null;
    expect(aggregateWindow(series, q1, q2, "average", 4).value).toBe(15);
  });

  it("falls back to a year value for a whole fiscal year with nothing else", () => {
    const series = indexMeasurements([measurement("A", { kind: "year", fiscalYear: 2013 }, 120)], 4).get("A")?.whole ?? null;
    expect(aggregateWindow(series, q1, q1 + 3, "sum", 4)).toEqual({ value: 120, monthsCovered: 12, monthsInWindow: 12 });
    expect(aggregateWindow(series, q1, q2, "sum", 4).value).toBeNull();
  });

  it("reports how many months a partial figure covers", () => {
    const series = indexMeasurements(monthly("A", 2013, 4 /* Apr */, [1, 2, 3, 4, null]), 4).get("A")?.whole ?? null;
    expect(aggregateWindow(series, q1, q2, "sum", 4)).toEqual({ value: 10, monthsCovered: 4, monthsInWindow: 6 });
  });

  describe("edge cases", () => {
    it("returns null for no series or an empty window", () => {
      expect(aggregateWindow(null, q1, q2, "sum", 4).value).toBeNull();
      const series = indexMeasurements(monthly("A", 2013, 4, [1]), 4).get("A")?.whole ?? null;
      expect(aggregateWindow(series, q2, q1, "sum", 4)).toEqual({ value: null, monthsCovered: 0, monthsInWindow: 0 });
    });
  });
});
