import type { CellValue } from "../../model/grid";
import { cellText } from "../read/cellText";
import { monthFromName } from "./monthFromName";

/**
 * The month a fiscal year starts in, 1-12: `April`, `Apr` or `4`. `null` for anything else.
 * @example parseFiscalStart("Apr") === 4
 */
export function parseFiscalStart(cell: CellValue): number | null {
  const text = cellText(cell);
  if (/^\d{1,2}$/.test(text)) {
    const n = Number(text);
    return n >= 1 && n <= 12 ? n : null;
  }
  return monthFromName(text);
}
