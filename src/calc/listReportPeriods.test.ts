import type { Measurement } from "../model/kpi";
import { fiscalYear, month, monthSpan, quarter } from "../model/period";
import type { Period } from "../model/period";
import { listReportPeriods } from "./listReportPeriods";

/** The default: the first period offered. */
function getLatestCompleteQuarter(data: readonly Measurement[], start: number, asOf: ReturnType<typeof month>): Period | null {
  return listReportPeriods(data, start, asOf)[0]?.period ?? null;
}

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

describe("listReportPeriods", () => {
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

  it("offers fiscal-year data as the year, never as its last quarter", () => {
    const data = [value("Y", fiscalYear(2012)), value("Y", fiscalYear(2011))];
    expect(listReportPeriods(data, 4, month(2013, 10 /* Oct */)).map((o) => o.label)).toEqual(["2012/13", "2011/12"]);
  });

  it("offers a span a table gives under the table's label", () => {
    const rolling = (y: number) => monthSpan(month(y - 1, 5 /* May */), month(y, 4 /* Apr */), "rolling", `12 months to Apr-${String(y).slice(2)}`);
    const data = [value("A", rolling(2014)), value("A", rolling(2015)), value("B", rolling(2015))];
    expect(listReportPeriods(data, 4, month(2016, 1))).toEqual([
      { period: rolling(2015), label: "12 months to Apr-15", kpiCount: 2 },
      { period: rolling(2014), label: "12 months to Apr-14", kpiCount: 1 },
    ]);
  });

  it("offers one period per end month: a quarter first, then the one most KPIs have, then the shortest", () => {
    const ytd = monthSpan(month(2013, 4), month(2013, 9), "year-to-date", "Apr - Sep 2013/14");
    expect(listReportPeriods([value("A", ytd), value("B", ytd), value("C", quarter(2013, 2))], 4, month(2013, 11))[0]?.label).toBe("Q2 2013-14");
    const range = monthSpan(month(2013, 7), month(2013, 9), "range", "Jul-Sep 2013");
    expect(listReportPeriods([value("A", ytd), value("B", range)], 4, month(2013, 11))[0]?.label).toBe("Jul-Sep 2013");
    expect(listReportPeriods([value("A", ytd), value("B", ytd), value("C", range)], 4, month(2013, 11))[0]?.label).toBe("Apr - Sep 2013/14");
  });

  it("offers months only for figures at a date, not for a monthly series", () => {
    const data = [value("A", month(2013, 4)), value("A", month(2014, 4))];
    expect(listReportPeriods(data, 4, month(2014, 6)).map((o) => o.label)).toEqual(["Apr-14", "Apr-13"]);
    expect(listReportPeriods(months("A", 2013, 5 /* May */, 3), 4, month(2014, 6))).toEqual([]);
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

    it("leaves out a span that ends after asOf", () => {
      const ytd = monthSpan(month(2013, 4), month(2013, 12), "year-to-date", "YTD Dec 13");
      expect(listReportPeriods([value("A", ytd)], 4, month(2013, 11))).toEqual([]);
    });
  });
});
