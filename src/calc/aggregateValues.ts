import type { Aggregation } from "../model/kpi";
import { cleanFloat } from "./cleanFloat";

/**
 * Rolls values up as a KPI's `aggregation` says: `sum`, `average`, or `last` (the final value given).
 * Values that are not finite numbers are skipped; no values at all is `null` ("no data"), never 0.
 * @example aggregateValues([3612, 3540, 3498], "sum") === 10650
 */
export function aggregateValues(values: readonly number[], aggregation: Aggregation): number | null {
  let count = 0;
  let total = 0;
  let last = 0;
  for (const v of values) {
    if (!Number.isFinite(v)) continue;
    count++;
    total += v;
    last = v;
  }
  if (count === 0) return null;
  switch (aggregation) {
    case "sum":
      return cleanFloat(total);
    case "average":
      return cleanFloat(total / count);
    case "last":
      return last;
    default: {
      const unreachable: never = aggregation;
      return unreachable;
    }
  }
}
