import type { CellValue } from "../../model/grid";
import { isCellError } from "../../model/grid";
import type { Grade, TimeUnit } from "../../model/kpi";
import { MINUTES_PER } from "../../model/kpi";
import { cleanText } from "./cleanText";
import { gradeScore, parseGrade } from "./parseGrade";
import { isNoDataMarker } from "./isNoDataMarker";
import { stripFootnote } from "./stripFootnote";

/**
 * What a number looked like: `25.5%` is a percent, `£1.7m` currency, `15.6 mins` a duration, `9.5 per 1,000` a
 * rate, `+4.1 pts` a change in percentage points, `1,431` plain.
 */
export type NumberKind = "plain" | "percent" | "currency" | "duration" | "rate" | "points";

/**
 * A cell as an analyst meant it. Numbers are in the unit analysts think in: a percentage of 25.5% is `25.5`,
 * money is whole units (`£1.7m` is 1,700,000), a duration is minutes.
 */
export type ParsedValue =
  | {
      readonly kind: "number";
      readonly value: number;
      readonly numberKind: NumberKind;
      /** A footnote mark that was dropped (`¹` from `25.5% ¹`), to be noted. */
      readonly footnote: string | null;
      /** For a duration, the unit it was written in (`34 days`); `value` is in minutes whatever it was. */
      readonly timeUnit?: TimeUnit;
    }
  /** A recognised "no figure" marker (`--`, `n/a`, `TBC`); `text` is what the cell said. */
  | { readonly kind: "no-data"; readonly text: string }
  | { readonly kind: "grade"; readonly grade: Grade; readonly score: number; readonly text: string; readonly footnote: string | null }
  /** An Excel error value, or text that spells one (`#DIV/0!`). */
  | { readonly kind: "error"; readonly error: string }
  | { readonly kind: "empty" }
  | { readonly kind: "unreadable"; readonly text: string };

export type ParsedValueKind = ParsedValue["kind"];

/**
 * Reads a cell as analysts type values: `1,431`, `-1,431`, `(45)`, `−45`, `+1.0%`, `25.5% ¹`, `£1.7m`, `£632k`,
 * `15.6 mins`, `34 days`, `9.5 per 1,000`, `+4.1 pts`, no-data markers, inspection grades and Excel errors (the units
 * written after a number are the rows of `VALUE_UNIT_FORMS`). A numeric cell with a percentage format is a
 * percentage (0.255 is 25.5); with a time format (`mm:ss`) a duration in minutes.
 *
 * Numeric cells without such a format take a fast path with no regular expression: ingest reads millions of them.
 *
 * @example parseValue("£1.7m") // { kind: "number", value: 1700000, numberKind: "currency", footnote: null }
 * @example parseValue(0.255, "0.0%") // { kind: "number", value: 25.5, numberKind: "percent", footnote: null }
 */
export function parseValue(cell: CellValue, numberFormat?: string): ParsedValue {
  if (typeof cell === "number") return parseNumberCell(cell, numberFormat);
  if (cell === null) return EMPTY;
  if (typeof cell === "string") return parseText(cell);
  if (typeof cell === "boolean") return { kind: "unreadable", text: cell ? "TRUE" : "FALSE" };
  if (isCellError(cell)) return { kind: "error", error: cell.error };
  return EMPTY;
}

const EMPTY: ParsedValue = { kind: "empty" };

/** A fraction shown as a percentage, as the analyst sees it: 0.255 is 25.5, without float noise. */
export function percentOfFraction(value: number): number {
  return tidy(value * 100);
}

/** How a number format changes the number a cell holds: not at all, x100 (a percentage), or otherwise. */
export type NumberFormatEffect = "plain" | "percent" | "other";

const formatEffects = new Map<string, NumberFormatEffect>();

/**
 * What a number format does to a numeric cell, worked out once per format: a workbook has a handful of formats and
 * millions of cells, and this lets ingest read `#,##0` and `0.0%` cells without building a result per cell.
 * @example numberFormatEffect("#,##0") === "plain"; numberFormatEffect("0.0%") === "percent"
 */
export function numberFormatEffect(numberFormat: string | undefined): NumberFormatEffect {
  if (numberFormat === undefined || numberFormat === "General") return "plain";
  let effect = formatEffects.get(numberFormat);
  if (effect === undefined) {
    const parsed = parseNumberCell(1, numberFormat);
    effect = parsed.kind !== "number" ? "other" : parsed.numberKind === "plain" ? "plain" : parsed.numberKind === "percent" ? "percent" : "other";
    formatEffects.set(numberFormat, effect);
  }
  return effect;
}

function parseNumberCell(value: number, numberFormat: string | undefined): ParsedValue {
  // NaN and infinities give NaN here; cheaper than Number.isFinite, which is slow inside Jest's sandbox.
  if (value - value !== 0) return { kind: "unreadable", text: String(value) };
  const v = value === 0 ? 0 : value; // -0 reads as 0
  if (numberFormat === undefined || numberFormat === "General") return { kind: "number", value: v, numberKind: "plain", footnote: null };
  if (numberFormat.includes("%") && formatScalesPercent(numberFormat)) {
    return { kind: "number", value: percentOfFraction(v), numberKind: "percent", footnote: null };
  }
  if (numberFormat.includes(":") && !numberFormat.includes("y") && !numberFormat.includes("d")) {
    // Excel stores times as fractions of a day.
    return { kind: "number", value: tidy(v * 1440), numberKind: "duration", footnote: null, timeUnit: "minutes" };
  }
  if (numberFormat.includes("£") || numberFormat.includes("€") || hasDollarSymbol(numberFormat)) {
    return { kind: "number", value: v, numberKind: "currency", footnote: null };
  }
  return { kind: "number", value: v, numberKind: "plain", footnote: null };
}

/** A `%` inside quotes or escaped is shown, not applied. */
function formatScalesPercent(format: string): boolean {
  return format.replace(/"[^"]*"|\\./g, "").includes("%");
}

/** `$` is also the locale marker in `[$-809]`, which is not a currency. */
function hasDollarSymbol(format: string): boolean {
  const at = format.indexOf("$");
  return at >= 0 && format[at + 1] !== "-";
}

/** Removes binary noise from scaling: 0.255 x 100 is 25.5, not 25.500000000000004. */
function tidy(value: number): number {
  return Number(value.toPrecision(12));
}

function parseText(raw: string): ParsedValue {
  const clean = cleanText(raw);
  if (clean === "") return EMPTY;
  if (clean.startsWith("#") && EXCEL_ERROR.test(clean)) return { kind: "error", error: clean.toUpperCase() };
  const { text, mark } = stripFootnote(clean);
  if (isNoDataMarker(text)) return { kind: "no-data", text: clean };
  // A note's number pasted before a dash (`4—`: not yet published, see note 4) is still no figure.
  if (/^\d{1,2}\s?[\u2014\u2013-]$/.test(text)) return { kind: "no-data", text: clean };
  const grade = parseGrade(text);
  if (grade) return { kind: "grade", grade, score: gradeScore(grade), text: clean, footnote: mark };
  const number = parseNumberText(text);
  if (number) return { kind: "number", footnote: mark, ...number };
  return { kind: "unreadable", text: clean };
}

const EXCEL_ERROR = /^#(?:DIV\/0!|N\/A|VALUE!|REF!|NAME\?|NUM!|NULL!|SPILL!|CALC!|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!|GETTING_DATA)$/i;

/**
 * A unit written after a number, and what it makes of it: one row per form, each with an example the tests read.
 * `scale` is a power of ten; a duration's `timeUnit` is the unit it was written in (its value is read as minutes).
 */
export interface ValueUnitForm {
  /** What may follow the number, in lower case; spaces before it, and a full stop after it, are ignored. */
  readonly forms: readonly string[];
  /** Forms that take a number of their own (`per 1,000`, `per 100,000 population`). */
  readonly pattern?: RegExp;
  readonly numberKind: NumberKind;
  readonly scale?: number;
  readonly timeUnit?: TimeUnit;
  /** Not after a currency sign: `£25%` and `£15 mins` say two things at once. */
  readonly currency?: false;
  readonly example: string;
  readonly reads: number;
}

export const VALUE_UNIT_FORMS: readonly ValueUnitForm[] = [
  { forms: ["%"], numberKind: "percent", currency: false, example: "25.5%", reads: 25.5 },
  { forms: ["k", "thousand"], numberKind: "plain", scale: 3, example: "£632k", reads: 632_000 },
  { forms: ["m", "mn", "million"], numberKind: "plain", scale: 6, example: "£83.8m", reads: 83_800_000 },
  { forms: ["bn", "billion"], numberKind: "plain", scale: 9, example: "£1.2bn", reads: 1_200_000_000 },
  { forms: ["sec", "secs", "second", "seconds"], numberKind: "duration", timeUnit: "seconds", currency: false, example: "18 seconds", reads: 0.3 },
  { forms: ["min", "mins", "minute", "minutes"], numberKind: "duration", timeUnit: "minutes", currency: false, example: "6.50 mins", reads: 6.5 },
  { forms: ["hr", "hrs", "hour", "hours"], numberKind: "duration", timeUnit: "hours", currency: false, example: "1.5 hrs", reads: 90 },
  { forms: ["day", "days"], numberKind: "duration", timeUnit: "days", currency: false, example: "34 days", reads: 48_960 },
  { forms: ["wk", "wks", "week", "weeks"], numberKind: "duration", timeUnit: "weeks", currency: false, example: "18 weeks", reads: 181_440 },
  {
    forms: ["pts", "pt", "points", "pp", "ppt", "ppts", "% pts", "percentage points", "% points"],
    numberKind: "points",
    currency: false,
    example: "+4.1 pts",
    reads: 4.1,
  },
  {
    forms: [],
    pattern: /^per\s+(?:\d{1,3}(?:,\d{3})+|\d+)(?:\s+[a-z][a-z ]*)?$/,
    numberKind: "rate",
    currency: false,
    example: "9.5 per 1,000",
    reads: 9.5,
  },
];

const UNIT_FORMS = new Map<string, ValueUnitForm>(VALUE_UNIT_FORMS.flatMap((f) => f.forms.map((form) => [form, f] as const)));

function unitForm(suffix: string): ValueUnitForm | undefined {
  const key = suffix.toLowerCase().replace(/\s+/g, " ").replace(/\.$/, "").trim();
  return UNIT_FORMS.get(key) ?? VALUE_UNIT_FORMS.find((f) => f.pattern?.test(key));
}

/**
 * sign, currency, sign, digits (grouped by commas or single spaces, or not at all), decimals, exponent, and what
 * follows (a unit of `VALUE_UNIT_FORMS`). One sign at most, before or after the currency symbol: `-£45`, `£-45`.
 */
const NUMBER =
  /^([+-])?\s*([£$€])?\s*([+-])?\s*((?:\d{1,3}(?:,\d{3})+|\d{1,3}(?: \d{3})+|\d+)(?:\.\d+)?|\.\d+)(?:e([+-]?\d{1,3}))?\s*([^\d\s.].*)?\.?$/i;

/** `00:07:12` typed as text: hours, minutes and seconds, read as minutes. */
const CLOCK = /^(\d{1,2}):([0-5]\d):([0-5]\d)$/;

function parseNumberText(text: string): { value: number; numberKind: NumberKind; timeUnit?: TimeUnit } | null {
  let s = text.replace(/[\u2212\u2012\u2013\u2014\ufe63\uff0d]/g, "-");
  const clock = CLOCK.exec(s);
  if (clock) return { value: tidy(Number(clock[1]) * 60 + Number(clock[2]) + Number(clock[3]) / 60), numberKind: "duration", timeUnit: "minutes" };
  let negative = false;
  const bracketed = /^\((.*)\)$/.exec(s);
  if (bracketed) {
    s = (bracketed[1] ?? "").trim();
    negative = true;
  }
  const m = NUMBER.exec(s);
  if (!m) return null;
  const [, sign1, currency, sign2, digits = "", exponent, suffix] = m;
  if (sign1 && sign2) return null;
  const sign = sign1 ?? sign2;
  if (negative && sign) return null; // "(-45)" says minus twice
  if (sign === "-") negative = true;

  const form = suffix === undefined ? undefined : unitForm(suffix);
  if (suffix !== undefined && (!form || (currency && form.currency === false))) return null;
  const numberKind: NumberKind = currency ? "currency" : (form?.numberKind ?? "plain");
  const power = (exponent ? Number(exponent) : 0) + (form?.scale ?? 0);

  // Scaling through the exponent keeps decimals exact: "1.7e6" is 1700000, where 1.7 * 1e6 need not be.
  let value = Number(`${digits.replace(/[, ]/g, "")}e${power}`);
  if (!Number.isFinite(value)) return null;
  const timeUnit = form?.timeUnit;
  if (timeUnit !== undefined && timeUnit !== "minutes") value = tidy(value * MINUTES_PER[timeUnit]);
  if (negative && value !== 0) value = -value;
  return timeUnit === undefined ? { value, numberKind } : { value, numberKind, timeUnit };
}
