import type { Unit } from "../../model/kpi";
import type { NumberKind } from "./parseValue";

/**
 * Whether a value typed like this belongs in a KPI of this unit: plain numbers fit every unit, `25%` fits a
 * percentage or a rate, `£1.7m` only currency, `15.6 mins` only a duration, `9.5 per 1,000` only a rate; `+4.1 pts`
 * is a change, never a figure.
 * @example fitsUnit("percent", "count") === false
 */
export function fitsUnit(kind: NumberKind, unit: Unit): boolean {
  switch (kind) {
    case "plain":
      return true;
    case "percent":
      return unit === "percent" || unit === "rate";
    case "currency":
      return unit === "currency";
    case "duration":
      return unit === "duration";
    case "rate":
      return unit === "rate";
    case "points":
      return false;
    default: {
      const unreachable: never = kind;
      return unreachable;
    }
  }
}
