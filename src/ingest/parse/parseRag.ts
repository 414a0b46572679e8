import type { RagLabels, RagStatus } from "../../model/kpi";
import { keyOf } from "./keyOf";

/**
 * A RAG as analysts type it: Green, Amber, Yellow (as amber), Red, their initials G, A, Y, R, or the workbook's
 * own labels from the settings (`On track / At risk / Off track`), any case. `null` for anything else, including
 * blank.
 * @example parseRag("Yellow") === "amber"
 */
export function parseRag(text: string, labels?: RagLabels): RagStatus | null {
  const key = keyOf(text);
  if (key === "") return null;
  if (labels) {
    if (key === keyOf(labels.green)) return "green";
    if (key === keyOf(labels.amber)) return "amber";
    if (key === keyOf(labels.red)) return "red";
  }
  return RAGS.get(key) ?? null;
}

const RAGS = new Map<string, RagStatus>([
  ["green", "green"],
  ["g", "green"],
  ["amber", "amber"],
  ["a", "amber"],
  ["yellow", "amber"],
  ["y", "amber"],
  ["red", "red"],
  ["r", "red"],
]);
