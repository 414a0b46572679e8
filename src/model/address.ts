/**
 * A1 addresses, the way analysts and Excel name cells. Issues, plan blocks and chart references all use them.
 */

/** Column letters for a 0-based column index. @example columnLetters(27) === "AB" */
export function columnLetters(col: number): string {
  let n = col + 1;
  let letters = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** 0-based column index for column letters, `NaN` if the letters are not a column. */
export function columnIndex(letters: string): number {
  if (!/^[A-Za-z]{1,3}$/.test(letters)) return NaN;
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** A1 address of a 0-based (row, col). @example toA1(0, 0) === "A1" */
export function toA1(row: number, col: number): string {
  return `${columnLetters(col)}${row + 1}`;
}

/** A1 address of a 0-based inclusive rectangle. @example toA1Range(0, 0, 2, 1) === "A1:B3" */
export function toA1Range(top: number, left: number, bottom: number, right: number): string {
  const start = toA1(top, left);
  const end = toA1(bottom, right);
  return start === end ? start : `${start}:${end}`;
}

/** Parses `B7` into 0-based coordinates, `undefined` when it is not an A1 address. */
export function parseA1(address: string): { row: number; col: number } | undefined {
  const match = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(address.trim());
  if (!match) return undefined;
  const col = columnIndex(match[1] ?? "");
  const row = Number(match[2]) - 1;
  return Number.isNaN(col) || row < 0 ? undefined : { row, col };
}

/** A sheet name quoted for use in a formula or chart reference: `'Chart data Q2 2013-14'!$B$2:$B$61`. */
export function quoteSheetName(sheet: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
}

/** Absolute reference to a 0-based rectangle on a sheet, as charts need. */
export function absoluteRef(sheet: string, top: number, left: number, bottom: number, right: number): string {
  const abs = (r: number, c: number) => `$${columnLetters(c)}$${r + 1}`;
  const range = top === bottom && left === right ? abs(top, left) : `${abs(top, left)}:${abs(bottom, right)}`;
  return `${quoteSheetName(sheet)}!${range}`;
}
