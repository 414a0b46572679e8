import type { CellValue } from "../../model/grid";
import { isCellError } from "../../model/grid";
import type { Grade } from "../../model/kpi";
import { cleanText } from "./cleanText";
import { gradeScore, parseGrade } from "./parseGrade";
import { isNoDataMarker } from "./isNoDataMarker";
import { stripFootnote } from "./stripFootnote";

/** What a number looked like: `25.5%` is a percent, `£1.7m` currency, `15.6 mins` a duration, `1,431` plain. */
export type NumberKind = "plain" | "percent" | "currency" | "duration";

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
 * `15.6 mins`, no-data markers, inspection grades and Excel errors. A numeric cell with a percentage format is a
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
    return { kind: "number", value: tidy(v * 1440), numberKind: "duration", footnote: null };
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
  const grade = parseGrade(text);
  if (grade) return { kind: "grade", grade, score: gradeScore(grade), text: clean, footnote: mark };
  const number = parseNumberText(text);
  if (number) return { kind: "number", value: number.value, numberKind: number.numberKind, footnote: mark };
  return { kind: "unreadable", text: clean };
}

const EXCEL_ERROR = /^#(?:DIV\/0!|N\/A|VALUE!|REF!|NAME\?|NUM!|NULL!|SPILL!|CALC!|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!|GETTING_DATA)$/i;

/**
 * sign, currency, sign, digits (grouped by commas or single spaces, or not at all), decimals, exponent, suffix.
 * One sign at most, before or after the currency symbol: `-£45`, `£-45`.
 */
const NUMBER =
  /^([+-])?\s*([£$€])?\s*([+-])?\s*((?:\d{1,3}(?:,\d{3})+|\d{1,3}(?: \d{3})+|\d+)(?:\.\d+)?|\.\d+)(?:e([+-]?\d{1,3}))?\s*(%|k|m|mn|bn|thousand|million|billion|secs?|seconds?|mins?|minutes?|hrs?|hours?)?\.?$/i;

const SCALE: Readonly<Record<string, number>> = { k: 3, thousand: 3, m: 6, mn: 6, million: 6, bn: 9, billion: 9 };

function parseNumberText(text: string): { value: number; numberKind: NumberKind } | null {
  let s = text.replace(/[\u2212\u2012\u2013\u2014\ufe63\uff0d]/g, "-");
  let negative = false;
  const bracketed = /^\((.*)\)$/.exec(s);
  if (bracketed) {
    s = (bracketed[1] ?? "").trim();
    negative = true;
  }
  const m = NUMBER.exec(s);
  if (!m) return null;
  const [, sign1, currency, sign2, digits = "", exponent, suffixRaw] = m;
  if (sign1 && sign2) return null;
  const sign = sign1 ?? sign2;
  if (negative && sign) return null; // "(-45)" says minus twice
  if (sign === "-") negative = true;

  const suffix = suffixRaw?.toLowerCase();
  let numberKind: NumberKind = currency ? "currency" : "plain";
  let power = exponent ? Number(exponent) : 0;
  let minutesFactor = 1;
  if (suffix === "%") {
    if (currency) return null;
    numberKind = "percent";
  } else if (suffix !== undefined && suffix in SCALE) {
    power += SCALE[suffix] ?? 0;
  } else if (suffix !== undefined) {
    if (currency) return null;
    numberKind = "duration";
    if (suffix.startsWith("s")) minutesFactor = 1 / 60;
    else if (suffix.startsWith("h")) minutesFactor = 60;
  }

  // Scaling through the exponent keeps decimals exact: "1.7e6" is 1700000, where 1.7 * 1e6 need not be.
  let value = Number(`${digits.replace(/[, ]/g, "")}e${power}`);
  if (!Number.isFinite(value)) return null;
  if (minutesFactor !== 1) value = tidy(value * minutesFactor);
  if (negative && value !== 0) value = -value;
  return { value, numberKind };
}
