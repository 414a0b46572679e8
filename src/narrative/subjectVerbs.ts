/** Words before which the head noun of a KPI name ends: `Number` of "Number of Repeat Victims". */
const PREPOSITIONS = new Set(["of", "for", "with", "in", "by", "on", "from", "to", "at", "against", "per", "within", "under"]);

export interface SubjectVerbs {
  readonly has: string;
  readonly is: string;
  readonly was: string;
  readonly stands: string;
}

const SINGULAR: SubjectVerbs = { has: "has", is: "is", was: "was", stands: "stands" };
const PLURAL: SubjectVerbs = { has: "have", is: "are", was: "were", stands: "stand" };

/**
 * The verbs that agree with a KPI named as a sentence's subject: "ASB Incidents have fallen", "Number of Repeat
 * Victims has fallen", "Total Crime has fallen". The head noun is the last word before the first preposition; it
 * is plural when it ends in a single `s` (not `ss`, `us`, `is`: Business, Status, Analysis).
 * @example subjectVerbs("ASB Incidents").has === "have"
 * @example subjectVerbs("Number of Repeat Victims").has === "has"
 */
export function subjectVerbs(name: string): SubjectVerbs {
  const words = name.trim().split(/\s+/);
  const end = words.findIndex((w, i) => i > 0 && PREPOSITIONS.has(w.toLowerCase()));
  const head = (end < 0 ? words : words.slice(0, end)).at(-1) ?? "";
  return /[a-z]s$/i.test(head) && !/(ss|us|is)$/i.test(head) ? PLURAL : SINGULAR;
}
