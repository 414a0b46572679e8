import type { Unit } from "../../model/kpi";
import { keyOf } from "./keyOf";
import { parseTimeUnit } from "./parseTimeUnit";

/**
 * A KPI register's unit: `count`, `percent` (also `%`, `percentage`), `currency` (also `£`, `money`), `rate`,
 * `duration` (also a time unit: `minutes`, `days`, `Duration (days)`; see `parseTimeUnit`), `score`, `grade`. `null` for
 * anything else, including blank.
 * @example parseUnit("%") === "percent"
 */
export function parseUnit(text: string): Unit | null {
  return UNITS.get(keyOf(text)) ?? (parseTimeUnit(text) ? "duration" : null);
}

const UNITS = new Map<string, Unit>([
  ["count", "count"],
  ["number", "count"],
  ["no", "count"],
  ["#", "count"],
  ["volume", "count"],
  ["percent", "percent"],
  ["percentage", "percent"],
  ["%", "percent"],
  ["pct", "percent"],
  ["currency", "currency"],
  ["money", "currency"],
  ["£", "currency"],
  ["$", "currency"],
  ["€", "currency"],
  ["gbp", "currency"],
  ["rate", "rate"],
  ["duration", "duration"],
  ["minutes", "duration"],
  ["mins", "duration"],
  ["time", "duration"],
  ["score", "score"],
  ["grade", "grade"],
]);
