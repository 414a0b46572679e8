import type { DraftSentence } from "../model/drafts";
import type { KpiDraftContext } from "./draftTypes";
import { phraseChange } from "./phraseFigures";

/**
 * Change from the KPI's baseline, as seed 002 reports "Total Crime (from 2019 baseline) ↓ -5%": "Against the 2019
 * baseline of 4,000 it is down 5.0% (200 fewer)." Nothing without a baseline or a current figure.
 * @example baselineSentence(totalCrimeFrom2019)?.text // "Against the 2019 baseline of 4,000 it is down 5.0% (200 fewer)."
 */
export function baselineSentence({ result, figures }: KpiDraftContext): DraftSentence | null {
  const baseline = result.kpi.baseline;
  const change = result.changeFromBaseline;
  if (!baseline || !change || result.current === null) return null;
  const phrased = phraseChange(change, result.current, baseline.value, result.kpi.unit, result.kpi.decimals, figures.figure);
  const label = baseline.label.trim() === "" ? "baseline" : baseline.label.trim();
  const named = /^the\b/i.test(label) ? label : `the ${label}`;
  const against = `Against ${named} of ${phrased.previous ?? figures.figure(baseline.value)}`;
  switch (phrased.movement) {
    case "up":
    case "down": {
      const way = phrased.movement;
      const size = phrased.percent ?? phrased.amount;
      const also = phrased.percent !== null ? ` (${phrased.amount} ${phrased.comparative ?? ""})` : "";
      return { topic: "baseline", text: `${against} it is ${way} ${size}${also.replace(/ \)$/, ")")}.` };
    }
    case "unchanged":
    case "little-changed":
      return { topic: "baseline", text: `${against} it is ${phrased.movement === "unchanged" ? "unchanged" : "little changed"}.` };
    case null:
      return null;
    default: {
      const unreachable: never = phrased.movement;
      return unreachable;
    }
  }
}
