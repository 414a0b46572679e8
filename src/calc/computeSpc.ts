import type { Polarity, Target } from "../model/kpi";
import type {
  AssuranceMark,
  ControlLimits,
  SpcPoint,
  SpcRecalculationProposal,
  SpcResult,
  SpcSegment,
  VariationMark,
} from "../model/results";
import { computeControlLimits } from "./computeControlLimits";
import { detectSpecialCauses } from "./detectSpecialCauses";

/** A level target, the only kind SPC assurance can compare with the limits. */
export type LevelTarget = Extract<Target, { kind: "level" }>;

/**
 * MDC's Excel tool (the Single Chart tool) shows process limits and the variation and assurance icons from 13 points
 * (its team in NHSRplotthedots issue 194, Dec 2023). With fewer, nothing is judged and the scorecard says so.
 */
export const MIN_SPC_POINTS = 13;

/** Where a segment's limits come from, as indices into the series; all of the segment when absent. */
export type SpcBaselineSpec =
  /** The first `count` values of each segment (NHSRplotthedots' `fix_after_n_points`; MDC's 12-20 point baseline). */
  | { readonly kind: "first-points"; readonly count: number }
  /** The values between two indices (a date range), in the segments it overlaps. */
  | { readonly kind: "range"; readonly start: number; readonly end: number };

export interface SpcOptions {
  /** Points in a row on one side of the mean that make a shift: 7, or 6 (MDC's Excel tool offers both). */
  readonly shiftLength: number;
  readonly baseline?: SpcBaselineSpec | null;
  /** Indices where the analyst recorded a change in the process: new limits from each (NHSRplotthedots' `rebase`). */
  readonly recalculateAt?: readonly number[];
  /** Screen moving-range outliers as NHSRplotthedots does by default; MDC's Excel tool does not. */
  readonly screenOutliers?: boolean;
}

/**
 * Statistical process control for a monthly series, as NHS "Making Data Count" reads it.
 *
 *   1. Segments: the series, cut at each recalculation the analyst recorded.
 *   2. Limits per segment (`computeControlLimits`) from its baseline: all its points, its first N, or a date range.
 *      They extend over the whole segment. A series of fewer than 13 values gets none.
 *   3. Special causes per segment (`detectSpecialCauses`): runs never cross a recalculation.
 *   4. Marks. Variation reads the latest point that has a value: common cause, or special cause improving /
 *      concerning / neither (neutral KPIs). Assurance compares a level target with the latest segment's limits,
 *      since the process varies anywhere between them: consistently passing when every value between the limits
 *      meets the target, consistently failing when none does, hit and miss otherwise.
 *   5. A proposal: a shift still running at the latest point says the process may have changed; the analyst is told
 *      where it began, and decides (the limits are never recalculated silently). Meanwhile no assurance is given:
 *      limits the process has shifted away from say nothing of what it will deliver now (a rate that has climbed
 *      past its target would read "consistently failing" against its old limits).
 * @example computeSpc(monthlyValues, "higher-is-better", { kind: "level", comparator: ">=", value: 95 }, { shiftLength: 7 })
 */
export function computeSpc(
  values: readonly (number | null)[],
  polarity: Polarity,
  levelTarget: LevelTarget | null,
  options: SpcOptions,
): SpcResult {
  const clean = values.map((v) => (v !== null && Number.isFinite(v) ? v : null));
  const valueCount = countValues(clean);
  const enough = valueCount >= MIN_SPC_POINTS;

  // 1-3. Segments, their limits and their special causes.
  const segments: SpcSegment[] = [];
  const points: SpcPoint[] = [];
  for (const [start, end] of segmentBounds(clean.length, options.recalculateAt ?? [])) {
    const baseline = baselineOf(clean, start, end, options.baseline ?? null);
    const baselineValues = clean.slice(baseline.start, baseline.end + 1);
    const limits = enough ? computeControlLimits(baselineValues, { screenOutliers: options.screenOutliers ?? false }) : null;
    segments.push({
      start,
      end,
      startsWith: start === 0 ? "series" : "recalculation",
      baseline,
      limits,
      baselineValues: countValues(baselineValues),
    });
    points.push(...detectSpecialCauses(clean.slice(start, end + 1), limits, polarity, options.shiftLength));
  }

  // 4. The marks read the latest point and the limits of its segment.
  const latest = lastIndexWithValue(clean);
  const segment = latest < 0 ? undefined : segments.find((s) => s.start <= latest && latest <= s.end);
  const limits = segment?.limits ?? null;
  const empty = { valueCount, minimumValues: MIN_SPC_POINTS, segments, points };
  if (!limits || !segment) return { ...empty, limits: null, variation: null, assurance: null, proposal: null };
  // 5. A shift still running at the latest point.
  const proposal = proposeRecalculation(clean, segment, latest, options.shiftLength);
  return {
    ...empty,
    limits,
    variation: variationOf(points[latest]?.cause ?? null),
    assurance: levelTarget && !proposal ? assuranceOf(limits, levelTarget) : null,
    proposal,
  };
}

/** `[start, end]` of each segment: cut before every recalculation index inside the series. */
function segmentBounds(length: number, recalculateAt: readonly number[]): [number, number][] {
  const starts = [...new Set([0, ...recalculateAt.filter((i) => Number.isInteger(i) && i > 0 && i < length)])].sort((a, b) => a - b);
  return starts.map((start, k) => [start, (starts[k + 1] ?? length) - 1]);
}

function baselineOf(
  values: readonly (number | null)[],
  start: number,
  end: number,
  spec: SpcBaselineSpec | null,
): { start: number; end: number } {
  if (spec === null) return { start, end };
  switch (spec.kind) {
    case "first-points": {
      // Through the segment's `count`-th value; the whole segment when it has fewer.
      let seen = 0;
      for (let i = start; i <= end; i++) {
        if (values[i] !== null && ++seen === spec.count) return { start, end: i };
      }
      return { start, end };
    }
    case "range": {
      const from = Math.max(start, spec.start);
      const to = Math.min(end, spec.end);
      // A date range before or after this segment says nothing about it: its limits come from all of it.
      return from <= to ? { start: from, end: to } : { start, end };
    }
    default: {
      const unreachable: never = spec;
      return unreachable;
    }
  }
}

function countValues(values: readonly (number | null)[]): number {
  let n = 0;
  for (const v of values) if (v !== null) n++;
  return n;
}

function lastIndexWithValue(values: readonly (number | null)[]): number {
  for (let i = values.length - 1; i >= 0; i--) if (values[i] !== null) return i;
  return -1;
}

/** The run on one side of the mean that reaches the latest point, when it is a shift (at least `shiftLength` long). */
function proposeRecalculation(
  values: readonly (number | null)[],
  segment: SpcSegment,
  latest: number,
  shiftLength: number,
): SpcRecalculationProposal | null {
  const mean = segment.limits?.mean;
  const last = values[latest];
  if (mean === undefined || last === null || last === undefined || last === mean) return null;
  const above = last > mean;
  let first = latest;
  for (let i = latest - 1; i >= segment.start; i--) {
    const v = values[i];
    if (v === null || v === undefined || (above ? !(v > mean) : !(v < mean))) break;
    first = i;
  }
  const points = latest - first + 1;
  if (points < shiftLength || first === segment.start) return null;
  return { index: first, points, side: above ? "above" : "below" };
}

function variationOf(cause: "improvement" | "concern" | "neither" | null): VariationMark {
  switch (cause) {
    case null:
      return "common-cause";
    case "improvement":
      return "special-cause-improving";
    case "concern":
      return "special-cause-concerning";
    case "neither":
      return "special-cause-neither";
    default: {
      const unreachable: never = cause;
      return unreachable;
    }
  }
}

function assuranceOf(limits: ControlLimits, target: LevelTarget): AssuranceMark {
  const { lower, upper } = limits;
  const t = target.value;
  switch (target.comparator) {
    case ">=":
      return lower >= t ? "consistently-passing" : upper < t ? "consistently-failing" : "hit-and-miss";
    case ">":
      return lower > t ? "consistently-passing" : upper <= t ? "consistently-failing" : "hit-and-miss";
    case "<=":
      return upper <= t ? "consistently-passing" : lower > t ? "consistently-failing" : "hit-and-miss";
    case "<":
      return upper < t ? "consistently-passing" : lower >= t ? "consistently-failing" : "hit-and-miss";
    case "=":
      // Only a process with no variation at all could always hit an exact figure.
      return t < lower || t > upper ? "consistently-failing" : lower === upper ? "consistently-passing" : "hit-and-miss";
    default: {
      const unreachable: never = target.comparator;
      return unreachable;
    }
  }
}
