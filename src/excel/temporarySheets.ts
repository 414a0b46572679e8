/**
 * The names of the sheets a render works on before they take their place: `~SB<token> 1`, `~SB<token> store` (and
 * `~SB<token> swap`, the first of them once the swap has begun). A
 * render interrupted for good (Excel closed, the workbook left in the background) can leave them behind; the next
 * render removes them and the read never takes them for the analyst's data. The token makes them unique; the pattern
 * is narrow enough that no sheet of the analyst's matches it.
 */

const PREFIX = "~SB";
const PATTERN = /^~SB[a-z0-9]{6} (\d+|store|swap)$/i;

/**
 * The prefix of one render's temporary sheets.
 * @example temporaryPrefix("a1b2c3") === "~SBa1b2c3"
 */
export function temporaryPrefix(token: string): string {
  return `${PREFIX}${token}`;
}

/**
 * Whether a sheet is a render's temporary sheet (this one's or an earlier, interrupted one's).
 * @example isTemporarySheetName("~SBa1b2c3 2") === true
 */
export function isTemporarySheetName(name: string): boolean {
  return PATTERN.test(name);
}

/** A random token for the temporary names: six lower-case letters and digits. */
export function randomToken(): string {
  return Math.random().toString(36).slice(2, 8).padEnd(6, "0");
}
