/** Text with a trailing footnote mark removed, and the mark, or `null` when there was none. */
export interface FootnoteSplit {
  readonly text: string;
  readonly mark: string | null;
}

/**
 * Drops a trailing footnote mark as published reports use them: superscript digits (`25.5% ¹`), a caret mark
 * (`Number of Repeat Callers ^o`), asterisks and daggers. Expects text already passed through `cleanText`.
 * Text that is nothing but a mark is left alone.
 * @example stripFootnote("25.5% ¹") // { text: "25.5%", mark: "¹" }
 */
export function stripFootnote(text: string): FootnoteSplit {
  const match = FOOTNOTE.exec(text);
  if (!match || match.index === 0) return { text, mark: null };
  const rest = text.slice(0, match.index).trimEnd();
  return rest === "" ? { text, mark: null } : { text: rest, mark: (match[0] ?? "").trim() };
}

// A caret mark is one or two letters or digits; asterisks and daggers up to three, as in "***".
const FOOTNOTE_SOURCE = "\\s*(?:[\u00b9\u00b2\u00b3\u2070\u2074-\u2079]+|\\^\\s?[A-Za-z0-9]{1,2}|\\*{1,3}|[\u2020\u2021\u00a7\u00b6]{1,3})$";
const FOOTNOTE = new RegExp(FOOTNOTE_SOURCE, "u");
