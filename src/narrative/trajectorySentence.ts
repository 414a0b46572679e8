import { formatNumber } from "../calc/describeFigure";
import type { DraftSentence } from "../model/drafts";
import type { KpiDraftContext } from "./draftTypes";
import { pickWording } from "./pickWording";
import { phraseChange } from "./phraseFigures";

/**
 * Progress against a trajectory target, as seed 000 paragraphs 1.2.12-1.2.13 report the KSIs: the year's target
 * and how it follows from last year's (and whether that was met), the total so far against the same months last
 * year, the projected year end and whether that is on track, with the RAG it earned. Figures as the Notes column
 * gives them.
 * @example trajectorySentence(ksi)?.text
 *   // "The 2013 target is 348, a 4% reduction on the 2012 target of 362, which was not met: 2012 ended at 393. So far in 2013, 242 have been recorded, ..."
 */
export function trajectorySentence({ result, figures, settings }: KpiDraftContext): DraftSentence | null {
  const t = result.trajectory;
  const plan = result.kpi.trajectory;
  if (!t || !plan) return null;
  const { figure } = figures;
  const target = figure(t.targetForYear);
  const projected = figure(t.projectedYearEnd);
  const relation = projected === target ? "level with" : t.projectedYearEnd < t.targetForYear ? "below" : "above";
  const verdict = t.onTrack ? "on track" : "off track";
  const rated = result.rag.basis === "trajectory" && result.rag.status !== null ? ` (${settings.ragLabels[result.rag.status]})` : "";
  const sinceLastYear = sameMonthsClause(t.actualToDate, t.lastYear.actualToDate, result, figure);

  const step = plan.annualChangePercent;
  // Met as calc judges on track: by polarity, or by the trajectory's own direction for a neutral KPI.
  const polarity = result.kpi.polarity;
  const lowerIsBetter = polarity === "lower-is-better" || (polarity === "neutral" && step <= 0);
  const howSet = step === 0 ? `the same as the ${t.lastYear.yearLabel} target` : `a ${formatNumber(Math.abs(step))}% ${step < 0 ? "reduction" : "increase"} on the ${t.lastYear.yearLabel} target of ${figure(t.lastYear.target)}`;
  const lastYearActual = t.lastYear.actual;
  const lastYearMet = lastYearActual === null ? null : lowerIsBetter ? lastYearActual <= t.lastYear.target : lastYearActual >= t.lastYear.target;
  const outcome =
    lastYearActual === null || step === 0
      ? ""
      : `, which was ${lastYearMet ? "met" : "not met"}: ${t.lastYear.yearLabel} ended at ${figure(lastYearActual)}`;
  const opening = `The ${t.yearLabel} target is ${target}, ${howSet}${outcome}.`;

  const key = `${result.kpi.id}\u0000trajectory`;
  const progress = pickWording(key, [
    `So far in ${t.yearLabel}, ${figure(t.actualToDate)} have been recorded${sinceLastYear}; at this rate the year would end at about ${projected}, ${relation} the target, so it is ${verdict}${rated}.`,
    `With ${figure(t.actualToDate)} to date${sinceLastYear}, ${t.yearLabel} is projected to end at about ${projected}, ${relation} the target: ${verdict}${rated}.`,
  ]);
  return { topic: "trajectory", text: `${opening} ${progress}` };
}

function sameMonthsClause(now: number, lastYear: number | null, result: KpiDraftContext["result"], figure: (v: number) => string): string {
  if (lastYear === null) return "";
  const change = phraseChange(
    { actual: now - lastYear, percent: null, points: null },
    now,
    lastYear,
    // The total so far is an amount whatever the KPI's unit; counts give "fewer" / "more".
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
