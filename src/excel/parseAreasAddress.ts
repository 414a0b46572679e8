/**
 * Reads the address Office.js gives a `RangeAreas` (`Sheet1!A1:C3, 'My, sheet'!A5:C9`) into 0-based rectangles.
 * Sheet names can hold commas and quotes, so the list is split outside quotes only.
 */
import type { CellRange } from "../model/grid";
import { parseA1 } from "../model/address";

const MAX_ROW = 1048575;
const MAX_COL = 16383;

function splitOutsideQuotes(text: string): string[] {
  const parts: string[] = [];
  let current = "";
  let quoted = false;
  for (const ch of text) {
    if (ch === "'") quoted = !quoted;
    if ((ch === "," || ch === ";") && !quoted) {
      parts.push(current);
      current = "";
    } else current += ch;
  }
  parts.push(current);
  return parts;
}

function endpoint(text: string, isEnd: boolean): { row: number; col: number } | null {
  const t = text.replace(/\$/g, "");
  const cell = parseA1(t);
  if (cell) return cell;
  if (/^\d+$/.test(t)) return { row: Number(t) - 1, col: isEnd ? MAX_COL : 0 };
  if (/^[A-Za-z]{1,3}$/.test(t)) {
    const c = parseA1(`${t}1`);
    return c ? { row: isEnd ? MAX_ROW : 0, col: c.col } : null;
  }
  return null;
}

/**
 * @example parseAreasAddress("Data!A2:C3, Data!A5") // [{ top: 1, left: 0, bottom: 2, right: 2 }, { top: 4, left: 0, bottom: 4, right: 0 }]
 */
export function parseAreasAddress(address: string): CellRange[] {
  const ranges: CellRange[] = [];
  for (const part of splitOutsideQuotes(address)) {
    const trimmed = part.trim();
    if (trimmed === "") continue;
    const bang = trimmed.lastIndexOf("!");
    const area = bang < 0 ? trimmed : trimmed.slice(bang + 1);
    const [a, b = a] = area.split(":");
    const start = a === undefined ? null : endpoint(a, false);
    const end = b === undefined ? null : endpoint(b, true);
    if (!start || !end) continue;
    ranges.push({
      top: Math.min(start.row, end.row),
      left: Math.min(start.col, end.col),
      bottom: Math.max(start.row, end.row),
      right: Math.max(start.col, end.col),
    });
  }
  return ranges;
}
