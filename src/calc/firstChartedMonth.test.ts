import type { SpcLimitsSetting } from "../model/kpi";
import { month, monthIndex } from "../model/period";
import { firstChartedMonth } from "./firstChartedMonth";

const WINDOW_FIRST = monthIndex(month(2011, 4 /* Apr */));
const source = { sheet: "KPIs", cell: "T5" };
const spc = (setting: Partial<SpcLimitsSetting>) => ({ spc: { baseline: null, recalculateFrom: [], source, ...setting } });

describe("firstChartedMonth", () => {
  it("is the chart window's first month when the analyst set no SPC baseline or recalculation", () => {
    expect(firstChartedMonth({}, WINDOW_FIRST)).toBe(WINDOW_FIRST);
    expect(firstChartedMonth(spc({}), WINDOW_FIRST)).toBe(WINDOW_FIRST);
  });

  it("reaches back to a baseline period that starts before the window", () => {
    expect(firstChartedMonth(spc({ baseline: { kind: "period", from: month(2009, 4), to: month(2010, 3) } }), WINDOW_FIRST)).toBe(
      monthIndex(month(2009, 4)),
    );
  });

  it("reaches back to the latest recalculation before the window, whose segment runs into it", () => {
    expect(firstChartedMonth(spc({ recalculateFrom: [month(2009, 1), month(2010, 10), month(2012, 6)] }), WINDOW_FIRST)).toBe(
      monthIndex(month(2010, 10)),
    );
  });

  it("needs every month for a first-points baseline with no recalculation before the window", () => {
    expect(firstChartedMonth(spc({ baseline: { kind: "first-points", count: 20 } }), WINDOW_FIRST)).toBeNull();
    expect(firstChartedMonth(spc({ baseline: { kind: "first-points", count: 20 }, recalculateFrom: [month(2010, 4)] }), WINDOW_FIRST)).toBe(
      monthIndex(month(2010, 4)),
    );
  });

  describe("edge cases", () => {
    it("keeps the window for a baseline or recalculation inside it", () => {
      expect(firstChartedMonth(spc({ baseline: { kind: "period", from: month(2012, 4), to: month(2013, 3) }, recalculateFrom: [month(2012, 10)] }), WINDOW_FIRST)).toBe(
        WINDOW_FIRST,
      );
    });
  });
});
