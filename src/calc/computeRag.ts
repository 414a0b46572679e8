import type { Comparator, Kpi, RagLabels, RagStatus, Target, Unit } from "../model/kpi";
import type { Change, RagBasis, RagResult, TrajectoryResult } from "../model/results";
import { cleanFloat } from "./cleanFloat";
import { describeChange, formatFigure, formatNumber, gradeLabel, gradeName, gradeScore } from "./describeFigure";

export interface ComputeRagInput {
  readonly kpi: Pick<Kpi, "target" | "targetText" | "unit" | "polarity" | "tolerance" | "decimals" | "timeUnit">;
  readonly current: number | null;
  readonly previous: number | null;
  /** `computeChange(current, previous, kpi.unit)`. */
  readonly change: Change;
  /** `settings.defaultTolerancePercent`, used when the KPI sets no tolerance of its own. */
  readonly defaultTolerancePercent: number;
  /** The analyst's RAG for the quarter, which replaces the computed one. */
  readonly override?: RagStatus | null;
  /** `computeTrajectory(...)` for KPIs with a trajectory target. */
  readonly trajectory?: TrajectoryResult | null;
  /** Names the statuses in an override's reason; Green / Amber / Red by default. */
  readonly ragLabels?: RagLabels;
}

const DEFAULT_LABELS: RagLabels = { green: "Green", amber: "Amber", red: "Red" };

interface Judgement {
  readonly status: RagStatus | null;
  readonly basis: RagBasis;
  readonly reason: string;
}

/**
 * The RAG status of a KPI, with the one-line reason a reader can check. `tolerance` is the KPI's, or the default.
 * - Trajectory (when a trajectory result is given, ahead of any other target): on track is green; off track but
 *   projected within tolerance % of the year's trajectory target is amber; else red.
 * - `level` (`≥ 25.5%`, `≤ 2%`, `> 0`, `< 5`, `= 100`): met is green; missed by no more than tolerance % of the
 *   target (`≥ 25.5%` with 5%: down to 24.225) is amber; else red. `>` or `<` exactly on the target is amber.
 * - `change` (`≥ 1%` reduction): judged on the percentage change (percentage points for percentage KPIs) in the
 *   target's direction: met is green; short by no more than tolerance points is amber; else red. Not judged when no
 *   change can be measured (no previous figure, or a previous figure of 0).
 * - `direction` (`↑`, `↓`): change in the target's direction is green, no change amber, the other way red.
 * - `grade`: a grade at or above the target grade is green, one grade short amber, else red
 *   (Outstanding 5, Good 4, Adequate 3, Requires improvement 2, Inadequate 1).
 * - `rank` (`≥ 3rd in MSG`): not judged; a league table is needed.
 * - `none`, `to-be-confirmed`, `unparsed`: not judged. No current figure: not judged, reason "No data".
 * - An analyst's override becomes the status (basis `override`); `computed` keeps what the figures say.
 * @example computeRag({ kpi: positiveOutcomeRate, current: 25.2, previous: 21.1, change, defaultTolerancePercent: 5 })
 * // { status: "amber", basis: "target", computed: "amber", reason: "25.2% against ≥ 25.5%: within 5% tolerance" }
 */
export function computeRag(input: ComputeRagInput): RagResult {
  const judged = judge(input);
  const override = input.override ?? null;
  if (override === null) return { ...judged, computed: judged.status };
  const labels = input.ragLabels ?? DEFAULT_LABELS;
  const figures = judged.status === null ? "no RAG" : labels[judged.status];
  return {
    status: override,
    basis: "override",
    computed: judged.status,
    reason: `${labels[override]} set by the analyst; the figures give ${figures} (${judged.reason})`,
  };
}

function judge(input: ComputeRagInput): Judgement {
  const { kpi, current } = input;
  const rawTolerance = kpi.tolerance ?? input.defaultTolerancePercent;
  const tolerance = Number.isFinite(rawTolerance) && rawTolerance > 0 ? rawTolerance : 0;
  if (input.trajectory) return judgeTrajectory(input.trajectory, tolerance);

  const target = kpi.target;
  switch (target.kind) {
    case "none":
      return notJudged("No target");
    case "to-be-confirmed":
      return notJudged("Target to be confirmed");
    case "unparsed":
      return notJudged(`Target "${target.text}" was not understood`);
    case "rank":
      return notJudged(`A league table is needed to judge "${targetLabel(kpi.targetText, target, kpi.unit)}"`);
    case "level":
    case "change":
    case "direction":
    case "grade":
      if (current === null || !Number.isFinite(current)) return notJudged("No data");
      return judgeTarget(input, target, current, tolerance);
    default: {
      const unreachable: never = target;
      return unreachable;
    }
  }
}

function judgeTarget(
  input: ComputeRagInput,
  target: Extract<Target, { kind: "level" | "change" | "direction" | "grade" }>,
  current: number,
  tolerance: number,
): Judgement {
  const { kpi, change } = input;
  switch (target.kind) {
    case "level": {
      const band = (Math.abs(target.value) * tolerance) / 100;
      const status = banded(compare(current, target.comparator, target.value), shortfall(current, target.comparator, target.value), band);
      const figure = formatFigure(current, kpi.unit, kpi.decimals, kpi.timeUnit);
      return { status, basis: "target", reason: `${figure} against ${targetLabel(kpi.targetText, target, kpi.unit)}: ${verdict(status, `${formatNumber(tolerance)}%`)}` };
    }
    case "change": {
      // Percentage KPIs change in points: the "Percentage" column of seed 000 is points for rates.
      const measured = kpi.unit === "percent" ? change.points : change.percent;
      if (measured === null) {
        const why = input.previous === null ? "there is no previous figure" : "the previous figure is 0";
        return notJudged(`No percentage change can be measured: ${why}`);
      }
      const good = target.direction === "reduction" ? -measured : measured;
      const status = banded(compare(good, target.comparator, target.percent), shortfall(good, target.comparator, target.percent), tolerance);
      const wanted = `a ${symbol(target.comparator)} ${formatNumber(target.percent)}% ${target.direction}`;
      return { status, basis: "change-target", reason: `${describeChange(change, kpi.unit)} against ${wanted}: ${verdict(status, `${formatNumber(tolerance)} point`)}` };
    }
    case "direction": {
      if (change.actual === null) return notJudged("No previous figure to compare with");
      const way = Math.sign(change.actual) * (target.direction === "up" ? 1 : -1);
      const status: RagStatus = way > 0 ? "green" : way === 0 ? "amber" : "red";
      const words = way > 0 ? "the right direction" : way === 0 ? "no change" : "the wrong direction";
      return { status, basis: "direction", reason: `${describeChange(change, kpi.unit)} against ${targetLabel(kpi.targetText, target, kpi.unit)}: ${words}` };
    }
    case "grade": {
      const wanted = gradeScore(target.grade);
      const status: RagStatus = current >= wanted ? "green" : current >= wanted - 1 ? "amber" : "red";
      const words = status === "green" ? "target met" : status === "amber" ? "one grade short" : "more than one grade short";
      const have = gradeName(current) ?? formatNumber(current);
      return { status, basis: "grade", reason: `${have} against ${gradeLabel(target.grade)}: ${words}` };
    }
    default: {
      const unreachable: never = target;
      return unreachable;
    }
  }
}

function judgeTrajectory(t: TrajectoryResult, tolerance: number): Judgement {
  const band = (Math.abs(t.targetForYear) * tolerance) / 100;
  const gap = cleanFloat(Math.abs(t.projectedYearEnd - t.targetForYear));
  const status: RagStatus = t.onTrack ? "green" : gap <= band ? "amber" : "red";
  const words = t.onTrack ? "on track" : status === "amber" ? `off track, within ${formatNumber(tolerance)}% tolerance` : "off track";
  return {
    status,
    basis: "trajectory",
    reason: `Projected ${formatNumber(t.projectedYearEnd, 1)} for ${t.yearLabel} against a trajectory target of ${formatNumber(t.targetForYear, 1)}: ${words}`,
  };
}

function notJudged(reason: string): Judgement {
  return { status: null, basis: "none", reason };
}

/** Green when met, amber when short by no more than the band, red otherwise. */
function banded(met: boolean, short: number, band: number): RagStatus {
  if (met) return "green";
  return cleanFloat(short) <= cleanFloat(band) ? "amber" : "red";
}

function compare(value: number, comparator: Comparator, target: number): boolean {
  // Compared after noise removal, so 0.1 + 0.2 meets "= 0.3".
  const v = cleanFloat(value);
  switch (comparator) {
    case ">=":
      return v >= target;
    case "<=":
      return v <= target;
    case ">":
      return v > target;
    case "<":
      return v < target;
    case "=":
      return v === target;
    default: {
      const unreachable: never = comparator;
      return unreachable;
    }
  }
}

/** How far a value falls short of a target, in the target's unit (0 or less when it does not). */
function shortfall(value: number, comparator: Comparator, target: number): number {
  switch (comparator) {
    case ">=":
    case ">":
      return target - value;
    case "<=":
    case "<":
      return value - target;
    case "=":
      return Math.abs(value - target);
    default: {
      const unreachable: never = comparator;
      return unreachable;
    }
  }
}

function verdict(status: RagStatus, tolerance: string): string {
  switch (status) {
    case "green":
      return "target met";
    case "amber":
      return `within ${tolerance} tolerance`;
    case "red":
      return `outside ${tolerance} tolerance`;
    default: {
      const unreachable: never = status;
      return unreachable;
    }
  }
}

/** The target as published, or a plain rendering when the published text is not at hand. */
function targetLabel(targetText: string, target: Target, unit: Unit): string {
  const text = targetText.trim();
  if (text !== "") return text;
  switch (target.kind) {
    case "level":
      return `${symbol(target.comparator)} ${formatFigure(target.value, unit)}`;
    case "change":
      return `${symbol(target.comparator)} ${formatNumber(target.percent)}% ${target.direction}`;
    case "direction":
      return target.direction === "up" ? "↑" : "↓";
    case "rank":
      return `${symbol(target.comparator)} ${target.position} in ${target.group}`;
    case "grade":
      return gradeLabel(target.grade);
    case "none":
      return "no target";
    case "to-be-confirmed":
      return "TBC";
    case "unparsed":
      return target.text;
    default: {
      const unreachable: never = target;
      return unreachable;
    }
  }
}

function symbol(comparator: Comparator): string {
  switch (comparator) {
    case ">=":
      return "≥";
    case "<=":
      return "≤";
    case ">":
    case "<":
    case "=":
      return comparator;
    default: {
      const unreachable: never = comparator;
      return unreachable;
    }
  }
}
