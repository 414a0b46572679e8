import { formatValueText } from "../layout/formatValueText";
import { resolveDecimals } from "../layout/numberFormatFor";
import type { Unit } from "../model/kpi";
import type { Change, KpiResult } from "../model/results";

/** Which way a figure moved, as the scorecard shows it. */
export type Movement = "up" | "down" | "unchanged" | "little-changed";

export interface PhrasedFigures {
  /** A figure in the KPI's unit, exactly as its scorecard cell shows it: `19,581`, `25.2%`, `£1,700,000`, `Good`. */
  readonly figure: (value: number) => string;
  /** A target in the KPI's unit with the fewest places (up to the KPI's) that give it exactly: `95%`, `25.5%`. */
  readonly target: (value: number) => string;
  readonly current: string | null;
  readonly previous: string | null;
  /** The size of the change in the KPI's unit, unsigned: `1,431`, `£5,000`, `4.1 percentage points`, `1 grade`. */
  readonly amount: string | null;
  /** The percentage change, unsigned, to one place as the Change % column shows it (`6.8%`); `null` for percentage
   * KPIs and grades, from zero, and when it rounds to 0.0%. */
  readonly percent: string | null;
  /** `null` without both figures. */
  readonly movement: Movement | null;
  /** The comparative for the movement, by unit: `fewer` / `more` for counts, `less` / `more` for money,
   * `shorter` / `longer` for durations, `lower` / `higher` otherwise; `null` unless the figure went up or down. */
  readonly comparative: string | null;
}

/**
 * A KPI's figures and change in words, formatted by the scorecard's own formatters (`formatValueText`, with the
 * KPI's decimals), so a draft never states a figure differently from the cell beside it.
 * @example phraseFigures(totalCrime, "£") // { current: "19,581", previous: "21,012", amount: "1,431", percent: "6.8%", movement: "down", comparative: "fewer" }
 */
export function phraseFigures(result: KpiResult, currencySymbol: string): PhrasedFigures {
  const { unit, decimals } = result.kpi;
  const figure = (value: number) => formatValueText(value, unit, { decimals, currencySymbol });
  const target = (value: number) => formatValueText(value, unit, { decimals: exactPlaces(value, resolveDecimals(unit, decimals)), currencySymbol });
  return { ...phraseChange(result.change, result.current, result.previous, unit, decimals, figure), target };
}

function exactPlaces(value: number, most: number): number {
  for (let places = 0; places < most; places++) if (Number(value.toFixed(places)) === value) return places;
  return most;
}

/**
 * The same for any pair of figures of a KPI (a segment, a baseline): `current` against `previous` with their change.
 * @example phraseChange(change, 867, 772, "count", 0, figure).amount === "95"
 */
export function phraseChange(
  change: Change,
  current: number | null,
  previous: number | null,
  unit: Unit,
  decimals: number | null,
  figure: (value: number) => string,
): Omit<PhrasedFigures, "target"> {
  const shownCurrent = current === null ? null : figure(current);
  const shownPrevious = previous === null ? null : figure(previous);
  const amount = change.actual === null ? null : amountText(Math.abs(change.actual), unit, decimals, figure);
  const percent = unit === "percent" || unit === "grade" || change.percent === null ? null : percentText(Math.abs(change.percent));
  const movement = movementOf(change.actual, amount, shownCurrent, shownPrevious);
  return {
    figure,
    current: shownCurrent,
    previous: shownPrevious,
    amount,
    percent,
    movement,
    comparative: movement === "up" || movement === "down" ? comparative(unit, movement) : null,
  };
}

function amountText(size: number, unit: Unit, decimals: number | null, figure: (value: number) => string): string {
  switch (unit) {
    case "percent": {
      // Points to the places the Change % column shows them (`+4.1 pts`).
      const points = formatValueText(size, "rate", { decimals: resolveDecimals("percent", decimals) });
      return `${points} percentage ${points === "1" ? "point" : "points"}`;
    }
    case "grade": {
      const grades = Math.round(size);
      return `${grades} ${grades === 1 ? "grade" : "grades"}`;
    }
    case "count":
    case "currency":
    case "rate":
    case "duration":
    case "score":
      return figure(size);
    default: {
      const unreachable: never = unit;
      return unreachable;
    }
  }
}

/** To one place, as the Change % column's `0.0%` shows it; `null` when that shows no change. */
function percentText(size: number): string | null {
  const text = formatValueText(size, "percent", { decimals: 1 });
  return isZeroText(text) ? null : text;
}

function movementOf(actual: number | null, amount: string | null, current: string | null, previous: string | null): Movement | null {
  if (actual === null || amount === null) return null;
  if (actual === 0) return "unchanged";
  // A change too small to show, or figures that read the same, is not described as a rise or a fall.
  if (isZeroText(amount) || current === previous) return "little-changed";
  return actual > 0 ? "up" : "down";
}

function isZeroText(text: string): boolean {
  return !/[1-9]/.test(text);
}

function comparative(unit: Unit, movement: "up" | "down"): string {
  const up = movement === "up";
  switch (unit) {
    case "count":
      return up ? "more" : "fewer";
    case "currency":
      return up ? "more" : "less";
    case "duration":
      return up ? "longer" : "shorter";
    case "percent":
    case "rate":
    case "score":
    case "grade":
      return up ? "higher" : "lower";
    default: {
      const unreachable: never = unit;
      return unreachable;
    }
  }
}
