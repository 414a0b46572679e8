import type { Polarity, Target } from "../model/kpi";
import type { AssuranceMark, ControlLimits, SpcResult, VariationMark } from "../model/results";
import { computeControlLimits } from "./computeControlLimits";
import { detectSpecialCauses } from "./detectSpecialCauses";

/** A level target, the only kind SPC assurance can compare with the limits. */
export type LevelTarget = Extract<Target, { kind: "level" }>;

/**
 * Statistical process control for a monthly series, as NHS "Making Data Count" reads it:
 * limits (`computeControlLimits`), special causes (`detectSpecialCauses`), and two summary marks.
 * - Variation reads the latest point that has a value: common cause, or special cause improving / concerning /
 *   neither (neutral KPIs). `null` without limits (fewer than 12 values).
 * - Assurance compares a level target with the limits, since the process varies anywhere between them:
 *   consistently passing when every value between the limits meets the target, consistently failing when none
 *   does, hit and miss otherwise. `null` without a level target or limits.
 * @example computeSpc(monthlyValues, "higher-is-better", { kind: "level", comparator: ">=", value: 95 }, 7)
 */
export function computeSpc(
  values: readonly (number | null)[],
  polarity: Polarity,
  levelTarget: LevelTarget | null,
  shiftLength: number,
): SpcResult {
  const limits = computeControlLimits(values);
  const points = detectSpecialCauses(values, limits, polarity, shiftLength);
  if (!limits) return { limits: null, points, variation: null, assurance: null };

  let latest: (typeof points)[number] | undefined;
  for (let i = points.length - 1; i >= 0 && !latest; i--) {
    if (points[i]?.value !== null) latest = points[i];
  }
  return {
    limits,
    points,
    variation: latest ? variationOf(latest.cause) : null,
    assurance: levelTarget ? assuranceOf(limits, levelTarget) : null,
  };
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
