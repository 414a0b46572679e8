/**
 * Column widths: the plan gives them in characters as a workbook stores them (`<col width>`, which the file host
 * writes as is), Office.js takes points. Excel draws a stored width w at
 * `trunc(((256 w + trunc(128 / 7)) / 256) * 7)` pixels for the default font (Calibri 11, maximum digit width 7 px;
 * ECMA-376 Part 1, 18.3.1.13), and a pixel is 0.75 pt, so both hosts draw the same column.
 * @example columnWidthToPoints(9.140625) === 48 // 64 px: Excel's default column, shown as 8.43 characters
 */
export function columnWidthToPoints(width: number): number {
  if (!Number.isFinite(width) || width <= 0) return 0;
  const maxDigitWidth = 7;
  const pixels = Math.trunc(((256 * Math.min(width, 255) + Math.trunc(128 / maxDigitWidth)) / 256) * maxDigitWidth);
  return pixels * 0.75;
}
