/**
 * Test support: varied KPI workbooks, made from a seed so a failure can be replayed. Every unit, polarity, target
 * kind, comparison, baseline and trajectory, with sub-indicators, segments, gaps, zeros, first years without a
 * previous figure, analysts' RAG overrides, series too short for SPC and SPC baselines and recalculations, so drafts are checked against figures no one chose by hand.
 */
import { DEFAULT_SETTINGS, GRADES, POLARITIES, UNITS } from "../../model/kpi";
import type { Comparison, Kpi, KpiModel, KpiNote, Measurement, Polarity, RagStatus, SpcLimitsSetting, Target, Unit } from "../../model/kpi";
import { monthFromIndex, monthIndex, month, quarter } from "../../model/period";
import { seededRandom } from "../../model/testing/seededRandom";
import { testKpi } from "../../model/testing/testKpi";

const NAMES = [
  "Total Crime",
  "ASB Incidents",
  "Number of Repeat Victims",
  "Percentage of 999 calls answered in 10 seconds",
  "Average 101 answer time",
  "Spend on agency staff",
  "Effectiveness assessment by HMICFRS",
  "Days of sickness absence per officer",
  "Requires improvement actions closed",
  "Delayed transfers of care",
];

/** The quarter the synthetic workbooks are built for. */
export const SYNTHETIC_QUARTER = quarter(2013, 2);
export const SYNTHETIC_AS_OF = month(2013, 11);

/**
 * @example const model = syntheticModel(7, 40); calculateScorecard(model, SYNTHETIC_QUARTER)
 */
export function syntheticModel(seed: number, count: number): KpiModel {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const kpis: Kpi[] = [];
  const measurements: Measurement[] = [];
  const notes: KpiNote[] = [];
  const end = monthIndex(month(2013, 9));

  for (let i = 0; i < count; i++) {
    const id = `S${seed}-${i}`;
    const unit: Unit = pick(UNITS);
    const polarity: Polarity = pick(POLARITIES);
    const scale = unit === "percent" ? 50 : unit === "grade" ? 3 : unit === "currency" ? 250000 : unit === "duration" ? 12 : pick([8, 120, 4000]);
    const decimals = unit === "grade" ? null : pick([null, null, 0, 1, 2]);
    const comparison: Comparison = pick<Comparison>([
      { window: "ytd", against: "same-period-last-year" },
      { window: "quarter", against: "previous-period" },
      { window: "latest", against: "previous-period" },
    ]);
    const target = targetFor(unit, polarity, scale, random, pick);
    const parent = i > 0 && random() < 0.2 ? kpis[kpis.length - 1] : undefined;
    // Now and then too few months for SPC to judge; limits from a baseline or recalculated where an analyst said so.
    const months = random() < 0.1 ? 3 + Math.floor(random() * 10) : 18 + Math.floor(random() * 30);
    const spc = spcSettingFor(end, months, random, pick);
    kpis.push(
      testKpi({
        id,
        priority: `Priority ${1 + (i % 3)}`,
        name: parent ? "Sanction Detection Rate" : pick(NAMES),
        parentId: parent?.id ?? null,
        unit,
        polarity,
        aggregation: unit === "count" || unit === "currency" ? "sum" : unit === "grade" ? "last" : "average",
        comparison,
        target: target.target,
        targetText: target.text,
        decimals,
        baseline: random() < 0.15 ? { value: round(scale * (0.5 + random()), 1), label: pick(["2019 baseline", "baseline", "the 2018/19 baseline"]) } : null,
        trajectory:
          unit === "count" && random() < 0.15
            ? { baselineValue: scale * 12, baselineYear: 2009, yearBasis: pick(["calendar", "fiscal"] as const), annualChangePercent: pick([-4, -2, 3]) }
            : null,
        ...(spc ? { spc } : {}),
      }),
    );

    // Monthly values: a walk with a shift, gaps, a zero year or a missing first year now and then.
    const shape = random();
    let level = scale;
    for (let m = end - months + 1; m <= end; m++) {
      const beforeThisYear = m < end - 8;
      if (shape < 0.08 && beforeThisYear) continue; // no previous figure
      if (random() < 0.03) continue; // a gap
      level = level * (1 + (random() - 0.5) * 0.2) + (m === end - 6 && shape > 0.7 ? scale * 0.4 * (random() < 0.5 ? -1 : 1) : 0);
      let value = shape > 0.08 && shape < 0.14 && beforeThisYear ? 0 : valueFor(unit, level, random);
      if (unit === "grade") value = Math.min(5, Math.max(1, Math.round(value)));
      measurements.push({ kpiId: id, period: monthFromIndex(m), value, segment: null, source: { sheet: "Measurements", cell: `C${m}` } });
      if (unit === "count" && shape > 0.5) {
        for (const area of ["North", "South", "East and West", "Central"]) {
          const share = 0.15 + random() * 0.2;
          measurements.push({ kpiId: id, period: monthFromIndex(m), value: Math.round(value * share), segment: area, source: { sheet: "Measurements", cell: "D2" } });
        }
      }
    }
    if (random() < 0.1) {
      const override: RagStatus = pick(["green", "amber", "red"] as const);
      notes.push({ kpiId: id, quarter: SYNTHETIC_QUARTER, ragOverride: override, commentary: "", source: { sheet: "Notes", cell: "C2" } });
    }
  }
  return {
    settings: { ...DEFAULT_SETTINGS, exceptionThresholdPercent: pick([0, 5, 10]), ragLabels: pick([DEFAULT_SETTINGS.ragLabels, { green: "Green", amber: "Yellow", red: "Red" }]) },
    kpis,
    measurements,
    notes,
    themes: [],
    finance: [],
    issues: [],
  };
}

/** A baseline of the first months or of a range, a recalculation (some too recent for new limits), or none. */
function spcSettingFor(end: number, months: number, random: () => number, pick: <T>(items: readonly T[]) => T): SpcLimitsSetting | null {
  const roll = random();
  if (roll > 0.3 || months < 18) return null;
  const first = end - months + 1;
  const source = { sheet: "KPIs", cell: "P2" };
  const recalculateFrom = roll < 0.15 ? [monthFromIndex(end - 2 - Math.floor(random() * 18))] : [];
  const baseline = pick([
    null,
    { kind: "first-points", count: 12 + Math.floor(random() * 6) } as const,
    { kind: "period", from: monthFromIndex(first), to: monthFromIndex(first + 11 + Math.floor(random() * 4)) } as const,
  ]);
  return { baseline, recalculateFrom, source };
}

function valueFor(unit: Unit, level: number, random: () => number): number {
  switch (unit) {
    case "percent":
      return round(Math.min(100, Math.max(0, level + (random() - 0.5) * 10)), 2);
    case "count":
      return Math.max(0, Math.round(level));
    case "currency":
      return Math.round(level);
    case "grade":
      return level;
    case "rate":
    case "duration":
    case "score":
      return round(Math.max(0, level), 3);
    default: {
      const unreachable: never = unit;
      return unreachable;
    }
  }
}

function targetFor(
  unit: Unit,
  polarity: Polarity,
  scale: number,
  random: () => number,
  pick: <T>(items: readonly T[]) => T,
): { target: Target; text: string } {
  const roll = random();
  if (unit === "grade") {
    const grade = pick(GRADES);
    return roll < 0.7 ? { target: { kind: "grade", grade }, text: grade } : { target: { kind: "none" }, text: "" };
  }
  if (roll < 0.3) return { target: { kind: "none" }, text: "" };
  if (roll < 0.55) {
    const comparator = polarity === "lower-is-better" ? "<=" : ">=";
    const value = round(scale * (0.8 + random() * 0.4), 1);
    return { target: { kind: "level", comparator, value }, text: `${comparator === "<=" ? "≤" : "≥"} ${value}` };
  }
  if (roll < 0.7) {
    const direction = polarity === "higher-is-better" ? "increase" : "reduction";
    const percent = pick([1, 2.5, 5]);
    return { target: { kind: "change", comparator: ">=", percent, direction }, text: `≥ ${percent}%` };
  }
  if (roll < 0.82) {
    const direction = polarity === "higher-is-better" ? "up" : "down";
    return { target: { kind: "direction", direction }, text: direction === "up" ? "↑" : "↓" };
  }
  if (roll < 0.9) return { target: { kind: "to-be-confirmed" }, text: "TBC" };
  if (roll < 0.95) return { target: { kind: "rank", comparator: ">=", position: 3, group: "MSG" }, text: "≥ 3rd in MSG" };
  return { target: { kind: "unparsed", text: "ADQ+" }, text: "ADQ+" };
}

function round(value: number, places: number): number {
  return Number(value.toFixed(places));
}
