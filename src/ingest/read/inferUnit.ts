import type { TimeUnit, Unit } from "../../model/kpi";
import type { NumberKind, ParsedValue } from "../parse/parseValue";
import { parseTarget } from "../parse/parseTarget";

/** What a published table says about one KPI's unit, besides its figures. */
export interface UnitEvidence {
  /** The figures as parsed, each with its text (`21.1`, `25.2%`). */
  readonly values: readonly ParsedValue[];
  /** The KPI's name as published (`Percentage of 999 calls answered in 10 seconds`). */
  readonly name: string;
  /** The target as published, footnote mark dropped (`≥ 25.5%`). */
  readonly target: string;
  /** Headers over the KPI's figures that can name a unit: a sub-header `%`, `Rate`, `Number`, `Days`. */
  readonly headers: readonly string[];
}

/** The unit, and when it came from more than how the figures were typed, why (for an info issue). */
export interface InferredUnit {
  readonly unit: Unit;
  readonly timeUnit?: TimeUnit;
  /** Set when plain figures were taken for a percentage or rate (or a count despite a hint): says what decided it. */
  readonly because: string | null;
}

/**
 * A published table's KPI unit, from everything the table says rather than the figures alone:
 * - figures typed with a unit decide: any `25.5%` is a percentage, `£` money, `34 days` a duration (in the time unit
 *   most of them are written in), `9.5 per 1,000` a rate;
 * - plain figures (`21.1`) between 0 and 100 are a percentage when a header over them says so (`%`, `Percentage`),
 *   or the name does (`Percentage of`, `% of`, `proportion`, `... rate` without `per 1,000`), or the target is a
 *   percentage and the figures have decimals, as counts never do (`21.1` beside `≥ 25.5%`; Total Crime's `≥ 1%`
 *   beside 21,012 stays a count with a change target);
 * - a header or name `per 1,000` (`per 100,000 population`) makes a rate; a header `Days` a duration in days;
 * - otherwise a count (a grade table of grades).
 * @example inferUnit({ values: [parseValue("21.1")], name: "Positive Outcome Rate", target: "≥ 25.5%", headers: [] })
 * // { unit: "percent", because: 'the name says "rate" and ...' }
 */
export function inferUnit(evidence: UnitEvidence): InferredUnit {
  const kinds = new Map<NumberKind, number>();
  const times = new Map<TimeUnit, number>();
  const numbers: number[] = [];
  let grades = 0;
  let decimals = false;
  for (const v of evidence.values) {
    if (v.kind === "grade") grades++;
    if (v.kind !== "number") continue;
    kinds.set(v.numberKind, (kinds.get(v.numberKind) ?? 0) + 1);
    if (v.timeUnit) times.set(v.timeUnit, (times.get(v.timeUnit) ?? 0) + 1);
    if (v.numberKind === "plain") numbers.push(v.value);
    if (!Number.isInteger(v.value)) decimals = true;
  }
  if (kinds.has("percent")) return { unit: "percent", because: null };
  if (kinds.has("currency")) return { unit: "currency", because: null };
  if (kinds.has("duration")) return { unit: "duration", timeUnit: mostUsed(times) ?? "minutes", because: null };
  if (kinds.has("rate")) return { unit: "rate", because: null };
  if (grades > 0 && numbers.length === 0) return { unit: "grade", because: null };
  if (numbers.length === 0 && parseTarget(evidence.target, "grade", "higher-is-better").kind === "grade") return { unit: "grade", because: null };

  const header = evidence.headers.map(unitWordOf).find((w) => w !== null) ?? null;
  const named = unitWordOf(evidence.name);
  const perHeader = evidence.headers.find((h) => PER_N.test(h));
  if (perHeader !== undefined) return { unit: "rate", because: `the header "${perHeader}" is a rate` };
  if (PER_N.test(evidence.name)) return { unit: "rate", because: `the name says "${PER_N.exec(evidence.name)?.[0] ?? ""}"` };
  if (header?.timeUnit) return { unit: "duration", timeUnit: header.timeUnit, because: `the header "${header.text}" is a time` };
  if (numbers.length === 0) return { unit: "count", because: null };

  const inPercentRange = numbers.every((n) => n >= 0 && n <= 100);
  if (inPercentRange) {
    if (header?.percent) return { unit: "percent", because: `the header "${header.text}" says so` };
    const percentTarget = evidence.target.includes("%") && parseTarget(evidence.target, "percent", "higher-is-better").kind === "level";
    if (decimals && percentTarget) {
      return { unit: "percent", because: `the target "${evidence.target}" is a percentage and the figures have decimals, as counts do not` };
    }
    if (named?.percent) return { unit: "percent", because: `the name says "${named.text}"` };
  }
  return { unit: "count", because: null };
}

function mostUsed<T>(counts: ReadonlyMap<T, number>): T | undefined {
  let best: [T, number] | undefined;
  for (const entry of counts) if (!best || entry[1] > best[1]) best = entry;
  return best?.[0];
}

/** `per 1,000`, `per 100,000 population`, `per 1000 residents`. */
const PER_N = /\bper\s+(?:\d{1,3}(?:,\d{3})+|\d+)\b/i;

/** Words in a header or name that say what its figures are. `rate` alone is a percentage unless `per N` follows. */
const PERCENT_WORDS = /(?:^|\s|\()(%|percentage|per ?cent|proportion|rate)(?=$|\s|\)|[.,:;])/i;
const TIME_WORDS: ReadonlyMap<string, TimeUnit> = new Map([
  ["days", "days"],
  ["weeks", "weeks"],
  ["hours", "hours"],
  ["mins", "minutes"],
  ["minutes", "minutes"],
  ["seconds", "seconds"],
  ["secs", "seconds"],
]);

function unitWordOf(text: string): { text: string; percent: boolean; timeUnit?: TimeUnit } | null {
  const trimmed = text.trim().toLowerCase();
  const time = TIME_WORDS.get(trimmed.replace(/^\(|\)$/g, ""));
  if (time) return { text: text.trim(), percent: false, timeUnit: time };
  const m = PERCENT_WORDS.exec(text);
  return m ? { text: m[1] ?? "", percent: true } : null;
}
