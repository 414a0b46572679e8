import { parseA1 } from "../../model/address";
import type { CellRange } from "../../model/grid";

/**
 * A1 range (or single cell) to a 0-based inclusive rectangle; `null` when it is not one. A sheet prefix is ignored.
 * @example parseA1Range("B2:D3") // { top: 1, left: 1, bottom: 2, right: 3 }
 */
export function parseA1Range(range: string): CellRange | null {
  const local = range.includes("!") ? range.slice(range.lastIndexOf("!") + 1) : range;
  const [first = "", second] = local.split(":");
  const a = parseA1(first);
  const b = second === undefined ? a : parseA1(second);
  if (!a || !b) return null;
  return {
    top: Math.min(a.row, b.row),
    left: Math.min(a.col, b.col),
    bottom: Math.max(a.row, b.row),
    right: Math.max(a.col, b.col),
  };
}
