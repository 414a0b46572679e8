import type { Aggregation } from "../../model/kpi";
import { keyOf } from "./keyOf";

/**
 * How months roll up into a quarter or year to date: `sum` (also `total`), `average` (also `mean`, `avg`),
 * `last` (also `latest`). `null` for anything else, including blank.
 * @example parseAggregation("mean") === "average"
 */
export function parseAggregation(text: string): Aggregation | null {
  return AGGREGATIONS.get(keyOf(text)) ?? null;
}

const AGGREGATIONS = new Map<string, Aggregation>([
  ["sum", "sum"],
  ["total", "sum"],
  ["add", "sum"],
  ["average", "average"],
  ["mean", "average"],
  ["avg", "average"],
  ["last", "last"],
  ["latest", "last"],
  ["last value", "last"],
  ["end of period", "last"],
]);
