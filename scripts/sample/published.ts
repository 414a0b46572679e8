/**
 * The published figures the sample is built from, typed in from seed 000 (Dorset Police & Crime Panel, "Police and
 * Crime Plan 2013-17: Progress against Plan and Priorities", Quarter 2 Report 2013-14, Panel of 7 November 2013).
 * Every number here appears in that report; everything generated from them is in `make-sample.ts`.
 */

export const PRIORITIES = {
  p1: "1. Reduce the number of victims of crime and anti-social behaviour",
  p2: "2. Reduce the number of people seriously harmed in Dorset",
  p4: "4. Reduce re-offending",
  p5: "5. Increase people's satisfaction with policing in Dorset",
  p6: "6. Support neighbourhood policing that is appropriate for both rural and urban communities in Dorset",
} as const;

export type PublishedUnit = "count" | "percent";
export type PublishedPolarity = "lower is better" | "higher is better" | "neutral";

/** A row of Figure 1 or Figure 4: Apr - Sep 2012/13 against Apr - Sep 2013/14. */
export interface YtdKpi {
  readonly id: string;
  readonly name: string;
  readonly parentId?: string;
  readonly unit: PublishedUnit;
  readonly polarity: PublishedPolarity;
  readonly target: string;
  /** Apr - Sep 2012/13 and 2013/14: counts as counts, rates in percent (21.1). */
  readonly previous: number;
  readonly current: number;
  readonly figure: "Figure 1" | "Figure 4";
}

const sdr = (id: string, parentId: string, previous: number, current: number, figure: YtdKpi["figure"]): YtdKpi => ({
  id,
  name: "Sanction Detection Rate",
  parentId,
  unit: "percent",
  polarity: "higher is better",
  target: "",
  previous,
  current,
  figure,
});

/** Figure 1: key performance indicators and targets, 1 April - 30 September 2013. */
export const FIGURE_1: readonly YtdKpi[] = [
  { id: "P1-01", name: "Total Crime", unit: "count", polarity: "lower is better", target: "≥ 1%", previous: 21012, current: 19581, figure: "Figure 1" },
  { id: "P1-02", name: "Positive Outcome Rate", unit: "percent", polarity: "higher is better", target: "≥ 25.5% ¹", previous: 21.1, current: 25.2, figure: "Figure 1" },
  { id: "P1-03", name: "Number of Repeat Victims", unit: "count", polarity: "lower is better", target: "", previous: 2922, current: 2484, figure: "Figure 1" },
  { id: "P1-04", name: "ASB Incidents", unit: "count", polarity: "lower is better", target: "", previous: 18315, current: 17088, figure: "Figure 1" },
  { id: "P1-05", name: "Number of Repeat Callers", unit: "count", polarity: "lower is better", target: "", previous: 1563, current: 1488, figure: "Figure 1" },
  { id: "P1-06", name: "Personal ASB Incidents", unit: "count", polarity: "lower is better", target: "", previous: 2983, current: 2740, figure: "Figure 1" },
  { id: "P1-07", name: "Dwelling Burglary", unit: "count", polarity: "lower is better", target: "", previous: 936, current: 888, figure: "Figure 1" },
  sdr("P1-08", "P1-07", 12.9, 21.6, "Figure 1"),
  { id: "P1-09", name: "Shed, Garage and Beach Hut Breaks", unit: "count", polarity: "lower is better", target: "", previous: 1031, current: 982, figure: "Figure 1" },
  sdr("P1-10", "P1-09", 1.4, 3.5, "Figure 1"),
  { id: "P1-11", name: "Vehicle Crime", unit: "count", polarity: "lower is better", target: "", previous: 2539, current: 2157, figure: "Figure 1" },
  sdr("P1-12", "P1-11", 3.9, 4.0, "Figure 1"),
];

/** Figure 4: key performance indicators, 1 April - 30 September 2013. */
export const FIGURE_4: readonly YtdKpi[] = [
  { id: "P2-01", name: "Most Serious Violent Crime", unit: "count", polarity: "lower is better", target: "", previous: 48, current: 27, figure: "Figure 4" },
  sdr("P2-02", "P2-01", 64.6, 66.7, "Figure 4"),
  { id: "P2-03", name: "Serious Sexual Offences", unit: "count", polarity: "lower is better", target: "", previous: 214, current: 228, figure: "Figure 4" },
  sdr("P2-04", "P2-03", 26.2, 20.6, "Figure 4"),
  { id: "P2-05", name: "Alcohol Related Violent Crime", unit: "count", polarity: "lower is better", target: "", previous: 972, current: 1060, figure: "Figure 4" },
  { id: "P2-06", name: "Domestic Abuse Incidents", unit: "count", polarity: "lower is better", target: "", previous: 4309, current: 4437, figure: "Figure 4" },
  { id: "P2-07", name: "Racially and Religiously Aggravated Crime", unit: "count", polarity: "lower is better", target: "", previous: 83, current: 60, figure: "Figure 4" },
  { id: "P2-08", name: "Number of people killed or seriously injured", unit: "count", polarity: "lower is better", target: "", previous: 200, current: 184, figure: "Figure 4" },
];

/**
 * Para 1.2.12-1.2.13: Dorset Road Safe's KSI target falls 4% a year from a 2005-09 average baseline (calendar
 * years); 2012 target 362, 2013 target 348. The baseline itself is not published: 409.16 is the value that
 * reproduces both targets (409.16 x 0.96^3 = 362.0, x 0.96^4 = 347.5).
 */
export const KSI_TRAJECTORY = { baseline: 409.16, baselineYear: 2009, percentAYear: -4, basis: "calendar" } as const;

/** Para 1.2.13, calendar-year KSI totals. */
export const KSI_CALENDAR = { janToDec2012: 393, janToSep2013: 242, janToSep2012: 290 } as const;

/** Figure 11: latest performance, note periods differ. Rates in percent. */
export interface LatestKpi {
  readonly id: string;
  readonly name: string;
  readonly polarity: PublishedPolarity;
  readonly target: string;
  readonly previous: number;
  readonly current: number;
  readonly decimals: number;
}

export const FIGURE_11: readonly LatestKpi[] = [
  { id: "P5-01", name: "Percentage of people who think the police are dealing with community priorities", polarity: "higher is better", target: "", previous: 68.5, current: 69.6, decimals: 1 },
  { id: "P5-02", name: "Percentage of people who feel safe in Dorset", polarity: "higher is better", target: "", previous: 96, current: 96, decimals: 0 },
  { id: "P5-03", name: "Victim satisfaction with progress updates made by police officers and staff", polarity: "higher is better", target: "≥ 3rd in MSG", previous: 68.8, current: 70.0, decimals: 1 },
  { id: "P5-04", name: "Percentage of victims that are satisfied with the overall service provided by police officers and staff", polarity: "higher is better", target: "≥ 3rd in MSG", previous: 81.3, current: 84.0, decimals: 1 },
  { id: "P5-05", name: "Percentage of 999 calls answered in 10 seconds", polarity: "higher is better", target: "≥ 95%", previous: 95.5, current: 94.2, decimals: 1 },
  { id: "P5-06", name: "Percentage of 999 calls abandoned", polarity: "lower is better", target: "≤ 2%", previous: 0.1, current: 0.3, decimals: 1 },
  { id: "P5-07", name: "Percentage of non-emergency calls answered in 30 seconds", polarity: "higher is better", target: "≥ 75%", previous: 65.9, current: 62.6, decimals: 1 },
  { id: "P5-08", name: "Percentage of non-emergency calls abandoned", polarity: "lower is better", target: "≤ 5%", previous: 5.3, current: 8.4, decimals: 1 },
];

/** Section 1.4: actual rate of re-offending, 2011/12 and 2012/13 (percent). */
export const REOFFENDING = {
  whole: { name: "Probation Trust Dorset", previous: 8.92, current: 8.24 },
  localAuthorities: [
    { name: "Bournemouth", previous: 9.48, current: 8.69 },
    { name: "Dorset", previous: 8.17, current: 7.32 },
    { name: "Poole", previous: 9.68, current: 8.84 },
  ],
} as const;

/** Section 1.6: establishment at 30 Sep 13. */
export const WORKFORCE = [
  { id: "P6-01", name: "PCSO establishment", value: 132 },
  { id: "P6-02", name: "Special Constables establishment", value: 219 },
  { id: "P6-03", name: "Volunteers establishment", value: 137 },
] as const;

/** Para 1.1.9: the three neighbourhood policing sections (of eleven) where total crime rose, Apr - Sep. */
export const SECTION_INCREASES = [
  { section: "Bournemouth Central", change: 114, percent: 4.5 },
  { section: "Dorchester and Sherborne", change: 75, percent: 7.3 },
  { section: "Purbeck", change: 95, percent: 12.3 },
] as const;

export type FinanceKind = "line" | "total" | "grand total";

/** A row of the section 3 table, in £000's, exactly as published (variances as printed, brackets and all). */
export interface PublishedFinanceRow {
  readonly line: string;
  readonly group: string;
  readonly kind: FinanceKind;
  readonly budgetYtd: number;
  readonly actualYtd: number;
  readonly varianceYtd: string;
  readonly budgetFullYear: number;
  readonly projectionFullYear: number;
  readonly varianceFullYear: string;
}

const OC = "Operational Commands";
const SS = "Support Services";
const row = (
  line: string,
  group: string,
  kind: FinanceKind,
  budgetYtd: number,
  actualYtd: number,
  varianceYtd: string,
  budgetFullYear: number,
  projectionFullYear: number,
  varianceFullYear: string,
): PublishedFinanceRow => ({ line, group, kind, budgetYtd, actualYtd, varianceYtd, budgetFullYear, projectionFullYear, varianceFullYear });

/** Section 3.3: the financial position at the end of the second quarter, £000's. */
export const FINANCE: readonly PublishedFinanceRow[] = [
  row("Territorial Policing", OC, "line", 391, 346, "(45)", 784, 694, "(90)"),
  row("Crime & Criminal Justice", OC, "line", 797, 758, "(39)", 2061, 1891, "(169)"),
  row("Operational Support (Including SEES / RSP)", OC, "line", 1563, 1490, "(72)", 3560, 3605, "45"),
  row("Operational Commands Total", OC, "total", 2751, 2595, "(156)", 6405, 6191, "(214)"),
  row("Estates (including PFI)", SS, "line", 3668, 3676, "8", 6861, 6738, "(123)"),
  row("Transport", SS, "line", 584, 584, "(0)", 1612, 1601, "(11)"),
  row("Information Systems", SS, "line", 1887, 1771, "(117)", 3803, 3831, "27"),
  row("Organisational Development Unit", SS, "line", 169, 127, "(41)", 501, 469, "(31)"),
  row("General Services", SS, "line", 154, 130, "(24)", 363, 298, "(65)"),
  row("Governance", SS, "line", 1066, 1213, "147", 1232, 1270, "38"),
  row("Personnel", SS, "line", 109, 193, "84", 367, 496, "129"),
  row("Procurement", SS, "line", 1566, 1493, "(74)", 3762, 3662, "(102)"),
  row("Major Operations", SS, "line", 90, 138, "48", 815, 815, "0"),
  row("Recoverable Operations", SS, "line", 0, 92, "92", 0, -7, "(7)"),
  row("Central Employees", SS, "line", 48961, 47900, "(1,061)", 97963, 96171, "(1,792)"),
  row("Travel and subsistence", SS, "line", 105, 91, "(14)", 253, 237, "(15)"),
  row("Supplies and Services", SS, "line", 54, 3, "(51)", 229, 204, "(25)"),
  row("Partnerships and Collaboration", SS, "line", 282, 274, "(7)", 886, 1014, "128"),
  row("Carry forward from 12/13", SS, "line", -208, -208, "0", -208, -208, "0"),
  row("One Site Programme", SS, "line", 0, 765, "765", 0, 765, "765"),
  row("Transfer to Commissioning Reserve", SS, "line", 0, 0, "0", 0, 174, "174"),
  row("Transfer to General Balances", SS, "line", 0, 303, "303", 0, 303, "303"),
  row("Capital Financing", SS, "line", 6, 1285, "1,279", 2130, 3649, "1,519"),
  row("Grant and other income", SS, "line", -7766, -8083, "(318)", -13552, -14263, "(711)"),
  row("Support Services Total", SS, "total", 50727, 51747, "1,021", 107017, 107219, "202"),
  row("Office of the Police & Crime Commissioner", "", "line", 256, 136, "(120)", 870, 870, "0"),
  row("Total", "", "grand total", 53733, 54478, "745", 114291, 114280, "(11)"),
];
