/**
 * Looks up the values a chart reference points at among the plan's own cells, so chart caches can be filled without
 * a calculation engine.
 */
import type { PlanCell, ScorecardPlan } from "../../layout/plan";
import type { PlanCellGrid } from "./collectPlanCells";
import { collectPlanCells } from "./collectPlanCells";
import type { RangeRef } from "./parseRangeRef";
import { parseRangeRef } from "./parseRangeRef";

const MAX_CACHE_CELLS = 100_000;

export interface PlanRange {
  readonly ref: RangeRef;
  /** The cells of the range, row-major; `undefined` where the plan writes nothing. */
  readonly cells: readonly (PlanCell | undefined)[];
  /** False when the reference names a sheet the plan does not write (the cache is then left empty). */
  readonly resolved: boolean;
}

export type PlanRangeReader = (reference: string) => PlanRange | null;

/**
 * A reader of sheet-qualified references over the plan's sheets (sheet names compared as Excel does, ignoring case).
 * @example createPlanRangeReader(plan)("'Chart data Q2 2013-14'!$C$3:$C$5")?.cells.map((c) => c?.value)
 */
export function createPlanRangeReader(plan: ScorecardPlan): PlanRangeReader {
  const grids = new Map<string, PlanCellGrid>();
  const gridOf = (sheet: string): PlanCellGrid | null => {
    const key = sheet.toLowerCase();
    const cached = grids.get(key);
    if (cached) return cached;
    const found = plan.sheets.find((s) => s.name.toLowerCase() === key);
    if (!found) return null;
    const grid = collectPlanCells(found.blocks);
    grids.set(key, grid);
    return grid;
  };
  return (reference) => {
    const ref = parseRangeRef(reference);
    if (!ref || ref.sheet === null) return null;
    const area = (ref.bottom - ref.top + 1) * (ref.right - ref.left + 1);
    // A chart never plots more; a bigger range is a plan bug, and the cache is then left for Excel to fill.
    if (area > MAX_CACHE_CELLS) return { ref, cells: [], resolved: false };
    const grid = gridOf(ref.sheet);
    const cells: (PlanCell | undefined)[] = [];
    for (let row = ref.top; row <= ref.bottom; row += 1) {
      for (let col = ref.left; col <= ref.right; col += 1) cells.push(grid?.get(row, col));
    }
    return { ref, cells, resolved: grid !== null };
  };
}
