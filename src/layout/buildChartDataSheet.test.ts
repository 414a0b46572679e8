import { absoluteRef } from "../model/address";
import { buildChartDataSheet } from "./buildChartDataSheet";
import { buildStyleCatalogue } from "./buildStyleCatalogue";
import { cellAt, cellAtA1, findRow } from "./__fixtures__/planCells";
import { ASB_MONTHS, KPI_RESULTS, POSITIVE_OUTCOME_MONTHS, scorecardResults, SETTINGS, TOTAL_CRIME_MONTHS } from "./__fixtures__/scorecardResults";

const data = buildChartDataSheet(scorecardResults())!;
const sheet = data.sheet;
const styles = buildStyleCatalogue(SETTINGS);
const NAME = "Chart data Q2 2013-14";

describe("buildChartDataSheet", () => {
  it("names the sheet for the quarter", () => {
    expect(sheet.name).toBe(NAME);
    expect(sheet.role).toBe("chart-data");
  });

  it("writes a block per KPI with a monthly series, in scorecard order", () => {
    expect(data.refs.map((r) => r.result.kpi.id)).toEqual(["P1-01", "P1-02", "P1-04"]);
    const crime = findRow(sheet, 0, "Total Crime (P1-01)");
    const asb = findRow(sheet, 0, "ASB Incidents (P1-04)");
    expect(crime).toBeGreaterThan(0);
    expect(asb).toBeGreaterThan(crime + TOTAL_CRIME_MONTHS.length);
  });

  it("writes month labels as text, values and the rolling 12 months as plain numbers", () => {
    const header = findRow(sheet, 0, "Total Crime (P1-01)") + 1;
    expect([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((col) => cellAt(sheet, header, col)?.value)).toEqual([
      "Month",
      "Value",
      "Rolling 12-month total",
      "Rolling 12-month target",
      "Target",
      "Mean",
      "Upper limit",
      "Lower limit",
      "Baseline",
      "Improvement",
      "Concern",
      "Neither",
      "Signal",
    ]);
    expect(cellAt(sheet, header + 1, 0)?.value).toBe("Apr-11");
    expect(cellAt(sheet, header + 1, 1)?.value).toBe(3900);
    expect(cellAt(sheet, header + 1, 2)?.value).toBeNull();
    // Rolling 12 months to Mar-12 is the first year's sum.
    expect(cellAt(sheet, header + 12, 0)?.value).toBe("Mar-12");
    expect(cellAt(sheet, header + 12, 2)?.value).toBe(TOTAL_CRIME_MONTHS.slice(0, 12).reduce((a, b) => a + b, 0));
    expect(cellAt(sheet, header + 30, 0)?.value).toBe("Sep-13");
  });

  it("repeats the mean and limits on every row so they chart as lines", () => {
    const header = findRow(sheet, 0, "Total Crime (P1-01)") + 1;
    const limits = KPI_RESULTS[0]!.monthly!.spc.limits!;
    for (const offset of [1, 15, 30]) {
      expect(cellAt(sheet, header + offset, 5)?.value).toBe(limits.mean);
      expect(cellAt(sheet, header + offset, 6)?.value).toBe(limits.upper);
      expect(cellAt(sheet, header + offset, 7)?.value).toBe(limits.lower);
    }
  });

  it("notes special-cause points", () => {
    const header = findRow(sheet, 0, "Total Crime (P1-01)") + 1;
    const points = KPI_RESULTS[0]!.monthly!.spc.points;
    const flagged = points.findIndex((p) => p.cause !== null);
    expect(flagged).toBeGreaterThanOrEqual(0);
    const cell = cellAt(sheet, header + 1 + flagged, 12);
    expect(cell?.value).toMatch(/^(Improvement|Concern): beyond a control limit/);
    expect(["signal-improvement", "signal-concern"]).toContain(cell?.style);
    // The value again under its cause, blank under the others, for the coloured markers.
    const byCause = [9, 10, 11].map((col) => cellAt(sheet, header + 1 + flagged, col)?.value);
    expect(byCause.filter((v) => v !== null)).toEqual([TOTAL_CRIME_MONTHS[flagged]]);
    expect(cellAt(sheet, header + 1 + flagged, points[flagged]!.cause === "improvement" ? 9 : 10)?.value).toBe(TOTAL_CRIME_MONTHS[flagged]);
  });

  it("writes percentages as fractions and averages their rolling 12 months", () => {
    const header = findRow(sheet, 0, "Positive Outcome Rate (P1-02)") + 1;
    expect(cellAt(sheet, header, 2)?.value).toBe("Rolling 12-month average");
    expect(cellAt(sheet, header + 1, 1)?.value).toBe(0.205);
    expect(styles[cellAt(sheet, header + 1, 1)?.style ?? ""]?.numberFormat).toBe("0.0%");
    const average = POSITIVE_OUTCOME_MONTHS.reduce((a, b) => a + b, 0) / 12;
    expect(cellAt(sheet, header + 12, 2)?.value).toBeCloseTo(average / 100, 10);
  });

  it("writes the rolling line the calculation gives: a weighted average named so, none for a percentile", () => {
    const rate = KPI_RESULTS[1]!;
    const weighted = [...Array<null>(11).fill(null), 21.7];
    const withLine = (rolling: NonNullable<typeof rate.monthly>["rolling"]) =>
      buildChartDataSheet(scorecardResults({ kpis: [{ ...rate, monthly: { ...rate.monthly!, rolling } }] }))!;
    const data2 = withLine({ kind: "weighted-average", values: weighted });
    const header = findRow(data2.sheet, 0, "Positive Outcome Rate (P1-02)") + 1;
    expect(cellAt(data2.sheet, header, 2)?.value).toBe("Rolling 12-month weighted average");
    expect(cellAt(data2.sheet, header + 12, 2)?.value).toBeCloseTo(0.217, 10);
    expect(data2.refs[0]?.rollingName).toBe("Rolling 12-month weighted average");
    const percentile = withLine(null);
    expect(percentile.refs[0]?.rolling).toBeNull();
    expect(cellAt(percentile.sheet, findRow(percentile.sheet, 0, "Positive Outcome Rate (P1-02)") + 1, 2)?.value).toBe("No rolling average (a percentile)");
  });

  it("gives absolute references to each column of each block", () => {
    const asb = data.refs[2]!;
    const first = findRow(sheet, 0, "ASB Incidents (P1-04)") + 2;
    const last = first + ASB_MONTHS.length - 1;
    expect(asb.categories).toBe(absoluteRef(NAME, first, 0, last, 0));
    expect(asb.values).toBe(`'${NAME}'!$B$${first + 1}:$B$${last + 1}`);
    expect(asb.rolling).toBe(absoluteRef(NAME, first, 2, last, 2));
    expect(asb.limits).toEqual({
      mean: absoluteRef(NAME, first, 5, last, 5),
      upper: absoluteRef(NAME, first, 6, last, 6),
      lower: absoluteRef(NAME, first, 7, last, 7),
    });
    // No target that months compare with, and no baseline the analyst set.
    expect(asb.target).toBeNull();
    expect(asb.rollingTarget).toBeNull();
    expect(asb.baseline).toBeNull();
    expect(cellAtA1(sheet, `B${first + 1}`)?.value).toBe(ASB_MONTHS[0]);
    expect(cellAtA1(sheet, `B${last + 1}`)?.value).toBe(ASB_MONTHS[ASB_MONTHS.length - 1]);
    expect(asb.numberFormat).toBe("#,##0");
  });

  describe("targets, baselines and recalculations", () => {
    const rate = KPI_RESULTS[1]!;
    const monthly = rate.monthly!;
    const n = monthly.values.length;
    const limitsA = { mean: 21, meanMovingRange: 1, upper: 23.66, lower: 18.34, upperWarning: 22.77, lowerWarning: 19.23 };
    const limitsB = { mean: 25, meanMovingRange: 1, upper: 27.66, lower: 22.34, upperWarning: 26.77, lowerWarning: 23.23 };
    const spc = {
      ...monthly.spc,
      limits: limitsB,
      segments: [
        { start: 0, end: 5, startsWith: "series" as const, baseline: { start: 0, end: 3 }, limits: limitsA, baselineValues: 4 },
        { start: 6, end: n - 1, startsWith: "recalculation" as const, baseline: { start: 6, end: n - 1 }, limits: limitsB, baselineValues: n - 6 },
      ],
    };
    const target = monthly.values.map(() => 25.5);
    const built = buildChartDataSheet(scorecardResults({ kpis: [{ ...rate, monthly: { ...monthly, spc, target, rolling12Target: target } }] }))!;
    const header = findRow(built.sheet, 0, "Positive Outcome Rate (P1-02)") + 1;
    const row = (i: number) => [4, 5, 6, 7, 8].map((col) => cellAt(built.sheet, header + 1 + i, col)?.value);

    it("writes each month's limits from its segment, so a recalculation steps them", () => {
      expect(row(0)).toEqual([0.255, 0.21, 0.2366, 0.1834, 0.21]);
      expect(row(5)).toEqual([0.255, 0.21, 0.2366, 0.1834, null]);
      expect(row(6)).toEqual([0.255, 0.25, 0.2766, 0.2234, null]);
    });

    it("marks the baseline months with their mean, where the analyst set a baseline", () => {
      expect([0, 1, 2, 3, 4].map((i) => row(i)[4])).toEqual([0.21, 0.21, 0.21, 0.21, null]);
      expect(built.refs[0]?.baseline).not.toBeNull();
    });

    it("gives the target references", () => {
      expect(built.refs[0]?.target).toBe(absoluteRef(built.sheet.name, header + 1, 4, header + n, 4));
      expect(built.refs[0]?.rollingTarget).toBe(absoluteRef(built.sheet.name, header + 1, 3, header + n, 3));
    });
  });

  describe("edge cases", () => {
    it("is left out when no KPI has monthly data", () => {
      const none = scorecardResults({ kpis: KPI_RESULTS.map((r) => ({ ...r, monthly: null })) });
      expect(buildChartDataSheet(none)).toBeNull();
    });

    it("leaves gaps blank and has no rolling reference for a short series", () => {
      const short = KPI_RESULTS[3]!;
      const monthly = {
        ...short.monthly!,
        values: [10, null, 12],
        months: short.monthly!.months.slice(0, 3),
        rolling12: [null, null, null],
        rolling: { kind: "total" as const, values: [null, null, null] },
        spc: { ...short.monthly!.spc, limits: null, points: [], segments: [] },
      };
      const data2 = buildChartDataSheet(scorecardResults({ kpis: [{ ...short, monthly }] }))!;
      const header = findRow(data2.sheet, 0, "ASB Incidents (P1-04)") + 1;
      expect(cellAt(data2.sheet, header + 2, 1)?.value).toBeNull();
      expect(data2.refs[0]?.rolling).toBeNull();
      expect(data2.refs[0]?.limits).toBeNull();
    });
  });
});
