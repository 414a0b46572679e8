/** Words before which the head noun of a KPI name ends: `Number` of "Number of Repeat Victims". */
const PREPOSITIONS = new Set(["of", "for", "with", "in", "by", "on", "from", "to", "at", "against", "per", "within", "under"]);

export interface SubjectVerbs {
  readonly has: string;
  readonly is: string;
  readonly was: string;
  readonly stands: string;
}

/**
 * Names that end in `s` but are one thing: places (KPIs of a table of areas are named by them) and a few nouns.
 * `West Midlands has`, `England & Wales has`, `Dyfed-Powys has`.
 */
const SINGULAR_IN_S = new Set([
  "wales", "midlands", "borders", "downs", "powys", "hastings", "wells", "helens", "albans", "lewes", "barnes",
  "yorks", "lancs", "notts", "herts", "bucks", "beds", "hants", "wilts", "glos", "staffs", "cambs", "lincs", "northants",
  "news", "series", "species", "means",
]);

const SINGULAR: SubjectVerbs = { has: "has", is: "is", was: "was", stands: "stands" };
const PLURAL: SubjectVerbs = { has: "have", is: "are", was: "were", stands: "stand" };

/**
 * The verbs that agree with a KPI named as a sentence's subject: "ASB Incidents have fallen", "Number of Repeat
 * Victims has fallen", "Total Crime has fallen". The head noun is the last word before the first preposition; it
 * is plural when it ends in a single `s` (not `ss`, `us`, `is`: Business, Status, Analysis), unless it names one
 * place or thing (`Wales`, `West Midlands`, `Series`).
 * @example subjectVerbs("ASB Incidents").has === "have"
 * @example subjectVerbs("Number of Repeat Victims").has === "has"
 * @example subjectVerbs("East Midlands").has === "has"
 */
export function subjectVerbs(name: string): SubjectVerbs {
  const words = name.trim().split(/\s+/);
  const end = words.findIndex((w, i) => i > 0 && PREPOSITIONS.has(w.toLowerCase()));
  const head = (end < 0 ? words : words.slice(0, end)).at(-1) ?? "";
  const word = head.toLowerCase().split("-").at(-1) ?? "";
  return /[a-z]s$/.test(word) && !/(ss|us|is)$/.test(word) && !SINGULAR_IN_S.has(word) ? PLURAL : SINGULAR;
}
