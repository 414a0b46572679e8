import { toA1 } from "../model/address";
import type { ScorecardPlan } from "./plan";
import { SCORECARD_COLUMNS } from "./scorecardColumns";

/**
 * Where a KPI's Commentary cell is on the plan's scorecard sheet, for a host that applies "Use this text" by
 * building again (the standalone page) and then shows the cell. `null` when the KPI is not on the scorecard.
 * @example commentaryCellOf(plan, "P1-03") // { sheet: "Scorecard Q2 2013-14", cell: "L12" }
 */
export function commentaryCellOf(plan: ScorecardPlan, kpiId: string): { sheet: string; cell: string } | null {
  const sheet = plan.sheets.find((s) => s.role === "scorecard");
  if (!sheet) return null;
  for (const block of sheet.blocks) {
    const idIndex = SCORECARD_COLUMNS.id - block.left;
    const row = block.cells.findIndex((cells) => cells[idIndex]?.value === kpiId);
    if (row >= 0) return { sheet: sheet.name, cell: toA1(block.top + row, SCORECARD_COLUMNS.commentary) };
  }
  return null;
}
