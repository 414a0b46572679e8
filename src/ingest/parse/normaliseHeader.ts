import { cleanText } from "./cleanText";
import { stripFootnote } from "./stripFootnote";

/**
 * Header text reduced for matching against a column's names: footnote marks, a trailing colon and case dropped,
 * underscores and spaces as single spaces.
 * @example normaliseHeader(" KPI_ID: ") === "kpi id"
 */
export function normaliseHeader(text: string): string {
  const clean = stripFootnote(cleanText(text)).text;
  return clean.toLowerCase().replace(/[_\s]+/g, " ").replace(/\s*:$/, "").trim();
}
