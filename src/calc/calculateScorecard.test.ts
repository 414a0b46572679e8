import { issue, messageText } from "../messages";
import { DEFAULT_SETTINGS } from "../model/kpi";
import type { FinanceLine, KpiModel } from "../model/kpi";
import { month, quarter } from "../model/period";
import { calculateScorecard } from "./calculateScorecard";
import { measurement, monthly, spread, testKpi, testModel } from "./testFixtures";

const at = (cell: string) => ({ sheet: "Notes", cell });

// Seed 000's Q2 2013-14 in miniature: each KPI exercises a different window or data shape.
const totalCrime = testKpi({
  id: "P1-01",
  name: "Total Crime",
  target: { kind: "change", comparator: ">=", percent: 1, direction: "reduction" },
  targetText: "≥ 1%",
  source: { sheet: "KPIs", cell: "A2" },
});
const positiveOutcomeRate = testKpi({
  id: "P1-02",
  name: "Positive Outcome Rate",
  unit: "percent",
  polarity: "higher-is-better",
  aggregation: "average",
  target: { kind: "level", comparator: ">=", value: 25.5 },
  targetText: "≥ 25.5%",
  baseline: { value: 20, label: "2011 baseline" },
});
const repeatCallers = testKpi({ id: "P1-05", name: "Number of Repeat Callers", source: { sheet: "KPIs", cell: "A6" } });
const domesticAbuse = testKpi({
  id: "P2-06",
  name: "Domestic Abuse Incidents",
  comparison: { window: "quarter", against: "previous-period" },
  target: { kind: "direction", direction: "down" },
  targetText: "↓",
});
const ksi = testKpi({
  id: "P2-08",
  name: "Number of people killed or seriously injured",
  trajectory: { baselineValue: 409.16, baselineYear: 2009, yearBasis: "calendar", annualChangePercent: -4 },
});
const victimUpdates = testKpi({
  id: "P5-03",
  name: "Victim satisfaction with progress updates",
  unit: "percent",
  polarity: "higher-is-better",
  aggregation: "average",
  comparison: { window: "latest", against: "previous-period" },
  target: { kind: "rank", comparator: "<=", position: 3, group: "MSG" },
  targetText: "≥ 3rd in MSG",
});
const hateIncidents = testKpi({ id: "P2-09", name: "Hate incidents", source: { sheet: "KPIs", cell: "A9" } });

const financeLines: FinanceLine[] = [
  { line: "Territorial Policing", group: "Operational Commands", kind: "line", budgetYtd: 391, actualYtd: 346, budgetFullYear: 784, projectionFullYear: 694, publishedVarianceYtd: -45, publishedVarianceFullYear: -90, source: { sheet: "Finance", cell: "A2" } },
  { line: "Operational Commands Total", group: "Operational Commands", kind: "total", budgetYtd: 391, actualYtd: 346, budgetFullYear: 784, projectionFullYear: 694, publishedVarianceYtd: -45, publishedVarianceFullYear: -91, source: { sheet: "Finance", cell: "A3" } },
];

const ingestIssue = issue("HEADER_UNKNOWN", { sheet: "KPIs", cell: "T1" }, "Notes to self");

const model: KpiModel = testModel({
  settings: { ...DEFAULT_SETTINGS, organisation: "Dorset Police & Crime Panel" },
  kpis: [totalCrime, positiveOutcomeRate, repeatCallers, domesticAbuse, ksi, victimUpdates, hateIncidents],
  measurements: [
    // Total Crime: Apr-11 .. Sep-13, with seed 000's Apr - Sep totals, and one section's figures.
    ...monthly("P1-01", 2011, 4, new Array(12).fill(3500)),
    ...monthly("P1-01", 2012, 4, [...spread(21012, 6), ...new Array(6).fill(3400)]),
    ...monthly("P1-01", 2013, 4, spread(19581, 6)),
    ...monthly("P1-01", 2012, 4, spread(772, 6), "Purbeck"),
    ...monthly("P1-01", 2013, 4, spread(867, 6), "Purbeck"),
    // Positive Outcome Rate: 21.1% a month last year; 25.2% on average this year, 25.0% in Q1.
    ...monthly("P1-02", 2012, 4, new Array(6).fill(21.1)),
    ...monthly("P1-02", 2013, 4, [24.8, 25.0, 25.2, 25.4, 25.4, 25.4]),
    // Repeat callers: September not in yet.
    ...monthly("P1-05", 2012, 4, spread(1563, 6)),
    ...monthly("P1-05", 2013, 4, [250, 250, 250, 250, 250]),
    // Domestic abuse: this quarter against last.
    ...monthly("P2-06", 2013, 4, [700, 700, 700, 750, 750, 737]),
    // KSIs: 200 -> 184 from April to September, and 242 from January to September 2013.
    ...monthly("P2-08", 2012, 1, [30, 30, 30, ...spread(200, 6), 33, 33, 33]),
    ...monthly("P2-08", 2013, 1, [20, 19, 19, ...spread(184, 6)]),
    // Victim satisfaction: quarterly survey results only.
    measurement("P5-03", quarter(2012, 4), 68.8),
    measurement("P5-03", quarter(2013, 1), 70.0),
  ],
  notes: [
    { kpiId: "P1-02", quarter: quarter(2013, 2), ragOverride: "green", commentary: "Just short of the 25.5% year-end target; on course.", source: at("C2") },
    { kpiId: "P1-01", quarter: quarter(2013, 1), ragOverride: "red", commentary: "Q1 note", source: at("C3") },
  ],
  themes: [
    {
      priority: "Cut crime and ASB",
      name: "Road Safety",
      assessments: [
        { quarter: quarter(2013, 1), rag: "amber", commentary: "Q1 words", source: at("D2") },
        { quarter: quarter(2013, 2), rag: "green", commentary: "The PCC funded a road safety sign trial.", source: at("D3") },
      ],
    },
  ],
  finance: financeLines,
  issues: [ingestIssue],
});

describe("calculateScorecard", () => {
  const results = calculateScorecard(model, quarter(2013, 2), { asOf: month(2013, 10 /* Oct */) });
  const kpi = (id: string) => {
    const found = results.kpis.find((k) => k.kpi.id === id);
    if (!found) throw new Error(`no result for ${id}`);
    return found;
  };

  it("labels the quarter, the year to date and the years", () => {
    expect(results).toMatchObject({
      period: quarter(2013, 2),
      periodLabel: "Q2 2013-14",
      sheetLabel: "Q2 2013-14",
      ytdLabel: "Apr - Sep",
      yearLabel: "2013/14",
      previousYearLabel: "2012/13",
      previousPeriod: quarter(2013, 1),
      previousPeriodLabel: "Q1 2013-14",
    });
    expect(results.settings.organisation).toBe("Dorset Police & Crime Panel");
  });

  it("keeps one result per KPI, in register order", () => {
    expect(results.kpis.map((k) => k.kpi.id)).toEqual(["P1-01", "P1-02", "P1-05", "P2-06", "P2-08", "P5-03", "P2-09"]);
  });

  describe("a year-to-date count (Total Crime)", () => {
    const r = kpi("P1-01");

    it("reports Apr - Sep against the same months last year", () => {
      expect(r).toMatchObject({ current: 19581, previous: 21012, currentLabel: "Apr - Sep 2013/14", previousLabel: "Apr - Sep 2012/13" });
      expect(r.change.actual).toBe(-1431);
      expect(r.change.percent?.toFixed(1)).toBe("-6.8");
    });

    it("judges the change target and the trend by polarity", () => {
      expect(r.rag).toMatchObject({ status: "green", basis: "change-target" });
      expect(r.trend).toEqual({ direction: "down", assessment: "improving" });
    });

    it("applies last quarter's override to last quarter's RAG", () => {
      expect(r.previousRag).toMatchObject({ status: "red", basis: "override", computed: "green" });
    });

    it("gives the monthly series to the quarter end with rolling totals and SPC", () => {
      const monthlySeries = r.monthly;
      expect(monthlySeries?.months).toHaveLength(30);
      expect(monthlySeries?.months[0]).toEqual(month(2011, 4 /* Apr */));
      expect(monthlySeries?.months[29]).toEqual(month(2013, 9 /* Sep */));
      expect(monthlySeries?.rolling12[10]).toBeNull();
      expect(monthlySeries?.rolling12[11]).toBe(42000);
      expect(monthlySeries?.rolling6[29]).toBe(19581);
      expect(monthlySeries?.spc.limits).not.toBeNull();
      expect(monthlySeries?.spc.points).toHaveLength(30);
    });

    it("has no baseline change without a baseline, and empty commentary without a note", () => {
      expect(r.changeFromBaseline).toBeNull();
      expect(r.commentary).toBe("");
    });
  });

  describe("a year-to-date rate with an override (Positive Outcome Rate)", () => {
    const r = kpi("P1-02");

    it("averages the months and gives the change in points", () => {
      expect(r).toMatchObject({ current: 25.2, previous: 21.1 });
      expect(r.change).toEqual({ actual: 4.1, percent: null, points: 4.1 });
    });

    it("shows the analyst's RAG and keeps the computed one", () => {
      expect(r.rag).toMatchObject({ status: "green", basis: "override", computed: "amber" });
      expect(r.commentary).toBe("Just short of the 25.5% year-end target; on course.");
    });

    it("computes last quarter's RAG from Apr - Jun", () => {
      expect(r.previousRag).toMatchObject({ status: "amber", basis: "target" });
      expect(r.previousRag.reason).toBe("25% against ≥ 25.5%: within 5% tolerance");
    });

    it("computes the change from the baseline", () => {
      expect(r.changeFromBaseline).toEqual({ actual: 5.2, percent: null, points: 5.2 });
    });

    it("keeps months without data as gaps in the series, and no rolling total over them", () => {
      expect(r.monthly?.months).toHaveLength(18);
      expect(r.monthly?.values[6]).toBeNull(); // Oct-12
      expect(r.monthly?.rolling12.every((v) => v === null)).toBe(true);
      expect(r.monthly?.rolling6[5]).toBeCloseTo(126.6, 10);
    });
  });

  describe("a quarter against the previous quarter (Domestic Abuse)", () => {
    const r = kpi("P2-06");

    it("compares Jul - Sep with Apr - Jun", () => {
      expect(r).toMatchObject({ current: 2237, previous: 2100, currentLabel: "Q2 2013-14", previousLabel: "Q1 2013-14" });
      expect(r.rag).toMatchObject({ status: "red", basis: "direction" });
    });

    it("cannot judge last quarter without the quarter before it", () => {
      expect(r.previousRag).toMatchObject({ status: null, reason: "No previous figure to compare with" });
    });
  });

  describe("a trajectory (KSIs)", () => {
    const r = kpi("P2-08");

    it("reports Apr - Sep 200 -> 184 and judges on the calendar-year trajectory", () => {
      expect(r).toMatchObject({ current: 184, previous: 200 });
      expect(r.trajectory).toMatchObject({ yearLabel: "2013", actualToDate: 242, onTrack: true });
      expect(r.trajectory?.projectedYearEnd).toBeCloseTo(322.67, 2);
      expect(r.rag).toMatchObject({ status: "green", basis: "trajectory" });
    });
  });

  describe("quarter-level data in a latest window (victim satisfaction)", () => {
    const r = kpi("P5-03");

    it("reports the newest quarter against the one before it", () => {
      expect(r).toMatchObject({ current: 70, previous: 68.8, currentLabel: "Q1 2013-14", previousLabel: "Q4 2012-13" });
      expect(r.change.points).toBe(1.2);
    });

    it("does not judge a rank target and has no monthly series", () => {
      expect(r.rag.status).toBeNull();
      expect(r.monthly).toBeNull();
    });
  });

  it("lists the exceptions", () => {
    expect(results.exceptions).toEqual([
      expect.objectContaining({ kpiId: "P1-01", segment: "Purbeck", previous: 772, current: 867 }),
    ]);
  });

  it("gives the themes this quarter and last", () => {
    expect(results.themes).toEqual([
      { priority: "Cut crime and ASB", name: "Road Safety", current: "green", previous: "amber", commentary: "The PCC funded a road safety sign trial." },
    ]);
  });

  it("shows the finance variances as published, computing them as a check", () => {
    expect(results.finance.map((f) => [f.varianceYtd, f.varianceFullYear])).toEqual([
      [-45, -90],
      [-45, -91],
    ]);
    expect(results.finance.map((f) => [f.computedVarianceYtd, f.computedVarianceFullYear])).toEqual([
      [-45, -90],
      [-45, -90],
    ]);
  });

  describe("issues", () => {
    it("keeps the model's issues first", () => {
      expect(results.issues[0]).toEqual(ingestIssue);
    });

    it("reports a KPI with no value for the period, at its register row", () => {
      expect(results.issues).toContainEqual(
        issue("KPI_NO_DATA", { sheet: "KPIs", cell: "A9" }, "Hate incidents", "Apr - Sep 2013/14"),
      );
      expect(kpi("P2-09").rag.reason).toBe("No target");
    });

    it("reports a figure that covers only part of its window", () => {
      expect(results.issues).toContainEqual(
        expect.objectContaining({
          code: "KPI_PARTIAL_DATA",
          cell: "A6",
          message: messageText("KPI_PARTIAL_DATA", "Number of Repeat Callers", "Apr - Sep 2013/14", "5", "6"),
        }),
      );
    });

    it("adds the finance checks", () => {
      expect(results.issues.filter((i) => i.code.startsWith("FINANCE")).map((i) => i.code)).toEqual([
        "FINANCE_VARIANCE_ROUNDING",
        "FINANCE_TOTAL_ROUNDING",
      ]);
    });
  });

  describe("SPC limits the analyst sets", () => {
    // Fourteen months around 96.5 from Apr-12, then ten around 100.5 from Jun-13: a shift still running in Mar-14.
    const values = [96, 97, 96, 97, 96, 97, 96, 97, 96, 97, 96, 97, 96, 97, 100, 101, 100, 101, 100, 101, 100, 101, 100, 101];
    const source = { sheet: "KPIs", cell: "T5" };
    const build = (spc: Partial<NonNullable<ReturnType<typeof testKpi>["spc"]>> | null, settings = DEFAULT_SETTINGS, series = values) => {
      const rate = testKpi({
        id: "R",
        name: "Rate",
        unit: "percent",
        polarity: "higher-is-better",
        aggregation: "average",
        ...(spc ? { spc: { baseline: null, recalculateFrom: [], source, ...spc } } : {}),
      });
      const results = calculateScorecard(testModel({ settings, kpis: [rate], measurements: monthly("R", 2012, 4, series) }), quarter(2013, 4));
      // Only the SPC issues: the rate's plain average of its months is noted too (AVERAGE_UNWEIGHTED), not the subject here.
      return { ...results, issues: results.issues.filter((i) => i.code.startsWith("SPC_")) };
    };

    it("proposes a recalculation where a shift still running began, never applying it", () => {
      const results = build(null);
      expect(results.kpis[0]?.monthly?.spc.segments).toHaveLength(1);
      expect(results.issues).toEqual([
        issue("SPC_RECALCULATION_PROPOSED", { sheet: "KPIs", cell: "A2" }, "Rate", "10", "above", "Jun-13"),
      ]);
    });

    it("takes limits from a baseline period", () => {
      const spc = build({ baseline: { kind: "period", from: month(2012, 4), to: month(2013, 3) } }).kpis[0]?.monthly?.spc;
      expect(spc?.segments[0]?.baseline).toEqual({ start: 0, end: 11 });
      expect(spc?.limits?.mean).toBe(96.5);
    });

    it("recalculates from the months recorded", () => {
      const results = build({ recalculateFrom: [month(2013, 6)] });
      expect(results.kpis[0]?.monthly?.spc.segments.map((s) => [s.start, s.startsWith])).toEqual([
        [0, "series"],
        [14, "recalculation"],
      ]);
      expect(results.issues).toEqual([]);
    });

    it("reports a recalculation or baseline outside the months charted, at the cell that gave it", () => {
      const results = build({ recalculateFrom: [month(2015, 1)], baseline: { kind: "period", from: month(2010, 4), to: month(2011, 3) } });
      expect(results.issues.map((i) => [i.code, i.cell])).toEqual([
        ["SPC_CHANGE_OUTSIDE_DATA", "T5"],
        ["SPC_BASELINE_OUTSIDE_DATA", "T5"],
        ["SPC_RECALCULATION_PROPOSED", "T5"],
      ]);
      expect(results.issues[0]?.message).toBe(messageText("SPC_CHANGE_OUTSIDE_DATA", "Rate", "Jan-15", "Apr-12", "Mar-14"));
    });

    describe("with history older than the months charted", () => {
      // Three years around 90 from Apr-09, then the months above: the charts start in Apr-11 (this year and two before).
      const history = [...Array.from({ length: 36 }, (_, i) => 89 + (i % 3)), ...values];
      const buildLong = (setting: Parameters<typeof build>[0]) => {
        const rate = testKpi({
          id: "R",
          name: "Rate",
          unit: "percent",
          polarity: "higher-is-better",
          aggregation: "average",
          ...(setting ? { spc: { baseline: null, recalculateFrom: [], source, ...setting } } : {}),
        });
        return calculateScorecard(testModel({ kpis: [rate], measurements: monthly("R", 2009, 4, history) }), quarter(2013, 4));
      };
      const firstMonth = (results: ReturnType<typeof buildLong>) => results.kpis[0]?.monthly?.months[0];

      it("charts and takes limits from the window alone without the analyst's word", () => {
        expect(firstMonth(buildLong(null))).toEqual(month(2011, 4));
      });

      it("reaches back to a baseline period before the window", () => {
        const results = buildLong({ baseline: { kind: "period", from: month(2009, 4), to: month(2010, 3) } });
        expect(firstMonth(results)).toEqual(month(2009, 4));
        expect(results.kpis[0]?.monthly?.spc.segments[0]?.baseline).toEqual({ start: 0, end: 11 });
        expect(results.kpis[0]?.monthly?.spc.limits?.mean).toBe(90);
      });

      it("starts at the latest recalculation before the window, an older one no issue", () => {
        const results = buildLong({ recalculateFrom: [month(2009, 10), month(2010, 4)] });
        expect(firstMonth(results)).toEqual(month(2010, 4));
        expect(results.issues.map((i) => i.code)).not.toContain("SPC_CHANGE_OUTSIDE_DATA");
      });

      it("takes the series' own first points for a first-points baseline", () => {
        const results = buildLong({ baseline: { kind: "first-points", count: 12 } });
        expect(firstMonth(results)).toEqual(month(2009, 4));
        expect(results.kpis[0]?.monthly?.spc.limits?.mean).toBe(90);
      });
    });

    it("screens outliers when the settings say so", () => {
      // One jump of 19 (97 to 116) among 22 ranges of 1: over 3.267 x the mean moving range of 41 / 23.
      const jump = [...values.slice(0, 14), ...values.slice(14).map((v) => v + 16)];
      const screened = build(null, { ...DEFAULT_SETTINGS, spcScreenOutliers: true }, jump).kpis[0]?.monthly?.spc.limits;
      const plain = build(null, DEFAULT_SETTINGS, jump).kpis[0]?.monthly?.spc.limits;
      expect(plain?.meanMovingRange).toBeCloseTo(41 / 23, 10);
      expect(screened?.meanMovingRange).toBe(1);
    });
  });

  describe("edge cases", () => {
    it("leaves out values for periods after asOf", () => {
      const later = testModel({
        kpis: [testKpi({ id: "A", comparison: { window: "latest", against: "previous-period" } })],
        measurements: monthly("A", 2013, 9 /* Sep */, [1, 2, 3]),
      });
      expect(calculateScorecard(later, quarter(2013, 3), { asOf: month(2013, 10 /* Oct */) }).kpis[0]?.current).toBe(2);
      expect(calculateScorecard(later, quarter(2013, 3)).kpis[0]?.current).toBe(3);
    });

    it("gives SPC assurance only where a month is on the target's scale: not for a total against a period target", () => {
      // £1.7m is a target for the six months' total; a month of about £290k says nothing about it.
      const spend = testKpi({ id: "M", unit: "currency", polarity: "higher-is-better", target: { kind: "level", comparator: ">=", value: 1700000 } });
      const rate = testKpi({ id: "R", unit: "percent", polarity: "higher-is-better", aggregation: "average", target: { kind: "level", comparator: ">=", value: 90 } });
      const months = testModel({
        kpis: [spend, rate],
        measurements: [
          ...monthly("M", 2012, 4, [...spread(1500000, 6), ...spread(1500000, 6)]),
          ...monthly("M", 2013, 4, spread(1731000, 6)),
          ...monthly("R", 2012, 4, [86, 87, 86.5, 87, 86, 86.2, 86, 87, 86.5, 87, 86, 86.2]),
          ...monthly("R", 2013, 4, [87, 86.5, 87, 86.8, 87.2, 86.9]),
        ],
      });
      const [m, r] = calculateScorecard(months, quarter(2013, 2)).kpis;
      expect(m?.rag.status).toBe("green");
      expect(m?.monthly?.spc.limits).not.toBeNull();
      expect(m?.monthly?.spc.assurance).toBeNull();
      expect(r?.monthly?.spc.assurance).toBe("consistently-failing");
    });

    it("calculates an empty model", () => {
      const empty = calculateScorecard(testModel({}), quarter(2013, 2));
      expect(empty).toMatchObject({ kpis: [], themes: [], exceptions: [], finance: [], issues: [] });
    });
  });
});

describe("calculateScorecard, figures too large to hold", () => {
  it("says so, located at the KPI, when its values add up past the largest number (rather than show No data)", () => {
    const huge = testKpi({ id: "X-01", name: "Mistyped", source: { sheet: "KPIs", cell: "A7" } });
    const results = calculateScorecard(
      testModel({ kpis: [huge], measurements: monthly("X-01", 2013, 4, [1e308, 1e308, 5, 5, 5, 5]) }),
      quarter(2013, 2),
      { asOf: month(2013, 10 /* Oct */) },
    );
    expect(results.issues).toContainEqual(issue("FIGURE_OVERFLOW", { sheet: "KPIs", cell: "A7" }, "Mistyped", results.kpis[0]!.currentLabel));
  });
});
