import type { RagLabels, RagStatus } from "../model/kpi";
import { RAG_STATUSES } from "../model/kpi";
import type { RagResult } from "../model/results";
import type { ConditionalFormatSpec, PlanCell } from "./plan";
import { RAG_COLOURS } from "./palette";
import { ragStyleName, STYLE } from "./styleNames";

/** Marks an analyst's RAG, explained by a footnote on the sheet. */
export const OVERRIDE_MARK = "*";
/** Shown where a KPI or theme has no RAG. */
export const NO_RAG = "–";

/**
 * A RAG cell: the organisation's label on its fill, `Amber*` when an analyst's judgement set it.
 * @example ragCell("amber", { green: "Green", amber: "Amber", red: "Red" }, true) // { value: "Amber*", style: "rag-amber" }
 */
export function ragCell(status: RagStatus | null, labels: RagLabels, override = false): PlanCell {
  if (status === null) return { value: NO_RAG, style: STYLE.ragNone };
  return { value: `${labels[status]}${override ? OVERRIDE_MARK : ""}`, style: ragStyleName(status) };
}

/** The cell for a KPI's RAG result, marked when it is an override. */
export function ragResultCell(rag: RagResult, labels: RagLabels): PlanCell {
  return ragCell(rag.status, labels, rag.basis === "override" && rag.status !== null);
}

/**
 * One `text-equals` rule per label (and per marked label) over a range, so a retyped RAG takes its fill.
 * @example ragConditionalFormats("H7:I40", labels).length === 6
 */
export function ragConditionalFormats(range: string, labels: RagLabels): ConditionalFormatSpec[] {
  return RAG_STATUSES.flatMap((status) =>
    [labels[status], `${labels[status]}${OVERRIDE_MARK}`].map(
      (text): ConditionalFormatSpec => ({ kind: "text-equals", range, text, ...RAG_COLOURS[status] }),
    ),
  );
}
