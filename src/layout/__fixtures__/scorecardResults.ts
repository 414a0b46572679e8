/**
 * Hand-built `ScorecardResults` for layout tests, from seed 000's published figures (Figures 1, 4 and 11, the
 * geographical exceptions and the section 3 finance table) and seed 002's themes. Built by hand, not by calc, so
 * layout tests pin layout alone.
 */
import { testKpi } from "../../model/testing/testKpi";
import type { Issue } from "../../model/issue";
import type { Kpi, RagStatus, Settings } from "../../model/kpi";
import { DEFAULT_SETTINGS } from "../../model/kpi";
import { issue } from "../../messages";
import type { Month } from "../../model/period";
import { month, monthFromIndex, monthIndex, quarter } from "../../model/period";
import type {
  Change,
  ExceptionResult,
  FinanceLineResult,
  KpiResult,
  MonthlySeries,
  RagResult,
  RollingKind,
  ScorecardResults,
  SpcPoint,
  ThemeResult,
  Trend,
} from "../../model/results";

export const P1 = "Reduce the number of victims of crime and anti-social behaviour";
export const P2 = "Reduce the number of people seriously harmed in Dorset";
export const P5 = "Increase people's satisfaction with policing in Dorset";
export const P6 = "Resources and efficiency";

export const SETTINGS: Settings = {
  ...DEFAULT_SETTINGS,
  organisation: "Dorset Police & Crime Panel",
  reportTitle: "Police and Crime Plan 2013-17: Progress against Plan and Priorities",
  financeUnitLabel: "£000's",
};

const YTD_PREVIOUS = "Apr - Sep 2012/13";
const YTD_CURRENT = "Apr - Sep 2013/14";

export function kpi(fields: Partial<Kpi> & Pick<Kpi, "id" | "name" | "priority">): Kpi {
  return testKpi(fields);
}

export function rag(status: RagStatus | null, basis: RagResult["basis"] = status === null ? "none" : "target", computed = status): RagResult {
  return { status, basis, computed, reason: "" };
}

/** Change as calc reports it: points only for percentages, percent only for amounts. */
export function changeOf(previous: number | null, current: number | null, unit: Kpi["unit"]): Change {
  if (previous === null || current === null) return { actual: null, percent: null, points: null };
  const actual = Number((current - previous).toPrecision(12));
  if (unit === "percent") return { actual, percent: null, points: actual };
  return { actual, percent: previous === 0 ? null : Number(((actual / Math.abs(previous)) * 100).toPrecision(12)), points: null };
}

export function trendOf(direction: Trend["direction"], assessment: Trend["assessment"]): Trend {
  return { direction, assessment };
}

export function kpiResult(
  k: Kpi,
  previous: number | null,
  current: number | null,
  fields: Partial<Omit<KpiResult, "kpi" | "previous" | "current">> = {},
): KpiResult {
  return {
    kpi: k,
    previous,
    current,
    previousLabel: YTD_PREVIOUS,
    currentLabel: YTD_CURRENT,
    change: changeOf(previous, current, k.unit),
    changeFromBaseline: null,
    rag: rag(null),
    previousRag: rag(null),
    trend: trendOf(null, null),
    monthly: null,
    trajectory: null,
    commentary: "",
    ...fields,
  };
}

/**
 * A monthly series from `start`, with rolling totals and XmR limits worked out the textbook way; points beyond a
 * limit are marked special cause, improving or concerning by polarity.
 */
export function monthlySeries(start: Month, values: readonly (number | null)[], polarity: Kpi["polarity"], rollingKind: RollingKind = "total"): MonthlySeries {
  const months = values.map((_, i) => monthFromIndex(monthIndex(start) + i));
  const rolling = (n: number) =>
    values.map((_, i) => {
      if (i + 1 < n) return null;
      const window = values.slice(i + 1 - n, i + 1);
      return window.some((v) => v === null) ? null : window.reduce<number>((a, v) => a + (v ?? 0), 0);
    });
  const present = values.filter((v): v is number => v !== null);
  const mean = present.reduce((a, v) => a + v, 0) / present.length;
  const ranges = present.slice(1).map((v, i) => Math.abs(v - (present[i] ?? v)));
  const mr = ranges.reduce((a, v) => a + v, 0) / Math.max(1, ranges.length);
  const limits = {
    mean,
    meanMovingRange: mr,
    upper: mean + 2.66 * mr,
    lower: mean - 2.66 * mr,
    upperWarning: mean + 1.77 * mr,
    lowerWarning: mean - 1.77 * mr,
  };
  const points: SpcPoint[] = values.map((value) => {
    if (value === null || (value <= limits.upper && value >= limits.lower)) return { value, rules: [], cause: null };
    const high = value > limits.upper;
    const good = polarity === "neutral" ? null : (polarity === "higher-is-better") === high;
    return { value, rules: ["beyond-limit"], cause: good === null ? "neither" : good ? "improvement" : "concern" };
  });
  const last = points[points.length - 1];
  return {
    months,
    values,
    rolling12: rolling(12),
    rolling6: rolling(6),
    rolling: { kind: rollingKind, values: rollingKind === "total" ? rolling(12) : rolling(12).map((v) => (v === null ? null : v / 12)) },
    spc: {
      limits,
      points,
      variation:
        last?.cause === "improvement"
          ? "special-cause-improving"
          : last?.cause === "concern"
            ? "special-cause-concerning"
            : last?.cause === "neither"
              ? "special-cause-neither"
              : "common-cause",
      assurance: null,
      segments: [{ start: 0, end: values.length - 1, startsWith: "series", baseline: { start: 0, end: values.length - 1 }, limits, baselineValues: present.length }],
      valueCount: present.length,
      minimumValues: 13,
      proposal: null,
    },
  };
}

// Seed 000, Figure 2: total crime by month from April 2011; Apr-Sep 2012 adds to 21,012 and Apr-Sep 2013 to 19,581.
export const TOTAL_CRIME_MONTHS = [
  3900, 3850, 3700, 3950, 3800, 3600, 3550, 3400, 3300, 3200, 3100, 3350,
  3612, 3540, 3498, 3602, 3480, 3280, 3350, 3190, 3050, 3020, 2960, 3180,
  3290, 3310, 3240, 3420, 3300, 3021,
];
// Seed 000, Figure 3: ASB incidents from April 2012; Apr-Sep 2012 adds to 18,315 and Apr-Sep 2013 to 17,088.
export const ASB_MONTHS = [2900, 3050, 3100, 3300, 3250, 2715, 2500, 2300, 2200, 2100, 2050, 2400, 2750, 2900, 2850, 3050, 2950, 2588];
// Positive outcome rate by month from October 2012, a percentage.
export const POSITIVE_OUTCOME_MONTHS = [20.5, 21.0, 21.8, 22.0, 22.4, 23.0, 24.1, 24.8, 25.0, 25.6, 25.9, 25.8];

export const KPIS = {
  totalCrime: kpi({ id: "P1-01", priority: P1, name: "Total Crime", target: { kind: "change", comparator: ">=", percent: 1, direction: "reduction" }, targetText: "≥ 1%" }),
  positiveOutcomes: kpi({
    id: "P1-02",
    priority: P1,
    name: "Positive Outcome Rate",
    unit: "percent",
    polarity: "higher-is-better",
    aggregation: "average",
    target: { kind: "level", comparator: ">=", value: 25.5 },
    targetText: "≥ 25.5%",
    decimals: 1,
  }),
  repeatVictims: kpi({ id: "P1-03", priority: P1, name: "Number of Repeat Victims" }),
  asb: kpi({ id: "P1-04", priority: P1, name: "ASB Incidents" }),
  burglary: kpi({ id: "P1-07", priority: P1, name: "Dwelling Burglary" }),
  burglarySdr: kpi({ id: "P1-08", priority: P1, name: "Sanction Detection Rate", parentId: "P1-07", unit: "percent", polarity: "higher-is-better", aggregation: "average", decimals: 1 }),
  violence: kpi({ id: "P2-01", priority: P2, name: "Most Serious Violent Crime", baseline: { value: 40, label: "2019 baseline" } }),
  alcohol: kpi({ id: "P2-04", priority: P2, name: "Alcohol Related Violent Crime" }),
  ksi: kpi({
    id: "P2-08",
    priority: P2,
    name: "Number of people killed or seriously injured",
    trajectory: { baselineValue: 409.16, baselineYear: 2009, yearBasis: "calendar", annualChangePercent: -4 },
  }),
  communityPriorities: kpi({
    id: "P5-01",
    priority: P5,
    name: "Percentage of people who think the police are dealing with community priorities",
    unit: "percent",
    polarity: "higher-is-better",
    aggregation: "last",
    comparison: { window: "latest", against: "previous-period" },
  }),
  progressUpdates: kpi({
    id: "P5-03",
    priority: P5,
    name: "Victim satisfaction with progress updates made by police officers and staff",
    unit: "percent",
    polarity: "higher-is-better",
    aggregation: "average",
    target: { kind: "rank", comparator: ">=", position: 3, group: "MSG" },
    targetText: "≥ 3rd in MSG",
  }),
  calls999: kpi({
    id: "P5-05",
    priority: P5,
    name: "Percentage of 999 calls answered in 10 seconds",
    unit: "percent",
    polarity: "higher-is-better",
    aggregation: "average",
    target: { kind: "level", comparator: ">=", value: 95 },
    targetText: "≥ 95%",
  }),
  answerTime: kpi({ id: "P5-09", priority: P5, name: "Average 101 answer time", unit: "duration", aggregation: "average", target: { kind: "direction", direction: "down" }, targetText: "↓" }),
  fundsSecured: kpi({ id: "P6-01", priority: P6, name: "Money secured from competitive national funds", unit: "currency", polarity: "higher-is-better", target: { kind: "direction", direction: "up" }, targetText: "↑" }),
  efficiency: kpi({ id: "P6-02", priority: P6, name: "Efficiency assessment by HMICFRS", unit: "grade", polarity: "higher-is-better", aggregation: "last", target: { kind: "grade", grade: "adequate" }, targetText: "ADQ." }),
  publicOpinion: kpi({ id: "P6-03", priority: P6, name: "Public opinion", unit: "percent", polarity: "higher-is-better", aggregation: "last", target: { kind: "to-be-confirmed" }, targetText: "TBC" }),
  hateIncidents: kpi({ id: "P6-04", priority: P6, name: "Recorded hate incidents", polarity: "neutral" }),
} as const;

const K = KPIS;

export const KPI_RESULTS: readonly KpiResult[] = [
  kpiResult(K.totalCrime, 21012, 19581, {
    rag: rag("green", "change-target"),
    previousRag: rag("amber", "change-target"),
    trend: trendOf("down", "improving"),
    monthly: monthlySeries(month(2011, 4 /* Apr */), TOTAL_CRIME_MONTHS, "lower-is-better"),
    commentary: "In the first two quarters of 2013/14 crime has decreased by 6.8% or 1,431 fewer crimes.",
  }),
  kpiResult(K.positiveOutcomes, 21.1, 25.2, {
    rag: rag("amber"),
    previousRag: rag("red"),
    trend: trendOf("up", "improving"),
    monthly: monthlySeries(month(2012, 10 /* Oct */), POSITIVE_OUTCOME_MONTHS, "higher-is-better", "average"),
    commentary: "Just short of the 25.5% target set for the end of the year; on course.",
  }),
  kpiResult(K.repeatVictims, 2922, 2484, { trend: trendOf("down", "improving") }),
  kpiResult(K.asb, 18315, 17088, {
    trend: trendOf("down", "improving"),
    monthly: monthlySeries(month(2012, 4 /* Apr */), ASB_MONTHS, "lower-is-better"),
  }),
  kpiResult(K.burglarySdr, 12.9, 21.6, { trend: trendOf("up", "improving") }),
  kpiResult(K.burglary, 936, 888, { trend: trendOf("down", "improving") }),
  kpiResult(K.violence, 48, 27, {
    trend: trendOf("down", "improving"),
    changeFromBaseline: changeOf(40, 27, "count"),
  }),
  kpiResult(K.alcohol, 972, 1060, { trend: trendOf("up", "worsening") }),
  kpiResult(K.ksi, 200, 184, {
    rag: rag("green", "trajectory"),
    previousRag: rag("red", "trajectory"),
    trend: trendOf("down", "improving"),
    trajectory: { targetForYear: 347.5, yearLabel: "2013", actualToDate: 242, projectedYearEnd: 322.7, onTrack: true, lastYear: { yearLabel: "2012", target: 362.0, actual: 393, actualToDate: 290 } },
  }),
  kpiResult(K.communityPriorities, 68.5, 69.6, {
    previousLabel: "Q1 2013/14",
    currentLabel: "Q2 2013/14",
    trend: trendOf("up", "improving"),
  }),
  kpiResult(K.progressUpdates, 68.8, 70.0, { trend: trendOf("up", "improving") }),
  kpiResult(K.calls999, 95.5, 94.2, {
    rag: rag("amber", "override", "red"),
    previousRag: rag("green"),
    trend: trendOf("down", "worsening"),
    commentary: "Extra call handlers started in September; the rate was back above 95% that month.",
  }),
  kpiResult(K.answerTime, 17.2, 15.6, { rag: rag("green", "direction"), previousRag: rag("amber", "direction"), trend: trendOf("down", "improving") }),
  kpiResult(K.fundsSecured, 512000, 731000, { rag: rag("green", "direction"), trend: trendOf("up", "improving") }),
  kpiResult(K.efficiency, 3, 3, { rag: rag("green", "grade"), previousRag: rag("green", "grade"), trend: trendOf("flat", "neutral") }),
  kpiResult(K.publicOpinion, 46, null),
  kpiResult(K.hateIncidents, 102, 106, { trend: trendOf("up", "neutral") }),
];

const CUT_CRIME = "Cut crime and anti-social behaviour";
const VIOLENCE = "Fight violent crime and high harm";
const VISIBLE = "Make policing more visible and connected";

export const THEMES: readonly ThemeResult[] = [
  { priority: CUT_CRIME, name: "Road Safety", current: "green", previous: "green", commentary: "The PCC funded a 12-month road safety sign trial, following speed complaints from North Dorset residents." },
  { priority: CUT_CRIME, name: "Burglary", current: "amber", previous: "green", commentary: "The PCC issued a blog of 'Top Tips' for staying safe and secure at Christmas." },
  { priority: CUT_CRIME, name: "Fraud & Cyber Crime", current: "green", previous: "green", commentary: "The Online Fraud Charter was signed in October by the UK government and leading tech companies." },
  { priority: VISIBLE, name: "Uplift and Visibility", current: "green", previous: "amber", commentary: "Boscombe police station reopened as an operational base for local policing." },
  { priority: VIOLENCE, name: "Violence Reduction", current: "amber", previous: "amber", commentary: "The PCC commenced recruitment of Serious Violence roles within the office." },
  { priority: VIOLENCE, name: "Modern Slavery", current: "red", previous: null, commentary: "" },
];

export const EXCEPTIONS: readonly ExceptionResult[] = [
  { kpiId: "P1-01", kpiName: "Total Crime", segment: "Bournemouth Central", previous: 2533, current: 2647, change: changeOf(2533, 2647, "count"), segmentsCompared: 11 },
  { kpiId: "P1-01", kpiName: "Total Crime", segment: "Dorchester and Sherborne", previous: 1027, current: 1102, change: changeOf(1027, 1102, "count"), segmentsCompared: 11 },
  { kpiId: "P1-01", kpiName: "Total Crime", segment: "Purbeck", previous: 772, current: 867, change: changeOf(772, 867, "count"), segmentsCompared: 11 },
];

function financeLine(
  line: string,
  group: string,
  kind: FinanceLineResult["line"]["kind"],
  budgetYtd: number,
  actualYtd: number,
  budgetFullYear: number,
  projectionFullYear: number,
  row: number,
): FinanceLineResult {
  return {
    line: {
      line,
      group,
      kind,
      budgetYtd,
      actualYtd,
      budgetFullYear,
      projectionFullYear,
      publishedVarianceYtd: null,
      publishedVarianceFullYear: null,
      source: { sheet: "Finance", cell: `A${row}` },
    },
    varianceYtd: actualYtd - budgetYtd,
    varianceFullYear: projectionFullYear - budgetFullYear,
    computedVarianceYtd: actualYtd - budgetYtd,
    computedVarianceFullYear: projectionFullYear - budgetFullYear,
  };
}

// Seed 000, section 3 (£000's), a selection of its lines.
export const FINANCE: readonly FinanceLineResult[] = [
  financeLine("Territorial Policing", "Operational Commands", "line", 391, 346, 784, 694, 2),
  financeLine("Crime & Criminal Justice", "Operational Commands", "line", 797, 758, 2061, 1891, 3),
  financeLine("Operational Support (Including SEES / RSP)", "Operational Commands", "line", 1563, 1490, 3560, 3605, 4),
  financeLine("Operational Commands Total", "Operational Commands", "total", 2751, 2595, 6405, 6191, 5),
  financeLine("Estates (including PFI)", "Support Services", "line", 3668, 3676, 6861, 6738, 6),
  financeLine("Personnel", "Support Services", "line", 109, 193, 367, 496, 7),
  financeLine("Grant and other income", "Support Services", "line", -7766, -8083, -13552, -14263, 8),
  financeLine("Support Services Total", "Support Services", "total", 50727, 51747, 107017, 107219, 9),
  financeLine("Office of the Police & Crime Commissioner", "", "line", 256, 136, 870, 870, 10),
  financeLine("Total", "", "grand-total", 53733, 54478, 114291, 114280, 11),
];

export const ISSUES: readonly Issue[] = [
  issue("VALUE_FOOTNOTE", { sheet: "KPIs", cell: "J3" }, "25.5% ¹", "¹"),
  issue("TARGET_UNPARSED", { sheet: "KPIs", cell: "J12" }, "about 5%"),
  issue("VALUE_ERROR", { sheet: "Monthly data", cell: "D12" }, "#DIV/0!"),
];

/** The whole fixture: Q2 2013-14 as seed 000 reports it. */
export function scorecardResults(overrides: Partial<ScorecardResults> = {}): ScorecardResults {
  return {
    period: quarter(2013, 2),
    periodLabel: "Q2 2013-14",
    sheetLabel: "Q2 2013-14",
    ytdLabel: "Apr - Sep",
    yearLabel: "2013/14",
    previousYearLabel: "2012/13",
    previousPeriod: quarter(2013, 1),
    previousPeriodLabel: "Q1 2013-14",
    settings: SETTINGS,
    kpis: KPI_RESULTS,
    themes: THEMES,
    exceptions: EXCEPTIONS,
    finance: FINANCE,
    issues: ISSUES,
    ...overrides,
  };
}
