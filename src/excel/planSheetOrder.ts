/**
 * Where a build's sheets go in the tab order, and the `position` moves that put them there. A sheet rewritten in place
 * keeps its place (the analyst may have moved it); a sheet new to this build goes right after the plan sheet before
 * it, or before the plan sheet after it, or at the end, so the scorecard's sheets stay together; a new store goes
 * last. Only new sheets move: the analyst's sheets keep their order.
 */

/** A sheet in the order: one of the workbook's (by index in `existing`), a staged plan sheet, or the staged store. */
export type OrderToken = { readonly kind: "old"; readonly index: number } | { readonly kind: "new"; readonly index: number } | { readonly kind: "store" };

export interface SheetOrderInput {
  /** The workbook's sheets in tab order (names). */
  readonly existing: readonly string[];
  /** For each plan sheet, the index in `existing` of the sheet it is written into, or `null` for a new sheet. */
  readonly keptAs: readonly (number | null)[];
  /** `null` when no store is written; `kept` when the existing store is rewritten in place. */
  readonly store: { readonly kept: boolean } | null;
}

export interface SheetMove {
  readonly token: OrderToken;
  readonly position: number;
}

function same(a: OrderToken | undefined, b: OrderToken | undefined): boolean {
  if (!a || !b || a.kind !== b.kind) return false;
  return a.kind === "store" || a.index === (b as { index: number }).index;
}

/**
 * The moves, applied in order with `worksheet.position = move.position`, once the staged sheets were added at the end
 * (plan order, then the store). Staged copies of sheets rewritten in place stay at the end, to be deleted.
 * @example planSheetOrder({ existing: ["Data", "Scorecard"], keptAs: [1, null], store: null })
 * // [{ token: { kind: "new", index: 1 }, position: 2 }]: the new sheet right after the kept scorecard
 */
export function planSheetOrder(input: SheetOrderInput): SheetMove[] {
  const target: OrderToken[] = input.existing.map((_, index): OrderToken => ({ kind: "old", index }));
  const planToken = (i: number): OrderToken | null => {
    const kept = input.keptAs[i];
    if (kept === undefined) return null;
    return kept === null ? { kind: "new", index: i } : { kind: "old", index: kept };
  };
  input.keptAs.forEach((kept, i) => {
    if (kept !== null) return;
    const token: OrderToken = { kind: "new", index: i };
    const before = planToken(i - 1);
    const after = input.keptAs.map((_, j) => planToken(j)).slice(i + 1);
    const previous = before ? target.findIndex((t) => same(t, before)) : -1;
    const next = after.map((t) => target.findIndex((x) => same(x, t ?? undefined))).find((p) => p >= 0);
    if (previous >= 0) target.splice(previous + 1, 0, token);
    else if (next !== undefined) target.splice(next, 0, token);
    else target.push(token);
  });
  if (input.store && !input.store.kept) target.push({ kind: "store" });

  const current: OrderToken[] = [
    ...input.existing.map((_, index): OrderToken => ({ kind: "old", index })),
    ...input.keptAs.map((_, index): OrderToken => ({ kind: "new", index })),
    ...(input.store ? [{ kind: "store" } as const] : []),
  ];
  const moves: SheetMove[] = [];
  target.forEach((token, position) => {
    if (same(current[position], token)) return;
    const from = current.findIndex((t) => same(t, token));
    if (token.kind === "old" || from < position) throw new Error(`planSheetOrder: ${JSON.stringify(token)} cannot move to ${position}.`);
    current.splice(from, 1);
    current.splice(position, 0, token);
    moves.push({ token, position });
  });
  return moves;
}
