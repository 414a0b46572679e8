/**
 * The quarter as a report's cover names it.
 * @example longQuarterLabel("Q2 2013-14") === "Quarter 2 2013-14"
 */
export function longQuarterLabel(quarterLabel: string): string {
  return quarterLabel.replace(/^\s*Q([1-4])\b/i, "Quarter $1");
}
