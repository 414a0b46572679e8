/**
 * Where the new sheets go in the tab order, and the `position` moves that put them there. A new sheet takes the
 * place of the sheet it replaces; a sheet new to this build goes right after the plan sheet before it (or before
 * the first replaced one, or at the end), so the scorecard's sheets stay together; the store keeps its old place or
 * goes last. Only new sheets move: the analyst's sheets keep their order.
 */

/** A sheet in the order: one of the workbook's (by index in `existing`), a staged plan sheet, or the staged store. */
export type OrderToken = { readonly kind: "old"; readonly index: number } | { readonly kind: "new"; readonly index: number } | { readonly kind: "store" };

export interface SheetOrderInput {
  /** The workbook's sheets in tab order (names). */
  readonly existing: readonly string[];
  /** Indexes into `existing` of the sheets being replaced (renamed aside, deleted once the new ones are in). */
  readonly replaced: ReadonlySet<number>;
  /** For each plan sheet, the index in `existing` of the sheet it replaces, or `null`. */
  readonly replaces: readonly (number | null)[];
  /** Whether a new store sheet is staged, and the index of the store it replaces. */
  readonly store: { readonly replaces: number | null } | null;
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
 * The moves, applied in order with `worksheet.position = move.position`, after the new sheets were added at the
 * end (plan order, then the store) and before the replaced sheets are deleted.
 * @example planSheetOrder({ existing: ["Data", "Old"], replaced: new Set([1]), replaces: [1], store: null })
 * // [{ token: { kind: "new", index: 0 }, position: 2 }] ... i.e. right after the old sheet, which is then deleted
 */
export function planSheetOrder(input: SheetOrderInput): SheetMove[] {
  const target: OrderToken[] = [];
  const placed = new Set<number>();
  input.existing.forEach((_, index) => {
    target.push({ kind: "old", index });
    const planIndex = input.replaces.indexOf(index);
    if (planIndex >= 0 && input.replaced.has(index)) {
      target.push({ kind: "new", index: planIndex });
      placed.add(planIndex);
    }
    if (input.store && input.store.replaces === index) target.push({ kind: "store" });
  });
  input.replaces.forEach((_, i) => {
    if (placed.has(i)) return;
    const token: OrderToken = { kind: "new", index: i };
    const previous = target.findIndex((t) => t.kind === "new" && t.index === i - 1);
    const later = target.findIndex((t) => t.kind === "new" && t.index > i);
    if (i > 0 && previous >= 0) target.splice(previous + 1, 0, token);
    else if (later >= 0) target.splice(later, 0, token);
    else target.push(token);
    placed.add(i);
  });
  if (input.store && input.store.replaces === null) target.push({ kind: "store" });

  const current: OrderToken[] = [
    ...input.existing.map((_, index): OrderToken => ({ kind: "old", index })),
    ...input.replaces.map((_, index): OrderToken => ({ kind: "new", index })),
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
