import type { CellValue } from "../../model/grid";
import { isCellError } from "../../model/grid";
import { cleanText } from "../parse/cleanText";

/**
 * A cell as text, for names, IDs and labels: numbers as JavaScript writes them, errors as their code, an empty
 * cell as `""`.
 * @example cellText(" Total Crime ") === "Total Crime"; cellText(7) === "7"
 */
export function cellText(cell: CellValue | undefined): string {
  if (cell === null || cell === undefined) return "";
  if (typeof cell === "string") return cleanText(cell);
  if (typeof cell === "number") return Number.isFinite(cell) ? String(cell) : "";
  if (typeof cell === "boolean") return cell ? "TRUE" : "FALSE";
  return isCellError(cell) ? cell.error : "";
}
