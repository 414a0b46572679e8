import { toA1 } from "../model/address";
import type { ScorecardPlan } from "./plan";
import { SCORECARD_COLUMNS } from "./scorecardColumns";

/** Where a KPI's Commentary cell is on a built scorecard, and what identifies its row there. */
export interface CommentaryLocation {
  readonly sheet: string;
  /** `N12` */
  readonly cell: string;
  /** 1-based, as Excel numbers rows. */
  readonly row: number;
  /** The KPI column's text on that row (the KPI's name), and the printed ID, `null` where none is printed. */
  readonly name: string;
  readonly printedId: string | null;
}

/**
 * Where the plan put a KPI's Commentary cell, found by the KPI's key (the hidden column, so KPIs without a printed
 * ID are found too), with the name and ID a host can check the row by before writing there ("Use this text").
 * `null` when the KPI is not on the scorecard.
 * @example locateCommentary(plan, "P1-03") // { sheet: "Scorecard Q2 2013-14", cell: "N13", row: 13, name: "Number of Repeat Victims", printedId: "P1-03" }
 */
export function locateCommentary(plan: ScorecardPlan, kpiId: string): CommentaryLocation | null {
  const sheet = plan.sheets.find((s) => s.role === "scorecard");
  if (!sheet) return null;
  const col = SCORECARD_COLUMNS;
  for (const block of sheet.blocks) {
    const index = block.cells.findIndex((cells) => cells[col.key - block.left]?.value === kpiId);
    const cells = block.cells[index];
    if (!cells) continue;
    const text = (c: number) => {
      const value = cells[c - block.left]?.value;
      return value === null || value === undefined ? "" : String(value);
    };
    const row = block.top + index;
    const printed = text(col.id);
    return { sheet: sheet.name, cell: toA1(row, col.commentary), row: row + 1, name: text(col.kpi), printedId: printed === "" ? null : printed };
  }
  return null;
}
