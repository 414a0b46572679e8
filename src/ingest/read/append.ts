/**
 * Appends every item to the array in place: `target.push(...items)` passes each item as an argument and overflows
 * the call stack past about 100,000 (a huge sheet's measurements, or an issue per cell of it).
 * @example append(issues, readerIssues)
 */
export function append<T>(target: T[], items: readonly T[]): void {
  for (const item of items) target.push(item);
}
