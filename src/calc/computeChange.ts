import type { Unit } from "../model/kpi";
import type { Change } from "../model/results";
import { cleanFloat } from "./cleanFloat";

const NO_CHANGE: Change = { actual: null, percent: null, points: null };

/**
 * The change from `previous` to `current`, as the scorecard's Change columns show it.
 * - `actual` is current - previous, in the KPI's unit.
 * - Percentage KPIs: the change is in percentage points (`points` = `actual`) and `percent` is `null`, as seed 000
 *   publishes 21.1% -> 25.2% as a change of 4.1.
 * - Every other unit: `percent` = actual / |previous| x 100 (so a fall from a negative figure reads as a fall), and
 *   `points` is `null`. A previous value of 0 gives `percent` `null` ("n/a"): no division by zero.
 * - Either figure missing: every field `null`.
 * Results are exact to 12 significant digits; rounding for display is layout's job.
 * @example computeChange(19581, 21012, "count") // { actual: -1431, percent: -6.810..., points: null }
 */
export function computeChange(current: number | null, previous: number | null, unit: Unit): Change {
  if (current === null || previous === null || !Number.isFinite(current) || !Number.isFinite(previous)) {
    return NO_CHANGE;
  }
  // Noise is removed from the inputs too, so 0.1 + 0.2 against 0.3 is no change at all.
  const now = cleanFloat(current);
  const before = cleanFloat(previous);
  const actual = cleanFloat(now - before);
  if (unit === "percent") return { actual, percent: null, points: actual };
  const percent = before === 0 ? null : cleanFloat(((now - before) / Math.abs(before)) * 100);
  return { actual, percent, points: null };
}
