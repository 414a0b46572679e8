import type { Month } from "../model/period";

const NAMES = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"] as const;

/**
 * A month as the analysts' charts label it, written as text so no host turns it into a date: as its table wrote it
 * where it did (`Apr 18`), else `Apr-11`.
 * @example monthLabel(month(2011, 4)) === "Apr-11"
 */
export function monthLabel(m: Month): string {
  if (m.label !== undefined) return m.label;
  const name = NAMES[m.month - 1] ?? String(m.month);
  return `${name}-${String(((m.year % 100) + 100) % 100).padStart(2, "0")}`;
}
