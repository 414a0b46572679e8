import type { TimeUnit, Unit } from "../model/kpi";
import { TIME_UNIT_SUFFIX } from "../model/kpi";
import { resolveDecimals } from "./numberFormatFor";

/** Inspection grades by score, 5 best, as the model stores them. */
const GRADE_NAMES: Readonly<Record<number, string>> = {
  5: "Outstanding",
  4: "Good",
  3: "Adequate",
  2: "Requires improvement",
  1: "Inadequate",
};

/** The name of a grade score, `null` when the score is not a grade. @example gradeLabel(3) === "Adequate" */
export function gradeLabel(score: number): string | null {
  return GRADE_NAMES[Math.round(score)] ?? null;
}

/**
 * A figure as text, the way the cell's number format would show it, for sentences such as a trajectory note.
 * Locale-free so plans are the same on every machine.
 * @example formatValueText(348, "count") === "348"
 * @example formatValueText(25.5, "percent") === "25.5%"
 * @example formatValueText(1700000, "currency") === "£1,700,000"
 */
export function formatValueText(
  value: number,
  unit: Unit,
  options: { readonly decimals?: number | null; readonly currencySymbol?: string; readonly timeUnit?: TimeUnit } = {},
): string {
  if (!Number.isFinite(value)) return "n/a";
  const places = resolveDecimals(unit, options.decimals);
  switch (unit) {
    case "count":
    case "rate":
    case "score":
      return grouped(value, places);
    case "percent":
      return `${grouped(value, places)}%`;
    case "currency": {
      const text = grouped(Math.abs(value), places);
      return `${value < 0 ? "-" : ""}${options.currencySymbol ?? "£"}${text}`;
    }
    case "duration":
      return `${grouped(value, places)} ${TIME_UNIT_SUFFIX[options.timeUnit ?? "minutes"]}`;
    case "grade":
      return gradeLabel(value) ?? grouped(value, 0);
    default: {
      const unreachable: never = unit;
      return unreachable;
    }
  }
}

/** Fixed places with a comma every three digits; `-0` is shown as `0`. */
function grouped(value: number, places: number): string {
  const fixed = Math.abs(value).toFixed(places);
  const [whole = "0", fraction] = fixed.split(".");
  const withCommas = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  const isZero = Number(fixed) === 0;
  return `${value < 0 && !isZero ? "-" : ""}${withCommas}${fraction ? `.${fraction}` : ""}`;
}
