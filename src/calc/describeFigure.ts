/**
 * Figures written into one-line explanations (RAG reasons, issue texts): readable, the same on every machine
 * (no locale), rounded for reading only. Internal to calc.
 */
import { GRADES, TIME_UNIT_SUFFIX } from "../model/kpi";
import type { Grade, TimeUnit, Unit } from "../model/kpi";
import type { Change } from "../model/results";

const GRADE_NAMES: Record<Grade, string> = {
  outstanding: "Outstanding",
  good: "Good",
  adequate: "Adequate",
  "requires-improvement": "Requires improvement",
  inadequate: "Inadequate",
};

/** Outstanding 5 ... Inadequate 1, the scores grades are stored as. */
export function gradeScore(grade: Grade): number {
  return GRADES.length - GRADES.indexOf(grade);
}

/** The grade name for a score, `null` when the score is not one of 1-5. */
export function gradeName(score: number): string | null {
  const grade = GRADES[GRADES.length - Math.round(score)];
  return grade === undefined ? null : GRADE_NAMES[grade];
}

export function gradeLabel(grade: Grade): string {
  return GRADE_NAMES[grade];
}

/**
 * A number with thousands separators and `decimals` places, or up to 2 places without trailing zeros when
 * `decimals` is `null`. @example formatNumber(-1431.5, 0) === "-1,432"
 */
export function formatNumber(value: number, decimals: number | null = null): string {
  if (!Number.isFinite(value)) return String(value);
  const places = decimals !== null && Number.isInteger(decimals) && decimals >= 0 && decimals <= 10 ? decimals : 2;
  // Rounds halves away from zero, as published tables do (-43.75 -> -43.8), which Math.round does not.
  let text = Math.abs(value).toFixed(places);
  if (decimals === null && text.includes(".")) text = text.replace(/\.?0+$/, "");
  const [whole = "0", fraction] = text.split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  const sign = value < 0 && /[1-9]/.test(text) ? "-" : "";
  return `${sign}${grouped}${fraction ? `.${fraction}` : ""}`;
}

/** A figure in its unit: `25.2%`, `19,581`, `15.6 mins`, `34 days`, `Good`. */
export function formatFigure(value: number, unit: Unit, decimals: number | null = null, timeUnit: TimeUnit = "minutes"): string {
  switch (unit) {
    case "percent":
      return `${formatNumber(value, decimals)}%`;
    case "duration":
      return `${formatNumber(value, decimals)} ${TIME_UNIT_SUFFIX[timeUnit]}`;
    case "grade":
      return gradeName(value) ?? formatNumber(value, decimals);
    case "count":
    case "currency":
    case "rate":
    case "score":
      return formatNumber(value, decimals);
    default: {
      const unreachable: never = unit;
      return unreachable;
    }
  }
}

/** A change in words: `Down 6.8%`, `Up 4.1 points` (percentage KPIs), `Up 5` (from zero), `No change`. */
export function describeChange(change: Change, unit: Unit): string | null {
  if (change.actual === null) return null;
  if (change.actual === 0) return "No change";
  const direction = change.actual > 0 ? "Up" : "Down";
  if (change.points !== null) return `${direction} ${formatNumber(Math.abs(change.points), 1)} points`;
  if (change.percent !== null) return `${direction} ${formatNumber(Math.abs(change.percent), 1)}%`;
  return `${direction} ${formatFigure(Math.abs(change.actual), unit)}`;
}
