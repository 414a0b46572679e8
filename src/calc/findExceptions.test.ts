import { DEFAULT_SETTINGS } from "../model/kpi";
import { quarter } from "../model/period";
import { findExceptions } from "./findExceptions";
import { indexMeasurements } from "./indexMeasurements";
import { monthly, spread, testKpi } from "./testFixtures";

const totalCrime = testKpi({ id: "P1-01", name: "Total Crime" });

/** Seed 000, 1.1.9: total crime by neighbourhood policing section, Apr - Sep 2012/13 and 2013/14. */
const SECTIONS: readonly [string, number, number][] = [
  ["Bournemouth Central", 2533, 2647], // +114 (+4.5%)
  ["Dorchester and Sherborne", 1027, 1102], // +75 (+7.3%)
  ["Purbeck", 772, 867], // +95 (+12.3%)
  ["Bournemouth East", 2100, 1900],
  ["Bournemouth North", 1800, 1650],
  ["Poole Central", 2300, 2050],
  ["Poole North", 1500, 1400],
  ["Christchurch", 1200, 1100],
  ["East Dorset", 1400, 1300],
  ["North Dorset", 1000, 950],
  ["Weymouth and Portland", 2400, 2200],
];

const measurements = SECTIONS.flatMap(([section, before, now]) => [
  ...monthly("P1-01", 2012, 4 /* Apr */, spread(before, 6), section),
  ...monthly("P1-01", 2013, 4 /* Apr */, spread(now, 6), section),
]);

describe("findExceptions", () => {
  const index = indexMeasurements(measurements, 4);

  it("finds seed 000's three sections with rising crime, worst first", () => {
    const found = findExceptions([totalCrime], index, quarter(2013, 2), { ...DEFAULT_SETTINGS, exceptionThresholdPercent: 0 });
    expect(found.map((e) => [e.segment, e.change.actual, Number(e.change.percent?.toFixed(1))])).toEqual([
      ["Purbeck", 95, 12.3],
      ["Dorchester and Sherborne", 75, 7.3],
      ["Bournemouth Central", 114, 4.5],
    ]);
    expect(found[0]).toMatchObject({ kpiId: "P1-01", kpiName: "Total Crime", previous: 772, current: 867 });
  });

  it("says how many sections were compared: three out of eleven", () => {
    const found = findExceptions([totalCrime], index, quarter(2013, 2), { ...DEFAULT_SETTINGS, exceptionThresholdPercent: 0 });
    expect(found.map((e) => e.segmentsCompared)).toEqual([11, 11, 11]);
  });

  it("counts only the sections with both figures as compared", () => {
    const partial = indexMeasurements(
      [...measurements, ...monthly("P1-01", 2013, 4 /* Apr */, spread(500, 6), "New section")],
      4,
    );
    const found = findExceptions([totalCrime], partial, quarter(2013, 2), { ...DEFAULT_SETTINGS, exceptionThresholdPercent: 0 });
    expect(found.map((e) => e.segmentsCompared)).toEqual([11, 11, 11]);
  });

  it("leaves out changes within the threshold", () => {
    const found = findExceptions([totalCrime], index, quarter(2013, 2), { ...DEFAULT_SETTINGS, exceptionThresholdPercent: 5 });
    expect(found.map((e) => e.segment)).toEqual(["Purbeck", "Dorchester and Sherborne"]);
  });

  it("reads a fall as adverse when higher is better", () => {
    const rate = testKpi({ id: "R", unit: "count", polarity: "higher-is-better" });
    const data = indexMeasurements(
      [...monthly("R", 2012, 4, [10, 10, 10], "North"), ...monthly("R", 2013, 4, [8, 8, 8], "North")],
      4,
    );
    const found = findExceptions([rate], data, quarter(2013, 1), { ...DEFAULT_SETTINGS, exceptionThresholdPercent: 5 });
    expect(found.map((e) => [e.segment, e.change.percent])).toEqual([["North", -20]]);
  });

  it("uses the KPI's own window and comparison", () => {
    const quarterly = testKpi({ id: "Q", comparison: { window: "quarter", against: "previous-period" } });
    const data = indexMeasurements([...monthly("Q", 2013, 4, [10, 10, 10, 12, 12, 12], "North")], 4);
    const found = findExceptions([quarterly], data, quarter(2013, 2), { ...DEFAULT_SETTINGS, exceptionThresholdPercent: 5 });
    expect(found).toEqual([expect.objectContaining({ previous: 30, current: 36 })]);
  });

  it("judges percentage KPIs on points", () => {
    const abandoned = testKpi({ id: "A", unit: "percent", aggregation: "average" });
    const data = indexMeasurements([...monthly("A", 2012, 4, [5, 5, 5], "North"), ...monthly("A", 2013, 4, [8, 8, 8], "North")], 4);
    const found = findExceptions([abandoned], data, quarter(2013, 1), { ...DEFAULT_SETTINGS, exceptionThresholdPercent: 2 });
    expect(found[0]?.change).toEqual({ actual: 3, percent: null, points: 3 });
  });

  describe("edge cases", () => {
    it("never lists neutral KPIs", () => {
      const neutral = testKpi({ id: "P1-01", polarity: "neutral" });
      expect(findExceptions([neutral], index, quarter(2013, 2), { ...DEFAULT_SETTINGS, exceptionThresholdPercent: 0 })).toEqual([]);
    });

    it("lists a rise from zero first, as adverse beyond any threshold", () => {
      const data = indexMeasurements(
        [
          ...measurements,
          ...monthly("P1-01", 2012, 4, [0, 0, 0, 0, 0, 0], "New Town"),
          ...monthly("P1-01", 2013, 4, [1, 0, 0, 0, 0, 0], "New Town"),
        ],
        4,
      );
      const found = findExceptions([totalCrime], data, quarter(2013, 2), { ...DEFAULT_SETTINGS, exceptionThresholdPercent: 50 });
      expect(found.map((e) => [e.segment, e.change.percent])).toEqual([["New Town", null]]);
    });

    it("skips a segment missing either figure", () => {
      const data = indexMeasurements(monthly("P1-01", 2013, 4, [5, 5, 5, 5, 5, 5], "Only this year"), 4);
      expect(findExceptions([totalCrime], data, quarter(2013, 2), { ...DEFAULT_SETTINGS, exceptionThresholdPercent: 0 })).toEqual([]);
    });
  });
});
