import { buildChartDataSheet } from "./buildChartDataSheet";
import { buildChartsSheet, CHART_GRID } from "./buildChartsSheet";
import { cellAt, findRow } from "./__fixtures__/planCells";
import { KPI_RESULTS, scorecardResults } from "./__fixtures__/scorecardResults";

const results = scorecardResults();
const data = buildChartDataSheet(results)!;
const sheet = buildChartsSheet(results, data.refs);
const chart = (id: string) => sheet.charts.find((c) => c.id === id)!;

describe("buildChartsSheet", () => {
  it("names the sheet for the quarter", () => {
    expect(sheet.name).toBe("Charts Q2 2013-14");
    expect(sheet.role).toBe("charts");
  });

  it("makes two charts per KPI with a monthly series", () => {
    expect(sheet.charts.map((c) => c.id)).toEqual([
      "P1-01-monthly-rolling",
      "P1-01-control",
      "P1-02-monthly-rolling",
      "P1-02-control",
      "P1-04-monthly-rolling",
      "P1-04-control",
    ]);
  });

  it("names the KPI in each chart's title", () => {
    expect(chart("P1-01-monthly-rolling").title).toBe("Total Crime: monthly and rolling 12-month total");
    expect(chart("P1-01-control").title).toBe("Total Crime: control chart");
  });

  it("shows monthly columns on the primary axis and the rolling 12 months as a line on the secondary", () => {
    const c = chart("P1-01-monthly-rolling");
    const crime = data.refs[0]!;
    expect(c.kind).toBe("monthly-rolling");
    expect(c.categories).toBe(crime.categories);
    expect(c.series.map((s) => [s.values, s.type, s.axis])).toEqual([
      [crime.values, "column", "primary"],
      [crime.rolling, "line", "secondary"],
    ]);
    expect(c.secondaryAxisTitle).toBe("Rolling 12 months");
    expect(c.numberFormat).toBe("#,##0");
  });

  it("keeps a rolling average on the months' own axis", () => {
    const c = chart("P1-02-monthly-rolling");
    expect(c.series[1]).toMatchObject({ name: "Rolling 12-month average", axis: "primary" });
    expect(c.secondaryAxisTitle).toBeNull();
    expect(c.numberFormat).toBe("0.0%");
  });

  it("titles a percentile's chart without a rolling line, and names a weighted average as one", () => {
    const rate = KPI_RESULTS[1]!;
    const only = (rolling: NonNullable<typeof rate.monthly>["rolling"]) => {
      const one = scorecardResults({ kpis: [{ ...rate, monthly: { ...rate.monthly!, rolling } }] });
      return buildChartsSheet(one, buildChartDataSheet(one)!.refs).charts.find((c) => c.id === "P1-02-monthly-rolling")!;
    };
    expect(only(null)).toMatchObject({ title: "Positive Outcome Rate: monthly (a percentile: never averaged)" });
    expect(only(null).series.map((s) => s.name)).not.toContain("Rolling 12-month average");
    const weighted = only({ kind: "weighted-average", values: rate.monthly!.rolling!.values });
    expect(weighted.title).toBe("Positive Outcome Rate: monthly and rolling 12-month weighted average");
  });

  it("draws a control chart: values with markers, the mean, and dashed limits", () => {
    const c = chart("P1-01-control");
    const limits = data.refs[0]!.limits!;
    expect(c.kind).toBe("control");
    expect(c.series.slice(0, 4).map((s) => [s.name, s.values, s.markers, s.dash])).toEqual([
      ["Monthly value", data.refs[0]!.values, true, "solid"],
      ["Mean", limits.mean, false, "solid"],
      ["Upper control limit", limits.upper, false, "dash"],
      ["Lower control limit", limits.lower, false, "dash"],
    ]);
  });

  it("points every series at the chart data sheet with absolute references", () => {
    for (const c of sheet.charts) {
      for (const ref of [c.categories, ...c.series.map((s) => s.values)]) {
        expect(ref).toMatch(/^'Chart data Q2 2013-14'!\$[A-Z]+\$\d+:\$[A-Z]+\$\d+$/);
      }
    }
  });

  it("lays the charts out two to a row, without overlaps", () => {
    const [a, b, c] = sheet.charts;
    expect(a!.from.row).toBe(b!.from.row);
    expect(b!.from.col).toBeGreaterThan(a!.to.col);
    expect(c!.from.row).toBeGreaterThan(a!.to.row);
    expect(a!.to.row - a!.from.row + 1).toBe(CHART_GRID.rowsPerChart);
    expect(a!.to.col - a!.from.col + 1).toBe(CHART_GRID.columnsPerChart);
  });

  it("captions each pair with the KPI and its SPC marks", () => {
    const caption = cellAt(sheet, sheet.charts[0]!.from.row - 1, 0)?.value;
    expect(caption).toMatch(/^Total Crime \(P1-01\): (common|special) cause variation/);
  });

  it("has print settings and covers the charts with rows", () => {
    expect(sheet.print).toMatchObject({ orientation: "landscape", paperSize: "A4", fitToWidth: 1 });
    const rows = sheet.blocks[0]!.cells.length;
    expect(rows).toBeGreaterThan(sheet.charts[sheet.charts.length - 1]!.to.row);
  });

  describe("as Making Data Count draws it", () => {
    it("draws each special cause's point over the grey values in its colour: blue improvement, orange concern", () => {
      const c = chart("P1-01-control");
      expect(c.series[0]).toMatchObject({ name: "Monthly value", color: "#A6A6A6", markers: true, dash: "solid" });
      const causes = new Set(KPI_RESULTS[0]!.monthly!.spc.points.map((p) => p.cause).filter((x) => x !== null));
      expect(causes.size).toBeGreaterThan(0);
      const signals = c.series.filter((x) => x.name.startsWith("Special cause"));
      expect(signals.map((x) => [x.name, x.color, x.dash, x.markers])).toEqual(
        ["improvement", "concern", "neither"]
          .filter((cause) => causes.has(cause as "improvement"))
          .map((cause) => [`Special cause: ${cause}`, { improvement: "#00B0F0", concern: "#E46C0A", neither: "#490092" }[cause], "none", true]),
      );
      expect(signals.map((x) => x.values)).toEqual(signals.map((x) => data.refs[0]!.signals[x.name.slice("Special cause: ".length) as "concern"]));
    });

    it("draws the target as a red dashed line on both charts, on the rolling line's axis for a year's target", () => {
      const rate = KPI_RESULTS[1]!;
      const target = rate.monthly!.values.map(() => 25.5);
      const r = scorecardResults({ kpis: [{ ...rate, monthly: { ...rate.monthly!, target, rolling12Target: target } }] });
      const refs = buildChartDataSheet(r)!.refs;
      const charts = buildChartsSheet(r, refs).charts;
      for (const c of charts) expect(c.series.find((x) => x.name === "Target")).toMatchObject({ color: "#DE1B1B", dash: "dash" });
      expect(charts[0]!.series.find((x) => x.name === "Target")?.values).toBe(refs[0]!.rollingTarget);
      expect(charts[1]!.series.find((x) => x.name === "Target")?.values).toBe(refs[0]!.target);
      // The KSI trajectory is a year's total: it goes with the rolling 12-month total, on the right-hand axis.
      const ksi = { ...KPI_RESULTS[0]!, kpi: { ...KPI_RESULTS[0]!.kpi, trajectory: { baselineValue: 409.16, baselineYear: 2009, yearBasis: "calendar" as const, annualChangePercent: -4 } } };
      const annual = ksi.monthly!.values.map(() => 347.5);
      const rk = scorecardResults({ kpis: [{ ...ksi, monthly: { ...ksi.monthly!, target: annual.map((t) => t / 12), rolling12Target: annual } }] });
      const ksiCharts = buildChartsSheet(rk, buildChartDataSheet(rk)!.refs).charts;
      expect(ksiCharts[0]!.series.find((x) => x.name === "Target")?.axis).toBe("secondary");
    });

    it("starts a control chart's axis near its figures, so the signals are not squashed against zero", () => {
      expect(chart("P1-01-control").axisMin).toBeGreaterThan(0);
      expect(chart("P1-01-monthly-rolling").axisMin).toBeUndefined();
    });

    it("marks the baseline months with a pale band, behind the values", () => {
      const ref = { ...data.refs[0]!, baseline: data.refs[0]!.limits!.mean };
      const c = buildChartsSheet(results, [ref]).charts[1]!;
      expect(c.series.map((x) => x.name).slice(0, 2)).toEqual(["Baseline", "Monthly value"]);
      expect(c.series[0]).toMatchObject({ lineWidthPt: 6, markers: false });
    });

    it("says in the caption where limits were recalculated or a recalculation is proposed", () => {
      const base = KPI_RESULTS[0]!;
      const spc = base.monthly!.spc;
      const months = base.monthly!.months;
      const recalculated = {
        ...base,
        monthly: {
          ...base.monthly!,
          spc: {
            ...spc,
            segments: [...spc.segments.map((s) => ({ ...s, end: 11 })), { ...spc.segments[0]!, start: 12, startsWith: "recalculation" as const }],
            proposal: { index: 20, points: 10, side: "below" as const },
          },
        },
      };
      const r = scorecardResults({ kpis: [recalculated] });
      const s = buildChartsSheet(r, buildChartDataSheet(r)!.refs);
      const caption = String(cellAt(s, s.charts[0]!.from.row - 1, 0)?.value);
      expect(caption).toContain("limits recalculated from Apr-12");
      expect(months[12]).toEqual({ kind: "month", year: 2012, month: 4 });
      expect(caption).toContain("shift since Dec-12: recalculation proposed");
    });
  });

  describe("edge cases", () => {
    it("keeps chart ids unique when KPI ids clean to the same text", () => {
      const twins = [KPI_RESULTS[0]!, { ...KPI_RESULTS[0]!, kpi: { ...KPI_RESULTS[0]!.kpi, id: "P1/01" } }].map((r, i) =>
        i === 0 ? { ...r, kpi: { ...r.kpi, id: "P1 01" } } : r,
      );
      const r = scorecardResults({ kpis: twins });
      const s = buildChartsSheet(r, buildChartDataSheet(r)!.refs);
      expect(new Set(s.charts.map((c) => c.id)).size).toBe(4);
    });

    it("prints no ID the workbook did not give: Robbery, not Robbery (robbery)", () => {
      const made = { ...KPI_RESULTS[0]!, kpi: { ...KPI_RESULTS[0]!.kpi, id: "robbery", name: "Robbery", generatedId: true } };
      const r = scorecardResults({ kpis: [made] });
      const d = buildChartDataSheet(r)!;
      const s = buildChartsSheet(r, d.refs);
      expect(String(cellAt(s, s.charts[0]!.from.row - 1, 0)?.value)).toMatch(/^Robbery: /);
      expect(findRow(d.sheet, 0, "Robbery")).toBeGreaterThan(0);
      expect(JSON.stringify([s, d.sheet])).not.toContain("(robbery)");
    });

    it("draws only the values when there are no limits", () => {
      const ref = { ...data.refs[0]!, limits: null, rolling: null, signals: { improvement: null, concern: null, neither: null } };
      const s = buildChartsSheet(results, [ref]);
      expect(s.charts[1]!.series).toHaveLength(1);
      expect(s.charts[0]!.series).toHaveLength(1);
      expect(findRow(s, 0, "Monthly trends and control charts")).toBe(0);
    });
  });
});

describe("buildChartsSheet page breaks", () => {
  it("breaks the page before a KPI's caption so no chart is cut, one KPI under the title then two a page", () => {
    const captions = sheet.charts.filter((c) => c.kind === "control").map((c) => c.from.row - 1);
    expect(sheet.pageBreakRows).toEqual([captions[1]]);
    const five = scorecardResults({ kpis: [...KPI_RESULTS, ...KPI_RESULTS.map((r) => ({ ...r, kpi: { ...r.kpi, id: `${r.kpi.id}b` } }))] });
    const many = buildChartsSheet(five, buildChartDataSheet(five)!.refs);
    const rows = many.charts.filter((c) => c.kind === "control").map((c) => c.from.row - 1);
    expect(rows).toHaveLength(6);
    expect(many.pageBreakRows).toEqual([rows[1], rows[3], rows[5]]);
  });
});
