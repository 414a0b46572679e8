import type { Polarity } from "../model/kpi";
import type { Trend, TrendAssessment, TrendDirection } from "../model/results";
import { cleanFloat } from "./cleanFloat";

/**
 * The trend mark against the previous figure: its direction, and whether that is good news given the polarity.
 * A rise is `improving` when higher is better and `worsening` when lower is better; no change is `flat` and
 * `neutral`; a neutral KPI is always `neutral`. A missing figure gives no mark (both `null`).
 * @example computeTrend(19581, 21012, "lower-is-better") // { direction: "down", assessment: "improving" }
 */
export function computeTrend(current: number | null, previous: number | null, polarity: Polarity): Trend {
  if (current === null || previous === null || !Number.isFinite(current) || !Number.isFinite(previous)) {
    return { direction: null, assessment: null };
  }
  // Compared after noise removal, so 0.1 + 0.2 against 0.3 reads as flat.
  const difference = cleanFloat(cleanFloat(current) - cleanFloat(previous));
  const direction: TrendDirection = difference > 0 ? "up" : difference < 0 ? "down" : "flat";
  return { direction, assessment: assess(direction, polarity) };
}

function assess(direction: TrendDirection, polarity: Polarity): TrendAssessment {
  if (direction === "flat") return "neutral";
  switch (polarity) {
    case "higher-is-better":
      return direction === "up" ? "improving" : "worsening";
    case "lower-is-better":
      return direction === "down" ? "improving" : "worsening";
    case "neutral":
      return "neutral";
    default: {
      const unreachable: never = polarity;
      return unreachable;
    }
  }
}
