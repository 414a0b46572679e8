import type { TimeUnit, Unit } from "../model/kpi";
import { TIME_UNIT_SUFFIX } from "../model/kpi";

/** What a number cell shows: the figure itself, or a signed change of it. */
export type FormatRole =
  /** A value in the KPI's unit; percentages are written as fractions. */
  | "value"
  /** Current - previous, in the KPI's unit, with an explicit sign. */
  | "change"
  /** A percentage change written as a fraction (`-0.068` shows `-6.8%`), with an explicit sign. */
  | "change-percent"
  /** Percentage points, for percentage KPIs (`4.1` shows `+4.1 pts`). */
  | "change-points";

export interface NumberFormatOptions {
  /** Decimal places; `null` lets the unit decide. */
  readonly decimals?: number | null;
  /** `£` unless the settings say otherwise. */
  readonly currencySymbol?: string;
  /** A duration's time unit; minutes unless the KPI says otherwise. */
  readonly timeUnit?: TimeUnit;
}

/** Decimal places a unit shows when the KPI does not say. */
export function defaultDecimals(unit: Unit): number {
  switch (unit) {
    case "count":
    case "currency":
    case "grade":
      return 0;
    case "percent":
    case "rate":
    case "duration":
    case "score":
      return 1;
    default: {
      const unreachable: never = unit;
      return unreachable;
    }
  }
}

/** Decimals to show: the KPI's own (clamped to 0-6), else the unit's. */
export function resolveDecimals(unit: Unit, decimals: number | null | undefined): number {
  if (decimals === null || decimals === undefined || !Number.isFinite(decimals)) return defaultDecimals(unit);
  return Math.min(6, Math.max(0, Math.round(decimals)));
}

/**
 * The Excel number format for a KPI figure or its change. Counts `#,##0`, percentages `0.0%` (the cell holds a
 * fraction), currency `£#,##0`, durations in their time unit (`0.0 "mins"`, `0 "days"`); change formats carry an
 * explicit sign.
 * @example numberFormatFor("percent", "value") === "0.0%"
 * @example numberFormatFor("count", "change") === "+#,##0;-#,##0;0"
 * @example numberFormatFor("percent", "change-points") === '+0.0 "pts";-0.0 "pts";0.0 "pts"'
 */
export function numberFormatFor(unit: Unit, role: FormatRole, options: NumberFormatOptions = {}): string {
  const decimals = resolveDecimals(unit, options.decimals);
  switch (role) {
    case "value":
      return valueFormat(unit, decimals, options.currencySymbol ?? "£", options.timeUnit);
    case "change":
      return signed(valueFormat(unit, decimals, options.currencySymbol ?? "£", options.timeUnit));
    case "change-percent":
      // Percentage change is always to one place, as seed 000 publishes it (-6.8%).
      return signed("0.0%");
    case "change-points":
      return signed(`${digits("0", resolveDecimals("percent", options.decimals))} "pts"`);
    default: {
      const unreachable: never = role;
      return unreachable;
    }
  }
}

function valueFormat(unit: Unit, decimals: number, currencySymbol: string, timeUnit: TimeUnit = "minutes"): string {
  switch (unit) {
    case "count":
      return digits("#,##0", decimals);
    case "percent":
      return `${digits("0", decimals)}%`;
    case "currency":
      return `${currencyPrefix(currencySymbol)}${digits("#,##0", decimals)}`;
    case "duration":
      return `${digits("0", decimals)} "${TIME_UNIT_SUFFIX[timeUnit]}"`;
    case "rate":
    case "score":
      return digits("#,##0", decimals);
    case "grade":
      return "0";
    default: {
      const unreachable: never = unit;
      return unreachable;
    }
  }
}

function digits(integerPart: string, decimals: number): string {
  return decimals > 0 ? `${integerPart}.${"0".repeat(decimals)}` : integerPart;
}

/** `£`, `$`, `€` work bare in a number format; anything else must be quoted. */
function currencyPrefix(symbol: string): string {
  return /^[£$€¥]$/.test(symbol) ? symbol : `"${symbol.replace(/"/g, "")}"`;
}

/** `+fmt;-fmt;zero` so a rise shows `+`; the zero section drops the sign. */
function signed(format: string): string {
  return `+${format};-${format};${format}`;
}
