/**
 * Reads the A1 references a plan carries (`'Chart data Q2 2013-14'!$C$3:$C$32`, `G5:G40`) into 0-based rectangles.
 */
import { parseA1 } from "../../model/address";

export interface RangeRef {
  /** The sheet name unquoted, `null` when the reference has none. */
  readonly sheet: string | null;
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

function splitSheet(ref: string): { sheet: string | null; range: string } | null {
  const bang = ref.lastIndexOf("!");
  if (bang < 0) return { sheet: null, range: ref };
  const rawSheet = ref.slice(0, bang).trim();
  const range = ref.slice(bang + 1);
  if (rawSheet.startsWith("'")) {
    if (!rawSheet.endsWith("'") || rawSheet.length < 3) return null;
    return { sheet: rawSheet.slice(1, -1).replace(/''/g, "'"), range };
  }
  return rawSheet === "" ? null : { sheet: rawSheet, range };
}

/**
 * Parses a cell or rectangle reference, optionally sheet-qualified; `null` when it is not one.
 * @example parseRangeRef("'Chart data'!$B$2:$B$4") // { sheet: "Chart data", top: 1, left: 1, bottom: 3, right: 1 }
 */
export function parseRangeRef(ref: string): RangeRef | null {
  const parts = splitSheet(ref.trim().replace(/^=/, ""));
  if (!parts) return null;
  const [a, b, extra] = parts.range.split(":");
  if (a === undefined || extra !== undefined) return null;
  const start = parseA1(a);
  const end = b === undefined ? start : parseA1(b);
  if (!start || !end) return null;
  return {
    sheet: parts.sheet,
    top: Math.min(start.row, end.row),
    left: Math.min(start.col, end.col),
    bottom: Math.max(start.row, end.row),
    right: Math.max(start.col, end.col),
  };
}
