import { fiscalYear, month, monthIndex, monthSpan, quarter } from "../model/period";
import { indexMeasurements, monthValue } from "./indexMeasurements";
import { measurement, monthly } from "./testFixtures";

describe("indexMeasurements", () => {
  it("indexes values by KPI, segment and month", () => {
    const index = indexMeasurements(
      [...monthly("A", 2013, 4 /* Apr */, [1, 2, 3]), ...monthly("A", 2013, 4 /* Apr */, [7, 8, 9], "Purbeck")],
      4,
    );
    const whole = index.get("A")?.whole;
    expect(whole && monthValue(whole, monthIndex(month(2013, 5 /* May */)))).toBe(2);
    const purbeck = index.get("A")?.segments.get("Purbeck");
    expect(purbeck && monthValue(purbeck, monthIndex(month(2013, 6 /* Jun */)))).toBe(9);
    expect(whole?.firstMonth).toBe(monthIndex(month(2013, 4)));
    expect(whole?.lastMonth).toBe(monthIndex(month(2013, 6)));
  });

  it("tells a no-data marker (null) from a month with no row (undefined)", () => {
    const index = indexMeasurements([measurement("A", month(2013, 4), null), measurement("A", month(2013, 6), 5)], 4);
    const whole = index.get("A")?.whole;
    expect(whole && monthValue(whole, monthIndex(month(2013, 4)))).toBeNull();
    expect(whole && monthValue(whole, monthIndex(month(2013, 5)))).toBeUndefined();
    expect(whole?.firstMonth).toBe(monthIndex(month(2013, 6)));
  });

  it("reads months that arrive newest first", () => {
    const newestFirst = monthly("A", 2010, 1, Array.from({ length: 40 }, (_, i) => i)).reverse();
    const whole = indexMeasurements(newestFirst, 4).get("A")?.whole;
    expect(whole && monthValue(whole, monthIndex(month(2010, 1)))).toBe(0);
    expect(whole && monthValue(whole, monthIndex(month(2013, 4)))).toBe(39);
  });

  it("keeps the first of two values for the same month", () => {
    const index = indexMeasurements([measurement("A", month(2013, 4), 1), measurement("A", month(2013, 4), 2)], 4);
    const whole = index.get("A")?.whole;
    expect(whole && monthValue(whole, monthIndex(month(2013, 4)))).toBe(1);
  });

  it("indexes quarter-level, year-level and other span values by their months", () => {
    const ytd = monthSpan(month(2013, 4), month(2013, 12), "year-to-date", "YTD Dec 13");
    const index = indexMeasurements(
      [measurement("S", quarter(2013, 2), 69.6), measurement("S", fiscalYear(2012), 71), measurement("S", ytd, 80)],
      4,
    );
    const spans = index.get("S")?.whole?.spans;
    expect(spans?.get(monthIndex(month(2013, 7)))).toEqual([{ first: monthIndex(month(2013, 7)), last: monthIndex(month(2013, 9)), value: 69.6, period: quarter(2013, 2) }]);
    expect(spans?.get(monthIndex(month(2012, 4)))?.map((s) => [s.last, s.value])).toEqual([[monthIndex(month(2013, 3)), 71]]);
    expect(spans?.get(monthIndex(month(2013, 4)))?.map((s) => [s.last, s.value])).toEqual([[monthIndex(month(2013, 12)), 80]]);
  });

  it("keeps the first value given for the same months, however written", () => {
    const same = monthSpan(month(2013, 7), month(2013, 9), "range", "Jul-Sep 2013");
    const index = indexMeasurements([measurement("S", quarter(2013, 2), 1), measurement("S", same, 2)], 4);
    expect(index.get("S")?.whole?.spans.get(monthIndex(month(2013, 7)))?.map((s) => s.value)).toEqual([1]);
  });

  it("leaves out periods ending after asOf", () => {
    const index = indexMeasurements(
      [...monthly("A", 2013, 9 /* Sep */, [1, 2]), measurement("S", quarter(2013, 3), 5), measurement("S", quarter(2013, 2), 4)],
      4,
      { asOf: month(2013, 9 /* Sep */) },
    );
    expect(index.get("A")?.whole?.lastMonth).toBe(monthIndex(month(2013, 9)));
    expect([...(index.get("S")?.whole?.spans.keys() ?? [])]).toEqual([monthIndex(month(2013, 7))]);
  });
});
