/**
 * The month number (1-12) for an English month name or abbreviation, any case, with or without a trailing full
 * stop: `Apr`, `April`, `Sept.`. `null` for anything else.
 * @example monthFromName("Sept") === 9
 */
export function monthFromName(name: string): number | null {
  return MONTHS.get(name.trim().toLowerCase().replace(/\.$/, "")) ?? null;
}

const NAMES = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];
const MONTHS = new Map<string, number>();
NAMES.forEach((full, i) => {
  MONTHS.set(full, i + 1);
  MONTHS.set(full.slice(0, 3), i + 1);
});
MONTHS.set("sept", 9);
