import type { SheetMove } from "./planSheetOrder";
import { planSheetOrder } from "./planSheetOrder";

/** Applies the moves to the order Excel has after staging, then drops the replaced sheets, as the swap does. */
function finalOrder(existing: string[], replaced: Set<number>, plan: string[], store: boolean, moves: SheetMove[]): string[] {
  const order = [...existing.map((n) => `old:${n}`), ...plan.map((n) => `new:${n}`), ...(store ? ["new:store"] : [])];
  for (const { token, position } of moves) {
    const name = token.kind === "store" ? "new:store" : token.kind === "new" ? `new:${plan[token.index]}` : `old:${existing[token.index]}`;
    order.splice(order.indexOf(name), 1);
    order.splice(position, 0, name);
  }
  return order.filter((n) => !existing.some((e, i) => replaced.has(i) && n === `old:${e}`));
}

describe("planSheetOrder", () => {
  it("puts a first build's sheets at the end, in plan order, the store last", () => {
    const existing = ["KPIs", "Data"];
    const moves = planSheetOrder({ existing, replaced: new Set(), replaces: [null, null], store: { replaces: null } });
    expect(moves).toEqual([]);
    expect(finalOrder(existing, new Set(), ["S", "C"], true, moves)).toEqual(["old:KPIs", "old:Data", "new:S", "new:C", "new:store"]);
  });

  it("puts a rebuilt sheet where the old one was, around the analyst's sheets", () => {
    const existing = ["KPIs", "S", "Notes", "C", "store"];
    const replaced = new Set([1, 3, 4]);
    const moves = planSheetOrder({ existing, replaced, replaces: [1, 3], store: { replaces: 4 } });
    expect(finalOrder(existing, replaced, ["S", "C"], true, moves)).toEqual(["old:KPIs", "new:S", "old:Notes", "new:C", "new:store"]);
  });

  it("puts a sheet new to this build right after the plan sheet before it", () => {
    const existing = ["S", "C", "Mine"];
    const replaced = new Set([0, 1]);
    const moves = planSheetOrder({ existing, replaced, replaces: [0, 1, null], store: null });
    expect(finalOrder(existing, replaced, ["S", "C", "X"], false, moves)).toEqual(["new:S", "new:C", "new:X", "old:Mine"]);
  });

  it("never moves the analyst's sheets", () => {
    const existing = ["A", "S", "B", "C", "D"];
    const moves = planSheetOrder({ existing, replaced: new Set([1, 3]), replaces: [3, null, 1], store: null });
    expect(moves.every((m) => m.token.kind !== "old")).toBe(true);
  });

  describe("edge cases", () => {
    it("puts a new first sheet before the first replaced one when the others are rebuilt", () => {
      const existing = ["Mine", "C"];
      const replaced = new Set([1]);
      const moves = planSheetOrder({ existing, replaced, replaces: [null, 1], store: null });
      expect(finalOrder(existing, replaced, ["S", "C"], false, moves)).toEqual(["old:Mine", "new:S", "new:C"]);
    });
  });
});
