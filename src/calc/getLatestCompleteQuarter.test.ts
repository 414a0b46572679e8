import type { Measurement } from "../model/kpi";
import { month, quarter } from "../model/period";
import type { Period } from "../model/period";
import { getLatestCompleteQuarter } from "./getLatestCompleteQuarter";

const at = { sheet: "Measurements", cell: "C2" };

function value(kpiId: string, period: Period, v: number | null = 1, segment: string | null = null): Measurement {
  return { kpiId, period, value: v, segment, source: at };
}

/** Monthly values for a KPI over consecutive months. */
function months(kpiId: string, year: number, fromMonth: number, count: number): Measurement[] {
  return Array.from({ length: count }, (_, i) => {
    const index = year * 12 + fromMonth - 1 + i;
    return value(kpiId, month(Math.floor(index / 12), (index % 12) + 1));
  });
}

describe("getLatestCompleteQuarter", () => {
  it("returns the quarter that ended before asOf when its months are in", () => {
    const data = [...months("A", 2013, 4 /* Apr */, 6), ...months("B", 2013, 4 /* Apr */, 6)];
    expect(getLatestCompleteQuarter(data, 4, month(2013, 10 /* Oct */))).toEqual(quarter(2013, 2));
  });

  it("counts a quarter as ended in its last month", () => {
    const data = months("A", 2013, 4 /* Apr */, 6);
    expect(getLatestCompleteQuarter(data, 4, month(2013, 9 /* Sep */))).toEqual(quarter(2013, 2));
    expect(getLatestCompleteQuarter(data, 4, month(2013, 8 /* Aug */))).toEqual(quarter(2013, 1));
  });

  it("ignores data for a quarter that has not ended", () => {
    const data = months("A", 2013, 4 /* Apr */, 9);
    expect(getLatestCompleteQuarter(data, 4, month(2013, 11 /* Nov */))).toEqual(quarter(2013, 2));
  });

  it("needs at least half of the monthly KPIs to have all three months", () => {
    const data = [
      ...months("A", 2013, 4 /* Apr */, 6),
      ...months("B", 2013, 4 /* Apr */, 5), // no September
      ...months("C", 2013, 4 /* Apr */, 5),
    ];
    expect(getLatestCompleteQuarter(data, 4, month(2013, 12 /* Dec */))).toEqual(quarter(2013, 1));
    const half = [...months("A", 2013, 4 /* Apr */, 6), ...months("B", 2013, 4 /* Apr */, 5)];
    expect(getLatestCompleteQuarter(half, 4, month(2013, 12 /* Dec */))).toEqual(quarter(2013, 2));
  });

  it("counts quarter-level data for its quarter", () => {
    const data = [...months("A", 2013, 4 /* Apr */, 3), value("S", quarter(2013, 2))];
    expect(getLatestCompleteQuarter(data, 4, month(2013, 10 /* Oct */))).toEqual(quarter(2013, 2));
  });

  it("counts fiscal-year data for the year's last quarter", () => {
    const data = [value("Y", { kind: "year", fiscalYear: 2012 })];
    expect(getLatestCompleteQuarter(data, 4, month(2013, 10 /* Oct */))).toEqual(quarter(2012, 4));
  });

  it("crosses the fiscal year boundary between March and April", () => {
    const data = months("A", 2014, 1 /* Jan */, 3);
    expect(getLatestCompleteQuarter(data, 4, month(2014, 4 /* Apr */))).toEqual(quarter(2013, 4));
  });

  it("uses calendar quarters with a January start", () => {
    const data = months("A", 2013, 1 /* Jan */, 6);
    expect(getLatestCompleteQuarter(data, 1, month(2013, 7 /* Jul */))).toEqual(quarter(2013, 2));
  });

  describe("edge cases", () => {
    it("returns null without data", () => {
      expect(getLatestCompleteQuarter([], 4, month(2013, 10 /* Oct */))).toBeNull();
    });

    it("does not count no-data markers or segment figures", () => {
      const data = [
        ...months("A", 2013, 4 /* Apr */, 3),
        value("A", month(2013, 7 /* Jul */), null),
        value("A", month(2013, 8 /* Aug */)),
        value("A", month(2013, 9 /* Sep */)),
        ...months("A", 2013, 7 /* Jul */, 3).map((m) => ({ ...m, segment: "Purbeck" })),
      ];
      expect(getLatestCompleteQuarter(data, 4, month(2013, 12 /* Dec */))).toEqual(quarter(2013, 1));
    });

    it("returns null when every quarter with data ends after asOf", () => {
      expect(getLatestCompleteQuarter(months("A", 2013, 4 /* Apr */, 3), 4, month(2013, 5 /* May */))).toBeNull();
    });
  });
});
