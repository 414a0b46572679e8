/**
 * A year with a mark pasted on, as published tables mark provisional, revised and footnoted years: `2011-12p`,
 * `2009-10r`, `2002-032` (note 2), `2002-03 2`. The year's text and the mark; `null` for other text.
 * @example splitPeriodMark("2011-12p") // { text: "2011-12", mark: "p" }
 */
export function splitPeriodMark(text: string): { text: string; mark: string } | null {
  const m = /^(\d{4}\s?[-/\u2013]\s?\d{2})\s?(\d{1,2}|[a-z])$/i.exec(text.trim());
  return m ? { text: m[1] ?? "", mark: m[2] ?? "" } : null;
}
