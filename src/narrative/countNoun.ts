/**
 * Things a count KPI counts, singular to plural. A list rather than a rule, because a wrong noun ("1,431 fewer
 * establishments") is worse than none ("1,431 fewer"), and names such as "PCSO establishment" or "Beach Hut Breaks"
 * do not name what is counted.
 */
const PLURALS: ReadonlyMap<string, string> = new Map([
  ["crime", "crimes"], ["offence", "offences"], ["incident", "incidents"], ["burglary", "burglaries"],
  ["robbery", "robberies"], ["theft", "thefts"], ["assault", "assaults"], ["arrest", "arrests"],
  ["victim", "victims"], ["caller", "callers"], ["call", "calls"], ["complaint", "complaints"],
  ["referral", "referrals"], ["admission", "admissions"], ["attendance", "attendances"], ["fire", "fires"],
  ["casualty", "casualties"], ["death", "deaths"], ["injury", "injuries"], ["collision", "collisions"],
  ["fall", "falls"], ["visit", "visits"], ["application", "applications"], ["case", "cases"],
  ["appointment", "appointments"], ["patient", "patients"], ["household", "households"], ["offender", "offenders"],
  ["prosecution", "prosecutions"], ["detection", "detections"], ["conviction", "convictions"],
]);
const COUNTED = new Set([...PLURALS.keys(), ...PLURALS.values()]);

const PREPOSITIONS = new Set(["of", "for", "with", "in", "by", "on", "from", "to", "at", "against", "per", "within", "under"]);
const COUNT_OPENING = /^(total\s+)?(number|no\.?|count)\s+of\s+/i;

/**
 * The plural noun for what a count KPI counts, read from its name, for "1,431 fewer crimes" in seed 000's
 * register; `null` when the name does not plainly say (the sentence then gives the number alone). The head noun
 * is the last word before the first preposition, after an opening "Number of".
 * @example countNoun("Total Crime") === "crimes"
 * @example countNoun("Number of Repeat Victims") === "victims"
 * @example countNoun("PCSO establishment") === null
 */
export function countNoun(name: string): string | null {
  const words = name.replace(/\(.*?\)/g, " ").replace(COUNT_OPENING, "").trim().split(/\s+/);
  const end = words.findIndex((w, i) => i > 0 && PREPOSITIONS.has(w.toLowerCase()));
  const head = (end < 0 ? words : words.slice(0, end)).at(-1) ?? "";
  const word = head.toLowerCase().replace(/[^a-z]+$/, "").split("-").at(-1) ?? "";
  if (!COUNTED.has(word)) return null;
  return PLURALS.get(word) ?? word;
}
