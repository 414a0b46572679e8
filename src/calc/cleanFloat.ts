/**
 * Removes binary floating-point noise from a computed figure, so `25.2 - 21.1` is `4.1` rather than
 * `4.100000000000001` in the results, the JSON output and the workbook. The figure is rounded to 12 significant
 * digits, which keeps every real figure (money in pounds included) exact. Whole numbers, the common case, return
 * at once: this runs for every rolling total and window of a large workbook.
 * @example cleanFloat(25.2 - 21.1) === 4.1
 */
export function cleanFloat(value: number): number {
  if (Number.isInteger(value) || !Number.isFinite(value) || value === 0) return value;
  const magnitude = Math.abs(value);
  // Past 1e11 the fraction is below the 12th digit already; below 1e-300 the scale would overflow.
  if (magnitude >= 1e11 || magnitude < 1e-300) return value;
  const scale = Math.pow(10, 11 - Math.floor(Math.log10(magnitude)));
  // An integer divided by a power of ten is the double nearest the decimal, e.g. 410000000000 / 1e11 === 4.1.
  return scale > 1e22 ? Number(value.toPrecision(12)) : Math.round(value * scale) / scale;
}
