/**
 * Text as an analyst meant it: non-breaking, thin and figure spaces become plain spaces, zero-width characters go,
 * runs of whitespace collapse to one space, and the ends are trimmed. Pasted report text is full of these.
 * @example cleanText("\u00a0 25.5\u00a0%  ") === "25.5 %"
 */
export function cleanText(text: string): string {
  // Plain ASCII text with single spaces and no padding (most cells) needs no work.
  if (!NEEDS_CLEANING.test(text)) return text;
  return text
    .replace(ZERO_WIDTH, "")
    .replace(SPACES, " ")
    .trim();
}

const NEEDS_CLEANING = /^\s|\s$|\s\s|[^\S ]|[\u200b-\u200d\ufeff]/;
const ZERO_WIDTH = /[\u200b-\u200d\ufeff]/g;
const SPACES = /\s+/g;
