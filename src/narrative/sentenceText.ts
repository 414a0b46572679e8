/** Small pieces of English shared by the drafting functions. */

/** A label that names a day, as tables head a count taken on a date: `31 March 2002`, `2013-04-01`, `31/03/2002`. */
const DAY_LABEL = /^(\d{1,2}(st|nd|rd|th)?\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?\s+\d{2,4}|\d{4}-\d{2}-\d{2}|\d{1,2}\/\d{1,2}\/\d{2,4})$/i;

/**
 * ` in Apr - Sep 2013/14`, ` at 31 March 2002` for a figure taken on a day, or nothing for a figure without a
 * period label.
 * @example inPeriod("Q2 2013-14") === " in Q2 2013-14"
 * @example inPeriod("31 March 2002") === " at 31 March 2002"
 */
export function inPeriod(label: string): string {
  const text = label.trim();
  if (text === "") return "";
  return DAY_LABEL.test(text) ? ` at ${text}` : ` in ${text}`;
}

/** The first letter in capitals, the rest as written (KPI names keep their own capitals). */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * A list as UK prose writes it: `a`, `a and b`, `a, b and c` (no serial comma).
 * @example joinList(["Purbeck", "Poole", "Weymouth"]) === "Purbeck, Poole and Weymouth"
 */
export function joinList(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? "";
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1] ?? ""}`;
}

/** `1 KPI`, `3 KPIs`. */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : pluralForm}`;
}
