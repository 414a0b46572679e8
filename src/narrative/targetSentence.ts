import { formatNumber, gradeLabel } from "../calc/describeFigure";
import type { Comparator, RagStatus, Target } from "../model/kpi";
import type { DraftSentence } from "../model/drafts";
import type { KpiDraftContext } from "./draftTypes";
import { pickWording } from "./pickWording";
import { phraseChange } from "./phraseFigures";
import { inPeriod } from "./sentenceText";

/**
 * The RAG against the target and why, as the scorecard's RAG cell reached it: a level (`25.2% is just short of the
 * target of at least 25.5%`), a change (`a reduction of at least 1%`), a direction, a grade, or the analyst's own
 * rating. KPIs with no target get nothing; those that cannot be judged say why. Trajectory targets are described
 * by `trajectorySentence`.
 * @example targetSentence(positiveOutcomeRate)?.text
 *   // "It is rated Amber: 25.2% is just short of the target of at least 25.5%, within tolerance."
 */
export function targetSentence(context: KpiDraftContext): DraftSentence | null {
  const text = targetText(context);
  return text === null ? null : { topic: "target", text };
}

function targetText(context: KpiDraftContext): string | null {
  const { result, settings } = context;
  const { rag, kpi } = result;
  const labels = settings.ragLabels;
  const key = `${kpi.id}\u0000target`;
  switch (rag.basis) {
    case "override":
      if (rag.status === null) return null;
      if (rag.computed === rag.status) return `The analyst's rating of ${labels[rag.status]} agrees with the figures.`;
      return rag.computed === null
        ? `The analyst has rated it ${labels[rag.status]}; the figures alone cannot be rated against a target.`
        : `The analyst has rated it ${labels[rag.status]}; the figures alone would give ${labels[rag.computed]}.`;
    case "trajectory":
      return null;
    case "none":
      return notRated(context, kpi.target);
    case "target":
    case "change-target":
    case "direction":
    case "grade":
      if (rag.status === null) return null;
      return judged(context, kpi.target, rag.status, key);
    default: {
      const unreachable: never = rag.basis;
      return unreachable;
    }
  }
}

function judged(context: KpiDraftContext, target: Target, status: RagStatus, key: string): string | null {
  const { result, figures } = context;
  const label = context.settings.ragLabels[status];
  const current = figures.current;
  if (current === null || result.current === null) return null;
  switch (target.kind) {
    case "level": {
      const wanted = `the target of ${comparatorWords(target.comparator)} ${figures.target(target.value)}`;
      const gap = phraseChange(
        { actual: result.current - target.value, percent: null, points: result.kpi.unit === "percent" ? result.current - target.value : null },
        result.current,
        target.value,
        result.kpi.unit,
        result.kpi.decimals,
        figures.figure,
      ).amount;
      const side = missWord(target.comparator);
      switch (status) {
        case "green":
          return pickWording(key, [`At ${current} it meets ${wanted} and is rated ${label}.`, `It is rated ${label}: ${current} meets ${wanted}.`]);
        case "amber":
          return pickWording(key, [
            `It is rated ${label}: ${current} is just ${side} ${wanted}, within tolerance.`,
            `At ${current} it is ${gap} ${side} ${wanted}, within tolerance, so it is rated ${label}.`,
          ]);
        case "red":
          return pickWording(key, [
            `At ${current} it is ${gap} ${side} ${wanted} and is rated ${label}.`,
            `It is rated ${label}: ${current} misses ${wanted} by ${gap}.`,
          ]);
        default: {
          const unreachable: never = status;
          return unreachable;
        }
      }
    }
    case "change": {
      const size = result.kpi.unit === "percent" ? `${formatNumber(target.percent)} percentage points` : `${formatNumber(target.percent)}%`;
      const wanted = `a ${target.direction} of ${comparatorWords(target.comparator)} ${size}`;
      const measured = figures.percent ?? (result.kpi.unit === "percent" ? figures.amount : null);
      const wantedWay = target.direction === "reduction" ? "down" : "up";
      if (status === "green" && measured !== null && figures.movement === wantedWay) {
        return `The target is ${wanted}; the ${measured} ${target.direction} meets it, so it is rated ${label}.`;
      }
      const what =
        figures.movement === "up" || figures.movement === "down"
          ? `it ${figures.movement === "up" ? "rose" : "fell"}${measured === null ? "" : ` by ${measured}`}`
          : "it is little changed";
      return `Against a target of ${wanted}, ${what}, so it is rated ${label}.`;
    }
    case "direction": {
      const wantedWay = target.direction === "up" ? "rise" : "fall";
      switch (status) {
        case "green":
          return `The target is for it to ${wantedWay}, and it has: it is rated ${label}.`;
        case "amber":
          return `The target is for it to ${wantedWay}; it is unchanged, so it is rated ${label}.`;
        case "red":
          return `The target is for it to ${wantedWay}, but it ${target.direction === "up" ? "fell" : "rose"}, so it is rated ${label}.`;
        default: {
          const unreachable: never = status;
          return unreachable;
        }
      }
    }
    case "grade": {
      const wanted = gradeLabel(target.grade);
      switch (status) {
        case "green":
          return `It is rated ${label}: ${current} meets the target of ${wanted}.`;
        case "amber":
          return `At ${current} it is one grade short of the target of ${wanted}, so it is rated ${label}.`;
        case "red":
          return `At ${current} it is more than one grade short of the target of ${wanted}, so it is rated ${label}.`;
        default: {
          const unreachable: never = status;
          return unreachable;
        }
      }
    }
    case "none":
    case "to-be-confirmed":
    case "rank":
    case "unparsed":
      return null;
    default: {
      const unreachable: never = target;
      return unreachable;
    }
  }
}

/** Why a KPI with a target has no RAG; nothing for a KPI without one (most of them, and the seeds say nothing). */
function notRated({ result }: KpiDraftContext, target: Target): string | null {
  switch (target.kind) {
    case "none":
      return null;
    case "to-be-confirmed":
      return "Its target is to be confirmed, so it is not rated.";
    case "rank":
      return `Its target, ${result.kpi.targetText.trim() || "a league position"}, needs a league table the workbook does not hold, so it is not rated.`;
    case "unparsed":
      return `Its target, "${target.text}", was not understood, so it is not rated.`;
    case "level":
    case "grade":
    case "direction":
    case "change":
      if (result.current === null) return `It cannot be rated against its target without a figure${inPeriod(result.currentLabel)}.`;
      if (target.kind === "change" || target.kind === "direction") {
        if (result.previous === null) return `It cannot be rated against its target without a figure${inPeriod(result.previousLabel)} to compare with.`;
        if (result.previous === 0 && result.kpi.unit !== "percent") return "It cannot be rated against its target: there is no percentage change from zero.";
      }
      return null;
    default: {
      const unreachable: never = target;
      return unreachable;
    }
  }
}

function comparatorWords(comparator: Comparator): string {
  switch (comparator) {
    case ">=":
      return "at least";
    case ">":
      return "more than";
    case "<=":
      return "no more than";
    case "<":
      return "less than";
    case "=":
      return "exactly";
    default: {
      const unreachable: never = comparator;
      return unreachable;
    }
  }
}

/** How a figure misses a target: short of a minimum, over a maximum. */
function missWord(comparator: Comparator): string {
  switch (comparator) {
    case ">=":
    case ">":
      return "short of";
    case "<=":
    case "<":
      return "over";
    case "=":
      return "away from";
    default: {
      const unreachable: never = comparator;
      return unreachable;
    }
  }
}
