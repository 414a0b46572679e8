/**
 * Which sheets a build may replace, and what it names its own: the store is data from a file, so it is trusted
 * only as far as it names sheets this tool makes for this period (`isOwnSheetName`). An analyst's sheet is never
 * replaced, whatever the store says; where one already has a name the build wants (`Scorecard Q2 2013-14`, in any
 * case), the build's sheet takes the next number (`Scorecard Q2 2013-14 (2)`) and an info issue says so.
 */
import type { SheetRole } from "../layout/plan";
import type { SheetNames } from "../model/outputSheets";
import { isOwnSheetName, outputSheetName, SHEET_ROLES } from "../model/outputSheets";
import type { Store } from "./readStore";

export interface SheetNameChoice {
  /** The name of each role's sheet in this build. */
  readonly names: SheetNames;
  /** Sheets an earlier build of this period wrote, as the store records them, trusted: these may be replaced. */
  readonly replaceable: readonly string[];
  /** Roles whose plain name an analyst's sheet has: the name taken, and the one used instead (`null`: none free). */
  readonly numbered: ReadonlyMap<SheetRole, { readonly taken: string; readonly used: string | null }>;
  /** The scorecard an earlier build of this period wrote, to keep the commentary typed into it. */
  readonly previousScorecard: string | null;
}

/** Numbers tried after the plain name: `Finance variance Q2 2013-14 (9)` is Excel's 31 characters. */
const NUMBERS = [2, 3, 4, 5, 6, 7, 8, 9];

/** Excel's longest sheet name: a numbered name longer than this (`Finance variance May 13-Apr 14 (2)`) is not tried. */
const MAX_SHEET_NAME = 31;

/**
 * @example
 * chooseSheetNames(["KPIs", "Scorecard Q2 2013-14"], EMPTY_STORE, "Q2 2013-14").names("scorecard") === "Scorecard Q2 2013-14 (2)"
 */
export function chooseSheetNames(workbookSheets: readonly string[], store: Store, sheetLabel: string): SheetNameChoice {
  const recorded = store.builds.find((b) => b.period === sheetLabel)?.sheets ?? [];
  const replaceable = [...new Map(recorded.filter((name) => SHEET_ROLES.some((role) => isOwnSheetName(name, role, sheetLabel))).map((n) => [n.toLowerCase(), n])).values()];
  const mayReplace = new Set(replaceable.map((n) => n.toLowerCase()));
  const existing = new Map(workbookSheets.map((n) => [n.toLowerCase(), n]));
  const used = new Set<string>();
  const chosen = new Map<SheetRole, string>();
  const numbered = new Map<SheetRole, { taken: string; used: string | null }>();

  for (const role of SHEET_ROLES) {
    const base = outputSheetName(role, sheetLabel);
    const free = (name: string) => (!existing.has(name.toLowerCase()) || mayReplace.has(name.toLowerCase())) && !used.has(name.toLowerCase());
    const candidates = NUMBERS.map((n) => `${base} (${n})`).filter((name) => name.length <= MAX_SHEET_NAME);
    const name = [base, ...candidates].find(free) ?? null;
    if (name !== null) used.add(name.toLowerCase());
    chosen.set(role, name ?? base);
    if (name !== base) numbered.set(role, { taken: existing.get(base.toLowerCase()) ?? base, used: name });
  }

  const scorecardName = chosen.get("scorecard")?.toLowerCase();
  const earlierScorecards = replaceable.filter((n) => isOwnSheetName(n, "scorecard", sheetLabel) && existing.has(n.toLowerCase()));
  const previous = earlierScorecards.find((n) => n.toLowerCase() === scorecardName) ?? earlierScorecards[0] ?? null;
  return {
    names: (role) => chosen.get(role) ?? outputSheetName(role, sheetLabel),
    replaceable,
    numbered,
    previousScorecard: previous === null ? null : (existing.get(previous.toLowerCase()) ?? previous),
  };
}
