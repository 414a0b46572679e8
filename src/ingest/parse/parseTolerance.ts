import type { CellValue } from "../../model/grid";
import { parseValue } from "./parseValue";

/**
 * A tolerance or threshold as a percentage: `2%`, `2`, or a cell formatted as a percentage holding 0.02 all give 2.
 * `null` for blank, negative or unreadable values.
 * @example parseTolerance("2%") === 2
 */
export function parseTolerance(cell: CellValue, numberFormat?: string): number | null {
  const parsed = parseValue(cell, numberFormat);
  if (parsed.kind !== "number" || parsed.value < 0) return null;
  return parsed.numberKind === "plain" || parsed.numberKind === "percent" ? parsed.value : null;
}
