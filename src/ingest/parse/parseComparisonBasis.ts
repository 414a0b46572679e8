import type { ComparisonBasis } from "../../model/kpi";
import { keyOf } from "./keyOf";

/**
 * The register's `Compare with` column: `same period last year` (also `last year`), `previous period` (also
 * `previous`). `null` for anything else, including blank.
 * @example parseComparisonBasis("last year") === "same-period-last-year"
 */
export function parseComparisonBasis(text: string): ComparisonBasis | null {
  return BASES.get(keyOf(text)) ?? null;
}

const BASES = new Map<string, ComparisonBasis>([
  ["same period last year", "same-period-last-year"],
  ["last year", "same-period-last-year"],
  ["previous year", "same-period-last-year"],
  ["sply", "same-period-last-year"],
  ["previous period", "previous-period"],
  ["previous", "previous-period"],
  ["last period", "previous-period"],
  ["previous quarter", "previous-period"],
]);
