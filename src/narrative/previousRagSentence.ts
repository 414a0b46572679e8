import type { RagStatus } from "../model/kpi";
import type { DraftSentence } from "../model/drafts";
import type { KpiDraftContext } from "./draftTypes";
import { pickWording } from "./pickWording";
import { inPeriod } from "./sentenceText";

const RANK: Readonly<Record<RagStatus, number>> = { green: 3, amber: 2, red: 1 };

/**
 * This period's RAG against last period's, as the scorecard's two RAG columns show them: "It was Green in
 * Q1 2013-14, so its rating has worsened." Nothing unless both periods were rated.
 * @example previousRagSentence(calls999)?.text // "In Q1 2013-14 it was rated Green, so its rating has worsened."
 */
export function previousRagSentence({ result, settings, previousRagLabel }: KpiDraftContext): DraftSentence | null {
  const now = result.rag.status;
  const before = result.previousRag.status;
  if (now === null || before === null) return null;
  const labels = settings.ragLabels;
  const when = inPeriod(previousRagLabel);
  const key = `${result.kpi.id}\u0000previous-rag`;
  if (now === before) {
    return { topic: "previous-rag", text: `It was also rated ${labels[before]}${when}.` };
  }
  const better = RANK[now] > RANK[before];
  const text = pickWording(key, [
    `It was rated ${labels[before]}${when}, so its rating has ${better ? "improved" : "worsened"}.`,
    `${when === "" ? "Last period" : when.trim().replace(/^in/, "In")} it was rated ${labels[before]}: its rating has ${better ? "improved" : "worsened"}.`,
  ]);
  return { topic: "previous-rag", text };
}
