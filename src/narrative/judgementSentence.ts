import type { DraftSentence } from "../model/drafts";
import type { KpiDraftContext } from "./draftTypes";
import { pickWording } from "./pickWording";

/**
 * Whether the change is good or bad news, by the KPI's polarity and the scorecard's own trend assessment, so it
 * always agrees with the trend mark's colour. Nothing for a change too small to show or without both figures.
 * @example judgementSentence(totalCrime)?.text // "This is an improvement."
 */
export function judgementSentence({ result, figures }: KpiDraftContext): DraftSentence | null {
  if (figures.movement !== "up" && figures.movement !== "down") return null;
  const key = `${result.kpi.id}\u0000judgement`;
  switch (result.trend.assessment) {
    case "improving":
      return sentence(
        pickWording(key, ["This is an improvement.", "This is a move in the right direction.", "This is encouraging.", "It is a welcome improvement."]),
      );
    case "worsening":
      return sentence(
        pickWording(key, [
          "This is a deterioration.",
          "This is a move in the wrong direction.",
          "This is a deterioration and one to watch.",
          "It is a move the wrong way.",
        ]),
      );
    case "neutral":
      return result.kpi.polarity === "neutral"
        ? sentence(
            pickWording(key, [
              "There is no preferred direction for this measure, so the change is for information.",
              "The measure has no preferred direction; the change is given for context.",
            ]),
          )
        : null;
    case null:
      return null;
    default: {
      const unreachable: never = result.trend.assessment;
      return unreachable;
    }
  }
}

function sentence(text: string): DraftSentence {
  return { topic: "judgement", text };
}
