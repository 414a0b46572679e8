import { toA1 } from "../../model/address";
import type { Grid, WorkbookGrids } from "../../model/grid";
import { cellAt, numberFormatAt } from "../../model/grid";
import { isOutputSheetName } from "../../model/outputSheets";
import { cleanText } from "../parse/cleanText";
import { monthFromName } from "../parse/monthFromName";
import { parseHeaderPeriod } from "../parse/parseHeaderPeriod";
import { parseValue } from "../parse/parseValue";
import { classifyHeader } from "./classifyHeader";

export interface UnreadPeriodHeader {
  readonly sheet: string;
  readonly cell: string;
  readonly text: string;
}

/** What a header that tries to name a period has: a year, two-digit years paired, a numbered quarter, a year to date. */
const PERIOD_LIKE = /\b(?:19[5-9]\d|20\d\d)|['\u2019]\d{2}\b|\b\d{2}[-/]\d{2}\b|\b(?:q|qtr|quarter)\s*[1-4]\b|\b(?:f?ytd|year to date)\b/i;

/**
 * Header cells over figures that name no period Scorecard Builder reads, for the message that says why nothing could
 * be built: a text cell with a figure under it, that reads as no period and no other column word, and looks like an
 * attempt at one (a year, a month name, a numbered quarter, `YTD`). Sheets this tool wrote are skipped. At most `limit`.
 * @example findUnreadPeriodHeaders({ sheets: [table] }, 4) // [{ sheet: "Table 1", cell: "B3", text: "Spring 2013" }]
 */
export function findUnreadPeriodHeaders(workbook: WorkbookGrids, fiscalStartMonth: number, limit = 12): UnreadPeriodHeader[] {
  const found: UnreadPeriodHeader[] = [];
  for (const grid of workbook.sheets) {
    if (isOutputSheetName(grid.sheet)) continue;
    for (let r = 0; r < grid.rows.length && found.length < limit; r++) {
      const row = grid.rows[r] ?? [];
      for (let c = 0; c < row.length && found.length < limit; c++) {
        const cell = row[c];
        if (typeof cell !== "string") continue;
        const text = cleanText(cell);
        if (text === "" || text.length > 60 || !looksLikePeriod(text)) continue;
        if (parseValue(text).kind === "number" || !figureBelow(grid, r, c)) continue;
        if (parseHeaderPeriod(text, fiscalStartMonth) !== null) continue;
        const clue = classifyHeader({ text }, null, fiscalStartMonth);
        if (clue && clue.role !== "ignore") continue;
        found.push({ sheet: grid.sheet, cell: toA1(r, c), text });
      }
    }
  }
  return found;
}

function looksLikePeriod(text: string): boolean {
  return PERIOD_LIKE.test(text) || text.split(/[\s\-/,.']+/).some((word) => monthFromName(word) !== null);
}

/** The first filled cell below (within two rows) is a figure. */
export function figureBelow(grid: Grid, r: number, c: number): boolean {
  for (let below = r + 1; below <= r + 2; below++) {
    const cell = cellAt(grid, below, c);
    if (cell === null || (typeof cell === "string" && cleanText(cell) === "")) continue;
    return parseValue(cell, numberFormatAt(grid, below, c)).kind === "number";
  }
  return false;
}
