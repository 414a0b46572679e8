import type { SheetMove } from "./planSheetOrder";
import { planSheetOrder } from "./planSheetOrder";

/**
 * Applies the moves to the order Excel has after staging, then drops the staged copies of sheets rewritten in place
 * (and of a kept store) and the sheets the build removes, as the swap does.
 */
function finalOrder(existing: string[], keptAs: (number | null)[], plan: string[], store: { kept: boolean } | null, moves: SheetMove[], removed: string[] = []): string[] {
  const order = [...existing.map((n) => `old:${n}`), ...plan.map((n) => `new:${n}`), ...(store ? ["new:store"] : [])];
  for (const { token, position } of moves) {
    const name = token.kind === "store" ? "new:store" : token.kind === "new" ? `new:${plan[token.index]}` : `old:${existing[token.index]}`;
    order.splice(order.indexOf(name), 1);
    order.splice(position, 0, name);
  }
  const stagedCopies = new Set([...plan.filter((_, i) => keptAs[i] !== null).map((n) => `new:${n}`), ...(store?.kept ? ["new:store"] : [])]);
  return order.filter((n) => !stagedCopies.has(n) && !removed.includes(n));
}

describe("planSheetOrder", () => {
  it("puts a first build's sheets at the end, in plan order, the store last", () => {
    const existing = ["KPIs", "Data"];
    const moves = planSheetOrder({ existing, keptAs: [null, null], store: { kept: false } });
    expect(moves).toEqual([]);
    expect(finalOrder(existing, [null, null], ["S", "C"], { kept: false }, moves)).toEqual(["old:KPIs", "old:Data", "new:S", "new:C", "new:store"]);
  });

  it("leaves sheets rewritten in place where they are, around the analyst's sheets", () => {
    const existing = ["KPIs", "S", "Notes", "C", "store"];
    const moves = planSheetOrder({ existing, keptAs: [1, 3], store: { kept: true } });
    expect(moves).toEqual([]);
    expect(finalOrder(existing, [1, 3], ["S", "C"], { kept: true }, moves)).toEqual(["old:KPIs", "old:S", "old:Notes", "old:C", "old:store"]);
  });

  it("puts a sheet new to this build right after the plan sheet before it", () => {
    const existing = ["S", "C", "Mine"];
    const moves = planSheetOrder({ existing, keptAs: [0, 1, null], store: null });
    expect(finalOrder(existing, [0, 1, null], ["S", "C", "X"], null, moves)).toEqual(["old:S", "old:C", "new:X", "old:Mine"]);
  });

  it("never moves the analyst's sheets", () => {
    const existing = ["A", "S", "B", "C", "D"];
    const moves = planSheetOrder({ existing, keptAs: [3, null, 1], store: null });
    expect(moves.every((m) => m.token.kind !== "old")).toBe(true);
    expect(finalOrder(existing, [3, null, 1], ["C", "X", "S"], null, moves)).toEqual(["old:A", "old:S", "old:B", "old:C", "new:X", "old:D"]);
  });

  describe("edge cases", () => {
    it("puts a new first sheet before the next plan sheet when the others are rewritten in place", () => {
      const existing = ["Mine", "C"];
      const moves = planSheetOrder({ existing, keptAs: [null, 1], store: null });
      expect(finalOrder(existing, [null, 1], ["S", "C"], null, moves)).toEqual(["old:Mine", "new:S", "old:C"]);
    });

    it("keeps a new store last even when the scorecard's sheets are rewritten in place", () => {
      const existing = ["S", "Mine"];
      const moves = planSheetOrder({ existing, keptAs: [0], store: { kept: false } });
      expect(finalOrder(existing, [0], ["S"], { kept: false }, moves)).toEqual(["old:S", "old:Mine", "new:store"]);
    });
  });
});
