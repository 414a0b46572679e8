/**
 * The generated (illustrative) monthly data of the sample, built around the published figures of seed 000 so
 * that every published total, rate and change is reproduced exactly:
 * - count KPIs of Figures 1 and 4: Apr-Sep 2012 and Apr-Sep 2013 sum to the published 2012/13 and 2013/14 figures;
 * - rate KPIs: the Apr-Sep averages are the published rates exactly;
 * - KSIs: also the calendar totals of para 1.2.13;
 * - Total Crime by the eleven neighbourhood policing sections, summing to the force total every month, with the
 *   three published increases and falls everywhere else.
 * Everything else (each month's value, the months outside those windows, the section bases) is generated.
 */
import { allocateToTotal } from "./allocateToTotal";
import { createRng } from "./createRng";
import type { Rng } from "./createRng";
import { fitTableToMargins } from "./fitTableToMargins";
import { generateCountSeries } from "./generateCountSeries";
import type { CountBlock } from "./generateCountSeries";
import { generateRateSeries } from "./generateRateSeries";
import { FIGURE_1, FIGURE_4, KSI_CALENDAR } from "./published";
import type { YtdKpi } from "./published";

/** Month index 0 is April 2011; 29 is September 2013. */
export const MONTH_COUNT = 30;
export const FIRST_MONTH = { year: 2011, month: 4 } as const;
export const WINDOW_2012 = { first: 12, last: 17 } as const; // Apr - Sep 2012
export const WINDOW_2013 = { first: 24, last: 29 } as const; // Apr - Sep 2013

export function monthAt(index: number): { year: number; month: number } {
  const m = FIRST_MONTH.month - 1 + index;
  return { year: FIRST_MONTH.year + Math.floor(m / 12), month: (m % 12) + 1 };
}

const SEED = "scorecard-builder-sample-2013-14";
const rngFor = (name: string): Rng => createRng(`${SEED}/${name}`);

/** Seasonal factors by calendar month, Jan first. */
type Season = readonly [number, number, number, number, number, number, number, number, number, number, number, number];
const FLAT: Season = [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1];
const CRIME: Season = [0.95, 0.88, 0.97, 0.97, 1.03, 1.02, 1.07, 1.06, 1.0, 1.0, 0.97, 0.92];
const ASB: Season = [0.8, 0.78, 0.9, 1.0, 1.08, 1.08, 1.18, 1.2, 1.02, 1.0, 0.88, 0.82];
const BURGLARY: Season = [1.08, 0.98, 0.95, 0.92, 0.92, 0.9, 0.95, 0.98, 1.0, 1.1, 1.15, 1.12];
const OUTBUILDING: Season = [0.85, 0.85, 1.0, 1.1, 1.12, 1.1, 1.08, 1.05, 1.0, 0.98, 0.95, 0.85];
const VEHICLE: Season = [1.02, 0.95, 0.97, 0.95, 0.98, 0.98, 1.0, 1.02, 1.0, 1.05, 1.06, 1.04];
const VIOLENCE: Season = [0.92, 0.85, 0.95, 0.97, 1.05, 1.06, 1.1, 1.08, 1.0, 0.98, 0.95, 1.08];
const ROADS: Season = [0.85, 0.85, 0.9, 0.98, 1.05, 1.08, 1.1, 1.1, 1.05, 1.02, 1.0, 0.95];

const seasonal = (season: Season) => (index: number) => season[monthAt(index).month - 1] ?? 1;
/** Shaping factors by month index, 1 elsewhere. */
const shapeAt = (factors: Readonly<Record<number, number>>) => (index: number) => factors[index] ?? 1;

interface CountSpec {
  readonly season: Season;
  readonly noise: number;
  readonly shape?: Readonly<Record<number, number>>;
  readonly extraBlocks?: readonly CountBlock[];
}

/** Shapes follow the report's commentary where it describes the months (paragraph in brackets). */
const COUNT_SPECS: Readonly<Record<string, CountSpec>> = {
  "P1-01": { season: CRIME, noise: 0.025 },
  "P1-03": { season: CRIME, noise: 0.04 },
  "P1-04": { season: ASB, noise: 0.03 },
  "P1-05": { season: ASB, noise: 0.05 },
  "P1-06": { season: ASB, noise: 0.04 },
  "P1-07": { season: BURGLARY, noise: 0.06 },
  // Shed breaks rose early in 2012/13 (1.1.3).
  "P1-09": { season: OUTBUILDING, noise: 0.06, shape: { 12: 1.12, 13: 1.14, 14: 1.1 } },
  // Vehicle crime started 2013/14 with increases, then fell (1.1.4).
  "P1-11": { season: VEHICLE, noise: 0.05, shape: { 24: 1.12, 25: 1.08, 28: 0.9, 29: 0.88 } },
  "P2-01": { season: VIOLENCE, noise: 0.2 },
  // Historic offences rose in Feb - Mar 2013 after the Savile Inquiry; most recent figures fall (1.2.7).
  "P2-03": { season: FLAT, noise: 0.12, shape: { 22: 1.25, 23: 1.3, 28: 0.88, 29: 0.85 } },
  // ARVC rises from around June 2013, near the upper control level (1.2.8).
  "P2-05": { season: VIOLENCE, noise: 0.06, shape: { 24: 0.88, 25: 0.92, 26: 1.06, 27: 1.12, 28: 1.12, 29: 1.06 } },
  // Domestic abuse incidents rose for a sustained period and have most recently begun to fall (1.2.5).
  "P2-06": { season: VIOLENCE, noise: 0.03, shape: { 26: 1.04, 27: 1.05, 28: 0.95, 29: 0.92 } },
  "P2-07": { season: FLAT, noise: 0.2 },
  // KSIs: stable early in 2013/14, then August and September below 2012 so the rolling 12 months fall (1.2.11),
  // and the calendar totals of 1.2.13: Jan - Mar 2012 = 290 - 200, Oct - Dec 2012 = 393 - 290, Jan - Mar 2013 = 242 - 184.
  "P2-08": {
    season: ROADS,
    noise: 0.08,
    shape: { 16: 1.12, 17: 1.15, 28: 0.8, 29: 0.8 },
    extraBlocks: [
      { first: 9, last: 11, total: KSI_CALENDAR.janToSep2012 - 200 },
      { first: 18, last: 20, total: KSI_CALENDAR.janToDec2012 - KSI_CALENDAR.janToSep2012 },
      { first: 21, last: 23, total: KSI_CALENDAR.janToSep2013 - 184 },
    ],
  },
};

/** Month-to-month noise of the rate KPIs, in percentage points (small monthly counts make noisy rates). */
const RATE_NOISE: Readonly<Record<string, number>> = {
  "P1-02": 0.9,
  "P1-08": 3,
  "P1-10": 0.7,
  "P1-12": 0.8,
  "P2-02": 9,
  "P2-04": 5,
};

export interface KpiSeries {
  readonly kpi: YtdKpi;
  /** Counts as counts; rates in tenths of a percentage point (211 = 21.1%). */
  readonly values: readonly number[];
}

/** The eleven neighbourhood policing sections, with generated Apr - Sep 2012/13 and 2013/14 totals. */
export interface SectionTotals {
  readonly section: string;
  readonly previous: number;
  readonly current: number;
}

/**
 * Bases chosen so the published changes round to the published percentages (114 / 2,533 = +4.5%,
 * 75 / 1,027 = +7.3%, 95 / 772 = +12.3%); the other eight fall and take up the rest of the force's fall.
 */
export const SECTIONS: readonly SectionTotals[] = [
  { section: "Bournemouth Central", previous: 2533, current: 2533 + 114 },
  { section: "Bournemouth East", previous: 2300, current: 2050 },
  { section: "Bournemouth West", previous: 2150, current: 1960 },
  { section: "Poole", previous: 4300, current: 3880 },
  { section: "Christchurch", previous: 1250, current: 1150 },
  { section: "East Dorset", previous: 1550, current: 1390 },
  { section: "Purbeck", previous: 772, current: 772 + 95 },
  { section: "Dorchester and Sherborne", previous: 1027, current: 1027 + 75 },
  { section: "Weymouth and Portland", previous: 2700, current: 2390 },
  { section: "Bridport and Lyme Regis", previous: 1030, current: 900 },
  { section: "North Dorset", previous: 1400, current: 1245 },
];

/**
 * How the three rising sections' Apr - Sep 2013 months differ from 2012, as the report describes them:
 * Bournemouth Central up in July and August, back to 2012 levels in September (1.1.10); Dorchester and
 * Sherborne up in July and August (1.1.11); Purbeck up in April and May, back to 2012 levels in August and
 * September (1.1.12). Each adds up to the published change.
 */
const SECTION_CHANGES_2013: Readonly<Record<string, readonly number[]>> = {
  "Bournemouth Central": [4, 2, 8, 40, 58, 2],
  "Dorchester and Sherborne": [0, 3, 2, 33, 35, 2],
  Purbeck: [45, 42, 6, 4, 0, -2],
};

export interface SampleSeries {
  readonly kpis: readonly KpiSeries[];
  /** Section name -> monthly Total Crime; every month sums to the force's Total Crime. */
  readonly sections: ReadonlyMap<string, readonly number[]>;
}

/** @example generateSampleSeries().kpis.find((s) => s.kpi.id === "P1-01")?.values.length === 30 */
export function generateSampleSeries(): SampleSeries {
  const kpis = [...FIGURE_1, ...FIGURE_4].map((kpi): KpiSeries => {
    if (kpi.unit === "count") return { kpi, values: countSeries(kpi) };
    return { kpi, values: rateSeries(kpi) };
  });
  const force = kpis.find((s) => s.kpi.id === "P1-01")?.values ?? [];
  return { kpis, sections: sectionSeries(force) };
}

function countSeries(kpi: YtdKpi): number[] {
  const spec = COUNT_SPECS[kpi.id] ?? { season: FLAT, noise: 0.05 };
  return generateCountSeries({
    months: MONTH_COUNT,
    blocks: [
      { ...WINDOW_2012, total: kpi.previous },
      { ...WINDOW_2013, total: kpi.current },
      ...(spec.extraBlocks ?? []),
    ],
    seasonal: seasonal(spec.season),
    shape: shapeAt(spec.shape ?? {}),
    noise: spec.noise,
    rng: rngFor(kpi.id),
  });
}

function rateSeries(kpi: YtdKpi): number[] {
  return generateRateSeries({
    months: MONTH_COUNT,
    blocks: [
      { ...WINDOW_2012, averageTenths: Math.round(kpi.previous * 10) },
      { ...WINDOW_2013, averageTenths: Math.round(kpi.current * 10) },
    ],
    noise: RATE_NOISE[kpi.id] ?? 1,
    rng: rngFor(kpi.id),
  });
}

function sectionSeries(force: readonly number[]): Map<string, number[]> {
  const rng = rngFor("sections");
  const names = SECTIONS.map((s) => s.section);
  const out = new Map<string, number[]>(names.map((n) => [n, new Array<number>(MONTH_COUNT).fill(0)]));
  const set = (section: string, index: number, value: number) => {
    const series = out.get(section);
    if (series) series[index] = value;
  };
  const noisy = () => Math.exp(0.04 * rng.normal());
  const total = (which: "previous" | "current") => SECTIONS.reduce((a, s) => a + s[which], 0);
  const share = (s: SectionTotals, which: "previous" | "current") => s[which] / total(which);

  // Apr - Sep 2012: every section, months adding to the force and sections to their totals.
  const months2012 = indexes(WINDOW_2012.first, WINDOW_2012.last);
  const table2012 = fitTableToMargins(
    months2012.map((i) => SECTIONS.map((s) => share(s, "previous") * (force[i] ?? 0) * noisy())),
    months2012.map((i) => force[i] ?? 0),
    SECTIONS.map((s) => s.previous),
  );
  if (!table2012) throw new Error("sample: the 2012 section table has no solution");
  months2012.forEach((i, r) => names.forEach((n, c) => set(n, i, table2012[r]?.[c] ?? 0)));

  // Apr - Sep 2013: the three rising sections are 2012 plus the described changes; the other eight share the rest.
  const months2013 = indexes(WINDOW_2013.first, WINDOW_2013.last);
  const fixed = new Map<string, number[]>();
  for (const [section, changes] of Object.entries(SECTION_CHANGES_2013)) {
    const before = out.get(section) ?? [];
    fixed.set(section, months2013.map((i, k) => (before[i - 12] ?? 0) + (changes[k] ?? 0)));
  }
  const others = SECTIONS.filter((s) => !fixed.has(s.section));
  const table2013 = fitTableToMargins(
    months2013.map((i) => others.map((s) => share(s, "current") * (force[i] ?? 0) * noisy())),
    months2013.map((i, k) => (force[i] ?? 0) - [...fixed.values()].reduce((a, v) => a + (v[k] ?? 0), 0)),
    others.map((s) => s.current),
  );
  if (!table2013) throw new Error("sample: the 2013 section table has no solution");
  months2013.forEach((i, r) => {
    others.forEach((s, c) => set(s.section, i, table2013[r]?.[c] ?? 0));
    fixed.forEach((v, section) => set(section, i, v[r] ?? 0));
  });

  // Other months: the force total shared out, 2012 shares before the window and a blend between the windows.
  for (let i = 0; i < MONTH_COUNT; i++) {
    if (months2012.includes(i) || months2013.includes(i)) continue;
    const blend = i < WINDOW_2012.first ? 0 : (i - WINDOW_2012.last) / (WINDOW_2013.first - WINDOW_2012.last);
    const weights = SECTIONS.map(
      (s) => ((1 - blend) * share(s, "previous") + blend * share(s, "current")) * noisy(),
    );
    allocateToTotal(force[i] ?? 0, weights).forEach((v, c) => set(names[c] ?? "", i, v));
  }
  return out;
}

function indexes(first: number, last: number): number[] {
  const out: number[] = [];
  for (let i = first; i <= last; i++) out.push(i);
  return out;
}
