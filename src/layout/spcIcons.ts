import type { Polarity } from "../model/kpi";
import type { AssuranceMark, SpcResult, VariationMark } from "../model/results";
import type { PlanCell } from "./plan";
import { NO_RAG } from "./ragCells";
import { STYLE } from "./styleNames";

/**
 * An NHS "Making Data Count" icon as a cell: MDC's letter (H or L for a special cause high or low, P pass, F fail,
 * ? hit and miss, ≈ common cause) in MDC's colour (grey common cause, blue improvement, orange concern, purple
 * neither) on a light fill of it. The letter keeps it legible in black and white; the key on the sheet says what
 * each means.
 */
export interface SpcIcon {
  readonly letter: string;
  readonly style: string;
  /** What it means, for the key. */
  readonly meaning: string;
}

export const VARIATION_ICONS = {
  commonCause: { letter: "≈", style: STYLE.spcCommonCause, meaning: "common cause" },
  improvingHigh: { letter: "H", style: STYLE.spcImprovement, meaning: "improvement, high" },
  improvingLow: { letter: "L", style: STYLE.spcImprovement, meaning: "improvement, low" },
  concerningHigh: { letter: "H", style: STYLE.spcConcern, meaning: "concern, high" },
  concerningLow: { letter: "L", style: STYLE.spcConcern, meaning: "concern, low" },
  neitherHigh: { letter: "H", style: STYLE.spcNeither, meaning: "neither, high" },
  neitherLow: { letter: "L", style: STYLE.spcNeither, meaning: "neither, low" },
} as const satisfies Record<string, SpcIcon>;

export const ASSURANCE_ICONS = {
  passing: { letter: "P", style: STYLE.spcImprovement, meaning: "consistently passes the target" },
  failing: { letter: "F", style: STYLE.spcConcern, meaning: "consistently fails the target" },
  hitAndMiss: { letter: "?", style: STYLE.spcCommonCause, meaning: "hit and miss" },
} as const satisfies Record<string, SpcIcon>;

/**
 * The variation icon of a KPI's SPC: what its latest point shows. High or low is the direction of the special
 * cause: up for an improvement where higher is better, and so on; for a neutral KPI, the side of the mean.
 * `null` without a judgement (too few points, no monthly data).
 * @example variationIcon(spc, "lower-is-better") // { letter: "L", style: "spc-improvement", ... } for falling crime
 */
export function variationIcon(spc: SpcResult | null, polarity: Polarity): SpcIcon | null {
  const mark: VariationMark | null = spc?.variation ?? null;
  if (spc === null || mark === null) return null;
  switch (mark) {
    case "common-cause":
      return VARIATION_ICONS.commonCause;
    case "special-cause-improving":
      return polarity === "lower-is-better" ? VARIATION_ICONS.improvingLow : VARIATION_ICONS.improvingHigh;
    case "special-cause-concerning":
      return polarity === "lower-is-better" ? VARIATION_ICONS.concerningHigh : VARIATION_ICONS.concerningLow;
    case "special-cause-neither": {
      const latest = [...spc.points].reverse().find((p) => p.value !== null);
      const high = latest?.value !== null && latest?.value !== undefined && spc.limits !== null && latest.value > spc.limits.mean;
      return high ? VARIATION_ICONS.neitherHigh : VARIATION_ICONS.neitherLow;
    }
    default: {
      const unreachable: never = mark;
      return unreachable;
    }
  }
}

/** The assurance icon, `null` without one (no level target, too few points, or withheld while a recalculation is proposed). */
export function assuranceIcon(spc: SpcResult | null): SpcIcon | null {
  const mark: AssuranceMark | null = spc?.assurance ?? null;
  switch (mark) {
    case null:
      return null;
    case "consistently-passing":
      return ASSURANCE_ICONS.passing;
    case "consistently-failing":
      return ASSURANCE_ICONS.failing;
    case "hit-and-miss":
      return ASSURANCE_ICONS.hitAndMiss;
    default: {
      const unreachable: never = mark;
      return unreachable;
    }
  }
}

/** A cell showing an icon, or a dash where there is none. */
export function iconCell(icon: SpcIcon | null): PlanCell {
  return icon === null ? { value: NO_RAG, style: STYLE.spcNone } : { value: icon.letter, style: icon.style };
}
