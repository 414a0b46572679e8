import type { Measurement, ReportWindow } from "../model/kpi";
import { fiscalYear, month, monthSpan, quarter } from "../model/period";
import type { Month, Period } from "../model/period";
import { testKpi } from "../model/testing/testKpi";
import { listReportPeriods } from "./listReportPeriods";

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

/** The model's KPIs and measurements: register KPIs roll up their months (`ytd`); tables' are reported as given (`latest`). */
function model(measurements: readonly Measurement[], window: ReportWindow = "ytd") {
  const ids = [...new Set(measurements.map((m) => m.kpiId))];
  return { kpis: ids.map((id) => testKpi({ id, comparison: { window, against: "previous-period" } })), measurements };
}

/** The period a build makes by default. */
function chosen(measurements: readonly Measurement[], start: number, asOf: Month, window: ReportWindow = "ytd"): Period | null {
  return listReportPeriods(model(measurements, window), start, asOf).chosen?.period ?? null;
}

const labels = (measurements: readonly Measurement[], asOf: Month, window: ReportWindow = "latest") =>
  listReportPeriods(model(measurements, window), 4, asOf).options.map((o) => o.label);

describe("listReportPeriods", () => {
  describe("monthly data rolled up by a register", () => {
    it("chooses the quarter that ended before asOf when its months are in", () => {
      const data = [...months("A", 2013, 4 /* Apr */, 6), ...months("B", 2013, 4 /* Apr */, 6)];
      expect(chosen(data, 4, month(2013, 10 /* Oct */))).toEqual(quarter(2013, 2));
      expect(labels(data, month(2013, 10), "ytd")).toEqual(["Q2 2013-14", "Q1 2013-14"]);
    });

    it("counts a quarter as ended in its last month", () => {
      const data = months("A", 2013, 4 /* Apr */, 6);
      expect(chosen(data, 4, month(2013, 9 /* Sep */))).toEqual(quarter(2013, 2));
      expect(chosen(data, 4, month(2013, 8 /* Aug */))).toEqual(quarter(2013, 1));
    });

    it("ignores data for a quarter that has not ended", () => {
      expect(chosen(months("A", 2013, 4 /* Apr */, 9), 4, month(2013, 11 /* Nov */))).toEqual(quarter(2013, 2));
    });

    it("needs at least half of the monthly KPIs to have all three months", () => {
      const data = [
        ...months("A", 2013, 4 /* Apr */, 6),
        ...months("B", 2013, 4 /* Apr */, 5), // no September
        ...months("C", 2013, 4 /* Apr */, 5),
      ];
      expect(chosen(data, 4, month(2013, 12 /* Dec */))).toEqual(quarter(2013, 1));
      const half = [...months("A", 2013, 4 /* Apr */, 6), ...months("B", 2013, 4 /* Apr */, 5)];
      expect(chosen(half, 4, month(2013, 12 /* Dec */))).toEqual(quarter(2013, 2));
    });

    it("counts quarter-level data for its quarter", () => {
      expect(chosen([...months("A", 2013, 4 /* Apr */, 3), value("S", quarter(2013, 2))], 4, month(2013, 10 /* Oct */))).toEqual(quarter(2013, 2));
    });

    it("crosses the fiscal year boundary between March and April", () => {
      expect(chosen(months("A", 2014, 1 /* Jan */, 3), 4, month(2014, 4 /* Apr */))).toEqual(quarter(2013, 4));
    });

    it("uses calendar quarters with a January start", () => {
      expect(chosen(months("A", 2013, 1 /* Jan */, 6), 1, month(2013, 7 /* Jul */))).toEqual(quarter(2013, 2));
    });

    it("offers no month of a monthly series: it is reported by quarter", () => {
      expect(labels(months("A", 2013, 5 /* May */, 3), month(2014, 6), "ytd")).toEqual([]);
    });
  });

  describe("tables reported as they give their figures", () => {
    it("offers yearly figures as the year, never as its last quarter", () => {
      expect(labels([value("Y", fiscalYear(2012)), value("Y", fiscalYear(2011))], month(2013, 10 /* Oct */))).toEqual(["2012/13", "2011/12"]);
    });

    it("offers a span under the table's label", () => {
      const rolling = (y: number) => monthSpan(month(y - 1, 5 /* May */), month(y, 4 /* Apr */), "rolling", `12 months to Apr-${String(y).slice(2)}`);
      const found = listReportPeriods(model([value("A", rolling(2014)), value("A", rolling(2015)), value("B", rolling(2015))], "latest"), 4, month(2016, 1));
      expect(found.options).toEqual([
        { period: rolling(2015), label: "12 months to Apr-15", kpiCount: 2, comparable: true, source: at },
        { period: rolling(2014), label: "12 months to Apr-14", kpiCount: 1, comparable: false, source: at },
      ]);
      expect(found.chosen?.label).toBe("12 months to Apr-15");
    });

    it("offers each month of a table of months, labelled as the table labels it", () => {
      const data = [value("A", { ...month(2018, 3), label: "Mar 18" }), value("A", { ...month(2018, 4), label: "Apr 18" })];
      expect(labels(data, month(2018, 5))).toEqual(["Apr 18", "Mar 18"]);
    });

    it("offers one period per end month: a quarter first, then the one most KPIs have, then the shortest", () => {
      const ytd = monthSpan(month(2013, 4), month(2013, 9), "year-to-date", "Apr - Sep 2013/14");
      const range = monthSpan(month(2013, 7), month(2013, 9), "range", "Jul-Sep 2013");
      const first = (data: Measurement[]) => listReportPeriods(model(data, "latest"), 4, month(2013, 11)).options[0]?.label;
      expect(first([value("A", ytd), value("B", ytd), value("C", quarter(2013, 2))])).toBe("Q2 2013-14");
      expect(first([value("A", ytd), value("B", range)])).toBe("Jul-Sep 2013");
      expect(first([value("A", ytd), value("B", ytd), value("C", range)])).toBe("Apr - Sep 2013/14");
    });

    it("chooses the newest period with a like one before it, passing over a newer one with none", () => {
      const year = (y: number) => monthSpan(month(y, 4), month(y + 1, 3), "range", `April ${y}-March ${y + 1}`);
      const half = monthSpan(month(2006, 4), month(2006, 9), "year-to-date", "April-September 2006");
      const found = listReportPeriods(model([value("T", year(2004)), value("T", year(2005)), value("T", half)], "latest"), 4, month(2007, 3));
      expect(found.options.map((o) => o.label)).toEqual(["April-September 2006", "April 2005-March 2006", "April 2004-March 2005"]);
      expect(found.chosen?.label).toBe("April 2005-March 2006");
      expect(found.passedOver.map((o) => o.label)).toEqual(["April-September 2006"]);
    });

    it("chooses the newest when nothing can be compared", () => {
      const found = listReportPeriods(model([value("W", { ...month(2013, 9), label: "30 Sep 13" })], "latest"), 4, month(2013, 11));
      expect(found).toMatchObject({ chosen: { label: "30 Sep 13", comparable: false }, passedOver: [] });
    });
  });

  describe("edge cases", () => {
    it("offers nothing without data", () => {
      expect(listReportPeriods({ kpis: [], measurements: [] }, 4, month(2013, 10))).toEqual({ options: [], chosen: null, passedOver: [] });
    });

    it("does not count no-data markers or segment figures", () => {
      const data = [
        ...months("A", 2013, 4 /* Apr */, 3),
        value("A", month(2013, 7 /* Jul */), null),
        value("A", month(2013, 8 /* Aug */)),
        value("A", month(2013, 9 /* Sep */)),
        ...months("A", 2013, 7 /* Jul */, 3).map((m) => ({ ...m, segment: "Purbeck" })),
      ];
      expect(chosen(data, 4, month(2013, 12 /* Dec */))).toEqual(quarter(2013, 1));
    });

    it("offers nothing when every period with data ends after asOf", () => {
      expect(chosen(months("A", 2013, 4 /* Apr */, 3), 4, month(2013, 5 /* May */))).toBeNull();
      const ytd = monthSpan(month(2013, 4), month(2013, 12), "year-to-date", "YTD Dec 13");
      expect(chosen([value("A", ytd)], 4, month(2013, 11), "latest")).toBeNull();
    });
  });
});
