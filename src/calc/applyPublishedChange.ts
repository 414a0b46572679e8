import { issue } from "../messages";
import type { Issue } from "../model/issue";
import type { Kpi, PublishedChange } from "../model/kpi";
import type { Change } from "../model/results";
import { cleanFloat } from "./cleanFloat";
import { formatFigure, formatNumber } from "./describeFigure";

export interface ShownChange {
  /** What the scorecard shows: the published figures where the table gives them, the computed ones elsewhere. */
  readonly change: Change;
  /** The computed change, when a published one is shown over it. */
  readonly computed: Change | null;
  /** A published figure that its own figures do not give, beyond the rounding it is published to. */
  readonly issues: readonly Issue[];
}

/**
 * The change a KPI's table publishes, shown as published (as the finance table's variances are) where it compares
 * the same two figures the scorecard compares; the computed change is the check. A published figure further from
 * the computed one than its own rounding allows (`- 5.0%` allows 0.05) is reported at its cell. For a percentage KPI
 * a published `4.1%` is read as points when the points give it (seed 000's convention), and as a relative change
 * when that gives it instead (it is then only checked: the scorecard shows points).
 * @example applyPublishedChange(kpi, { actual: -1431, percent: -6.81, points: null }, 19581, 21012).change.percent === -6.8
 */
export function applyPublishedChange(
  kpi: Pick<Kpi, "name" | "unit" | "decimals" | "timeUnit" | "publishedChange">,
  computed: Change,
  current: number | null,
  previous: number | null,
): ShownChange {
  const published = kpi.publishedChange;
  if (!published || current === null || previous === null || !sameFigure(current, published.currentValue) || !sameFigure(previous, published.previousValue)) {
    return { change: computed, computed: null, issues: [] };
  }
  const issues: Issue[] = [];
  let shown: Change = computed;
  for (const cell of published.cells) {
    const value = figureOf(published, cell.kind);
    if (value === null) continue;
    const allowed = cell.rounding + 1e-9;
    const check = (against: number | null) => against !== null && Math.abs(cleanFloat(value - against)) <= allowed;
    const wrong = (against: number | null, suffix: string) => {
      const text = against === null ? "n/a" : `${against > 0 ? "+" : ""}${suffix === "%" || suffix === " pts" ? formatNumber(against, cell.decimals) : formatFigure(against, kpi.unit, cell.decimals, kpi.timeUnit)}${suffix === "%" ? "%" : suffix}`;
      issues.push(issue("CHANGE_PUBLISHED_MISMATCH", cell.source, cell.text, kpi.name, text));
    };
    switch (cell.kind) {
      case "actual":
      case "points": {
        // A percentage KPI's change is its points, however the table heads it.
        const inPoints = cell.kind === "points" || kpi.unit === "percent";
        const against = inPoints ? (computed.points ?? computed.actual) : computed.actual;
        if (!check(against)) wrong(against, inPoints ? " pts" : "");
        shown = inPoints ? { ...shown, actual: value, points: value } : { ...shown, actual: value };
        break;
      }
      case "percent": {
        if (kpi.unit !== "percent") {
          if (!check(computed.percent)) wrong(computed.percent, "%");
          shown = { ...shown, percent: value };
        } else if (check(computed.points)) {
          // Points written with a % sign, as seed 000 publishes 21.1% -> 25.2% as 4.1%.
          shown = { ...shown, actual: value, points: value };
        } else if (!check(relativeChange(current, previous))) {
          wrong(computed.points, " pts");
          shown = { ...shown, actual: value, points: value };
        }
        break;
      }
      default: {
        const unreachable: never = cell.kind;
        return unreachable;
      }
    }
  }
  return { change: shown, computed, issues };
}

function figureOf(published: PublishedChange, kind: "actual" | "percent" | "points"): number | null {
  return kind === "actual" ? published.actual : kind === "percent" ? published.percent : published.points;
}

function sameFigure(a: number, b: number): boolean {
  return Math.abs(cleanFloat(a - b)) < 1e-9;
}

function relativeChange(current: number, previous: number): number | null {
  return previous === 0 ? null : cleanFloat(((current - previous) / Math.abs(previous)) * 100);
}
