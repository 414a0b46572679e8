/** Small pieces of English shared by the drafting functions. */

/** ` in Apr - Sep 2013/14`, or nothing for a figure without a period label. */
export function inPeriod(label: string): string {
  return label.trim() === "" ? "" : ` in ${label}`;
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
