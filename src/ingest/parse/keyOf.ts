import { cleanText } from "./cleanText";

/**
 * Text reduced for looking up a word in a small vocabulary: lower case, hyphens, underscores and spaces as single
 * spaces, a trailing full stop dropped. `Higher-is-better.` and `higher is better` give the same key.
 * @example keyOf(" Year_to-Date ") === "year to date"
 */
export function keyOf(text: string): string {
  return cleanText(text).toLowerCase().replace(/[\s_-]+/g, " ").replace(/\.$/, "").trim();
}
