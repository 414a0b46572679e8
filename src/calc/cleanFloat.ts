/**
 * Removes binary floating-point noise from a computed figure, so `25.2 - 21.1` is `4.1` rather than
 * `4.100000000000001` in the results, the JSON output and the workbook. Twelve significant digits keep every real
 * figure (money in pounds included) exact.
 * @example cleanFloat(25.2 - 21.1) === 4.1
 */
export function cleanFloat(value: number): number {
  return Number.isFinite(value) ? Number(value.toPrecision(12)) : value;
}
