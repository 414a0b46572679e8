/**
 * The first calendar year of a fiscal year written as two years: `2013/14`, `2013-14`, `2013/2014`, `13/14`.
 * The second year must follow the first, so `2013-04` (a month) is not one. `null` otherwise.
 * @example parseFiscalYearText("2013/14") === 2013
 */
export function parseFiscalYearText(text: string): number | null {
  const match = /^(\d{4}|\d{2})\s*[-/\u2013]\s*(\d{4}|\d{2})$/.exec(text.trim());
  if (!match) return null;
  const first = expandYear(match[1] ?? "");
  const second = match[2] ?? "";
  if (second.length === 4) return Number(second) === first + 1 ? first : null;
  return Number(second) === (first + 1) % 100 ? first : null;
}

/** `13` -> 2013, `98` -> 1998; four-digit years as they are. */
export function expandYear(text: string): number {
  const n = Number(text);
  if (text.length !== 2) return n;
  return n < 70 ? 2000 + n : 1900 + n;
}
