/**
 * Cells for KPI figures and their change, shared by the scorecard, the exceptions list and the chart data.
 * Percentages are written as fractions so Excel's `%` formats (and an analyst's own formulas) treat them as such.
 */
import type { TimeUnit, Unit } from "../model/kpi";
import type { Change } from "../model/results";
import type { PlanCell } from "./plan";
import { gradeLabel } from "./formatValueText";
import { numberStyleName, STYLE } from "./styleNames";

/** What a figure's cell needs to know about its KPI. */
export interface FigureFormat {
  readonly unit: Unit;
  readonly decimals: number | null;
  readonly timeUnit?: TimeUnit;
}

export const NOT_AVAILABLE = "n/a";

/** A percentage in the model's unit (25.5) as the fraction a `0.0%` cell holds (0.255), without float noise. */
export function toFraction(percent: number): number {
  return Number((percent / 100).toPrecision(15));
}

/** The number a cell holds for a figure: a fraction for percentages, the figure otherwise. */
export function cellNumber(value: number, unit: Unit): number {
  return unit === "percent" ? toFraction(value) : value;
}

/**
 * A figure's cell: the number in its unit's style, a grade by name, `n/a` when missing.
 * @example valueCell(25.2, { unit: "percent", decimals: 1 }) // { value: 0.252, style: "percent" }
 */
export function valueCell(value: number | null, format: FigureFormat): PlanCell {
  if (value === null || !Number.isFinite(value)) return { value: NOT_AVAILABLE, style: STYLE.na };
  if (format.unit === "grade") return { value: gradeLabel(value) ?? value, style: STYLE.grade };
  return { value: cellNumber(value, format.unit), style: numberStyleName(format.unit, "value", format.decimals, format.timeUnit) };
}

/**
 * The Change and Change % cells. Percentage KPIs leave Change blank and show points in Change %, as seed 000 does
 * (21.1% -> 25.2% is `+4.1 pts`); grades have no percentage change.
 * @example changeCells({ actual: -1431, percent: -6.81, points: null }, { unit: "count", decimals: 0 })
 *   // [{ value: -1431, style: "change-count" }, { value: -0.0681, style: "change-pct" }]
 */
export function changeCells(change: Change, format: FigureFormat): readonly [PlanCell, PlanCell] {
  switch (format.unit) {
    case "percent":
      return [{ value: null, style: STYLE.cell }, numberOrNa(change.points, numberStyleName("percent", "change-points", format.decimals))];
    case "grade":
      return [numberOrNa(change.actual, numberStyleName("grade", "change", 0)), { value: NOT_AVAILABLE, style: STYLE.na }];
    case "count":
    case "currency":
    case "rate":
    case "duration":
    case "score":
      return [
        numberOrNa(change.actual, numberStyleName(format.unit, "change", format.decimals, format.timeUnit)),
        numberOrNa(change.percent === null ? null : toFraction(change.percent), numberStyleName(format.unit, "change-percent", null)),
      ];
    default: {
      const unreachable: never = format.unit;
      return unreachable;
    }
  }
}

function numberOrNa(value: number | null, style: string): PlanCell {
  return value === null || !Number.isFinite(value) ? { value: NOT_AVAILABLE, style: STYLE.na } : { value, style };
}
