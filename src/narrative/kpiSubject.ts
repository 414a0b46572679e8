/**
 * How a sentence names a KPI: its own name, with its parent's for a sub-indicator, since seed 000 has three
 * "Sanction Detection Rate"s.
 * @example kpiSubject("Sanction Detection Rate", "Dwelling Burglary") === "Sanction Detection Rate for Dwelling Burglary"
 */
export function kpiSubject(name: string, parentName: string | null | undefined): string {
  const parent = parentName?.trim();
  return parent ? `${name} for ${parent}` : name;
}
