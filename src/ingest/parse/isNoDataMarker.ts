/**
 * Whether text is a marker analysts use for "no figure for this period": dashes (`-`, `--`, `–`), dots (`..`),
 * `n/a`, `N/A`, `TBC`, `TBA`, `TBD`, `no data`, and the marks statistical tables print for a figure not available or
 * withheld: `*` (Scottish fire statistics), `x`, `[x]`, `[c]`, `[z]` (GSS shorthand), `:`. Expects text already passed
 * through `cleanText`.
 * @example isNoDataMarker("n/a") === true; isNoDataMarker("0") === false
 */
export function isNoDataMarker(text: string): boolean {
  if (text === "") return false;
  return DASHES_OR_DOTS.test(text) || WORDS.has(text.toLowerCase());
}

const DASHES_OR_DOTS = /^(?:[-\u2010-\u2015\u2212]{1,3}|\.{1,3}|\u2026)$/;
const WORDS = new Set(["n/a", "na", "n.a.", "n.a", "n/k", "nk", "tbc", "tba", "tbd", "no data", "not available", "not known", "*", "**", "x", "[x]", "[c]", "[z]", ":"]);
