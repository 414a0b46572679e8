/** Text with a trailing footnote mark removed, and the mark, or `null` when there was none. */
export interface FootnoteSplit {
  readonly text: string;
  readonly mark: string | null;
}

export interface StripFootnoteOptions {
  /**
   * The text is a label (a KPI, area or group name), so plain digits stuck to its last word are a footnote mark
   * whose superscript was lost in pasting: `Lancashire6`, `ENGLAND AND WALES4,5,6,7`. Never for figures.
   */
  readonly label?: boolean;
}

/**
 * Drops a trailing footnote mark as published reports use them: superscript digits (`25.5% ¹`), a caret mark
 * (`Number of Repeat Callers ^o`), asterisks and daggers; for labels, also digits pasted onto the last word.
 * Expects text already passed through `cleanText`. Text that is nothing but a mark is left alone.
 * @example stripFootnote("25.5% ¹") // { text: "25.5%", mark: "¹" }
 * @example stripFootnote("Lancashire6", { label: true }) // { text: "Lancashire", mark: "6" }
 */
export function stripFootnote(text: string, options: StripFootnoteOptions = {}): FootnoteSplit {
  const match = FOOTNOTE.exec(text) ?? (options.label ? (PASTED_MARK.exec(text) ?? BRACKETED_MARK.exec(text)) : null);
  if (!match || match.index === 0) return { text, mark: null };
  const rest = text.slice(0, match.index).trimEnd();
  return rest === "" ? { text, mark: null } : { text: rest, mark: (match[0] ?? "").trim() };
}

// A caret mark is one or two letters or digits; asterisks and daggers up to three, as in "***".
const FOOTNOTE_SOURCE = "\\s*(?:[\u00b9\u00b2\u00b3\u2070\u2074-\u2079]+|\\^\\s?[A-Za-z0-9]{1,2}|\\*{1,3}|[\u2020\u2021\u00a7\u00b6]{1,3})$";
const FOOTNOTE = new RegExp(FOOTNOTE_SOURCE, "u");

/**
 * Digits (one or two, or a list of them: `4,5,6,7`) straight after a word of four or more letters, ending the text.
 * Shorter words keep theirs (`KS2`, `M5`), as do words that carry a number in their name (`Covid19`).
 */
/** A note's number in brackets pasted onto a label: `London, City of(6)`, `31 March 2002( 3)`. */
const BRACKETED_MARK = /(?<=\S)\s?\(\s?\d{1,2}\)$/;

const PASTED_MARK = /(?<=(?<![A-Za-z])(?!covid)[A-Za-z]{4,})\d{1,2}(?:,\s?\d{1,2})*$/i;
