import type { DraftSentence, KpiDraftContext } from "./draftTypes";
import { pickWording } from "./pickWording";
import { phraseChange } from "./phraseFigures";

/**
 * Progress against a trajectory target, as seed 000 paragraph 1.2.13 reports the KSIs: the year's target, the
 * total so far against the same months last year, the projected year end and whether that is on track (with the
 * RAG it earned). Figures as the Notes column gives them.
 * @example trajectorySentence(ksi)?.text
 *   // "So far in 2013, 242 have been recorded, 48 fewer than in the same months last year; at this rate the year would end at about 323, below the 2013 target of 348, so it is on track (Green)."
 */
export function trajectorySentence({ result, figures, settings }: KpiDraftContext): DraftSentence | null {
  const t = result.trajectory;
  if (!t) return null;
  const { figure } = figures;
  const target = figure(t.targetForYear);
  const projected = figure(t.projectedYearEnd);
  const relation = projected === target ? "level with" : t.projectedYearEnd < t.targetForYear ? "below" : "above";
  const verdict = t.onTrack ? "on track" : "off track";
  const rated = result.rag.basis === "trajectory" && result.rag.status !== null ? ` (${settings.ragLabels[result.rag.status]})` : "";
  const sinceLastYear = lastYearClause(t.actualToDate, t.actualToDateLastYear, result, figure);
  const key = `${result.kpi.id}\u0000trajectory`;
  const text = pickWording(key, [
    `So far in ${t.yearLabel}, ${figure(t.actualToDate)} have been recorded${sinceLastYear}; at this rate the year would end at about ${projected}, ${relation} the ${t.yearLabel} target of ${target}, so it is ${verdict}${rated}.`,
    `The ${t.yearLabel} target is ${target}. With ${figure(t.actualToDate)} to date${sinceLastYear}, the year is projected to end at about ${projected}, ${relation} the target: ${verdict}${rated}.`,
  ]);
  return { topic: "trajectory", text };
}

function lastYearClause(now: number, lastYear: number | null, result: KpiDraftContext["result"], figure: (v: number) => string): string {
  if (lastYear === null) return "";
  const change = phraseChange(
    { actual: now - lastYear, percent: null, points: null },
    now,
    lastYear,
    // The total so far is an amount, whatever the KPI's unit; `count` gives "fewer"/"more".
    result.kpi.unit === "percent" || result.kpi.unit === "grade" ? "rate" : result.kpi.unit,
    result.kpi.decimals,
    figure,
  );
  switch (change.movement) {
    case "up":
    case "down":
      return `, ${change.amount} ${change.comparative ?? ""} than in the same months last year`;
    case "unchanged":
    case "little-changed":
      return ", about the same as in the same months last year";
    case null:
      return "";
    default: {
      const unreachable: never = change.movement;
      return unreachable;
    }
  }
}
