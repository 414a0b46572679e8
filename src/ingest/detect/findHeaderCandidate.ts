import { toA1 } from "../../model/address";
import type { WorkbookGrids } from "../../model/grid";
import { isOutputSheetName } from "../../model/outputSheets";
import { cleanText } from "../parse/cleanText";
import { parseHeaderPeriod } from "../parse/parseHeaderPeriod";
import { parseValue } from "../parse/parseValue";
import type { UnreadPeriodHeader } from "./findUnreadPeriodHeaders";
import { figureBelow, findUnreadPeriodHeaders } from "./findUnreadPeriodHeaders";

/** Cells named in a message: a few, so that it stays a sentence. */
const MOST_CELLS = 6;

/**
 * The header cells that came nearest to heading a table of figures but could not be read as periods, for the
 * message that says why no KPI table was found: the cells over figures that try to name a period (a year, a month,
 * `YTD`), or else the text cells over figures in the row that has most of them, two or more (the likeliest header
 * row of period columns; one heading over one column of figures is no attempt at periods). Cells
 * that do read as periods are left out: they are not why. Sheets this tool wrote are skipped. `[]` when no text
 * stands over a figure anywhere (a sheet of prose, an empty workbook).
 * @example findHeaderCandidate({ sheets: [gridOf("Table 1", [["Force", "Spring 2013"], ["Kent", 12]])] }, 4)
 *   // [{ sheet: "Table 1", cell: "B1", text: "Spring 2013" }]
 */
export function findHeaderCandidate(workbook: WorkbookGrids, fiscalStartMonth: number): UnreadPeriodHeader[] {
  const unread = findUnreadPeriodHeaders(workbook, fiscalStartMonth, MOST_CELLS);
  if (unread.length > 0) return unread;
  let best: UnreadPeriodHeader[] = [];
  for (const grid of workbook.sheets) {
    if (isOutputSheetName(grid.sheet)) continue;
    for (let r = 0; r < grid.rows.length; r++) {
      const cells: UnreadPeriodHeader[] = [];
      (grid.rows[r] ?? []).forEach((cell, c) => {
        const text = typeof cell === "string" ? cleanText(cell) : "";
        if (text === "" || parseValue(text).kind === "number" || !figureBelow(grid, r, c)) return;
        if (parseHeaderPeriod(text, fiscalStartMonth) !== null) return;
        cells.push({ sheet: grid.sheet, cell: toA1(r, c), text });
      });
      if (cells.length > best.length) best = cells;
    }
  }
  return best.length >= 2 ? best.slice(0, MOST_CELLS) : [];
}
