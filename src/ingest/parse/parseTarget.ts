import type { Comparator, Polarity, Target, TimeUnit, Unit } from "../../model/kpi";
import { inTimeUnit } from "./inTimeUnit";
import { cleanText } from "./cleanText";
import { isNoDataMarker } from "./isNoDataMarker";
import { parseGrade } from "./parseGrade";
import { parseValue } from "./parseValue";
import { stripFootnote } from "./stripFootnote";

/**
 * A target as published, read for a KPI of the given unit and polarity:
 * - `≥ 25.5%`, `>= 25.5%`, `≤ 2%`, `> 3`, `= 0`: a level in the KPI's unit;
 * - a percentage on a count, amount, rate, duration or score KPI (Total Crime `≥ 1%`): a change, a reduction when
 *   lower is better and an increase when higher is better (or as the sign or a word says: `-1%`, `reduce by 1%`);
 * - `↑` `↓`, `up` `down`, `increase` `reduce`: a direction;
 * - `≥ 3rd in MSG`, `top 3 in MSG`: a league position;
 * - `ADQ.`, `Good`: a grade; `TBC`: to be confirmed; blank (or a no-data marker such as `--`): no target.
 * Footnote marks are dropped. Anything else is `unparsed`, never guessed; so is a bare number or a change
 * whose direction depends on a polarity the KPI does not have (neutral).
 *
 * @example parseTarget("≥ 1%", "count", "lower-is-better") // { kind: "change", comparator: ">=", percent: 1, direction: "reduction" }
 * @example parseTarget("≥ 25.5% ¹", "percent", "higher-is-better") // { kind: "level", comparator: ">=", value: 25.5 }
 * @example parseTarget("≤ 28 days", "duration", "lower-is-better", "days") // { kind: "level", comparator: "<=", value: 28 }
 */
export function parseTarget(text: string, unit: Unit, polarity: Polarity, timeUnit: TimeUnit = "minutes"): Target {
  const clean = stripFootnote(cleanText(text)).text;
  if (clean === "" || (isNoDataMarker(clean) && !/^tb[acd]$/i.test(clean))) return NONE;
  const lower = clean.toLowerCase();
  if (TO_BE_CONFIRMED.test(lower)) return { kind: "to-be-confirmed" };

  const direction = DIRECTION_WORDS.get(lower);
  if (direction) return { kind: "direction", direction };

  const split = splitComparator(lower);
  const rest = split.rest;
  const unparsed: Target = { kind: "unparsed", text: clean };

  const rank = RANK.exec(rest);
  if (rank?.groups && (rank.groups["top"] || rank.groups["ordinal"] || rank.groups["group"])) {
    const position = Number(rank.groups["position"]);
    if (position < 1) return unparsed;
    return { kind: "rank", comparator: split.comparator ?? ">=", position, group: groupText(clean, rank.groups["group"]) };
  }

  const grade = parseGrade(rest);
  if (grade) return { kind: "grade", grade };

  const worded = splitChangeWords(rest);
  const parsed = parseValue(worded.rest);
  if (parsed.kind !== "number") return unparsed;

  const isChange = parsed.numberKind === "percent" && unit !== "percent" && unit !== "grade";
  if (isChange) {
    const signed = worded.rest.trim().startsWith("+") ? "increase" : parsed.value < 0 ? "reduction" : null;
    const byPolarity = polarity === "lower-is-better" ? "reduction" : polarity === "higher-is-better" ? "increase" : null;
    const changeDirection = worded.direction ?? signed ?? byPolarity;
    if (!changeDirection) return unparsed;
    return { kind: "change", comparator: split.comparator ?? ">=", percent: Math.abs(parsed.value), direction: changeDirection };
  }
  if (worded.direction) return unparsed; // "reduce by 100": absolute changes are not a target form

  const comparator = split.comparator ?? (polarity === "higher-is-better" ? ">=" : polarity === "lower-is-better" ? "<=" : null);
  if (!comparator) return unparsed;
  // A duration is written in any time unit (`≤ 4 hours`) and judged in the KPI's own.
  const value = parsed.numberKind === "duration" ? inTimeUnit(parsed.value, timeUnit) : parsed.value;
  return { kind: "level", comparator, value };
}

const NONE: Target = { kind: "none" };
const TO_BE_CONFIRMED = /^(?:tbc|tba|tbd|to be confirmed|to be agreed|to be set)$/;

const DIRECTION_WORDS = new Map<string, "up" | "down">([
  ["↑", "up"],
  ["⬆", "up"],
  ["▲", "up"],
  ["up", "up"],
  ["increase", "up"],
  ["higher", "up"],
  ["rise", "up"],
  ["↓", "down"],
  ["⬇", "down"],
  ["▼", "down"],
  ["down", "down"],
  ["decrease", "down"],
  ["reduce", "down"],
  ["reduction", "down"],
  ["lower", "down"],
  ["fall", "down"],
]);

const COMPARATORS: readonly (readonly [RegExp, Comparator])[] = [
  [/^(?:≥|>=|=>|⩾|at least|no less than|not less than|minimum|min\.?)\s*/, ">="],
  [/^(?:≤|<=|=<|⩽|at most|no more than|not more than|maximum|max\.?)\s*/, "<="],
  [/^(?:>|more than|greater than|above)\s*/, ">"],
  [/^(?:<|less than|fewer than|below)\s*/, "<"],
  [/^=\s*/, "="],
];

function splitComparator(text: string): { comparator: Comparator | null; rest: string } {
  for (const [pattern, comparator] of COMPARATORS) {
    const m = pattern.exec(text);
    if (m) return { comparator, rest: text.slice(m[0].length) };
  }
  return { comparator: null, rest: text };
}

const RANK = /^(?<top>top\s*)?(?<position>\d{1,3})(?<ordinal>st|nd|rd|th)?(?:\s*(?:in|of|within|among|amongst)\s+(?<group>.+))?$/;

/** The group as published (`MSG`, not `msg`): the tail of the original text after "in". */
function groupText(original: string, lowerGroup: string | undefined): string {
  if (!lowerGroup) return "";
  return original.slice(original.length - lowerGroup.length).trim();
}

function splitChangeWords(text: string): { direction: "reduction" | "increase" | null; rest: string } {
  const before = /^(reduc\w*|decreas\w*|increas\w*)\s*(?:by|of)?\s+(.+)$/.exec(text);
  if (before) return { direction: changeWord(before[1] ?? ""), rest: before[2] ?? "" };
  const after = /^(.+?)\s+(reduction|decrease|increase)$/.exec(text);
  if (after) return { direction: changeWord(after[2] ?? ""), rest: after[1] ?? "" };
  return { direction: null, rest: text };
}

function changeWord(word: string): "reduction" | "increase" {
  return word.startsWith("incr") ? "increase" : "reduction";
}
