/**
 * Names of the sheets Scorecard Builder writes. Ingest skips them, layout names its sheets with them, and hosts
 * replace them on a rebuild. Every name stays within Excel's 31 characters.
 */
import type { SheetRole } from "../layout/plan";

/** The hidden sheet where settings, mappings and the record of past builds live, readable by every host. */
export const STORE_SHEET = "_scorecard_builder";

const PREFIX: Record<SheetRole, string> = {
  scorecard: "Scorecard",
  themes: "Theme RAG",
  charts: "Charts",
  "chart-data": "Chart data",
  finance: "Finance variance",
  exceptions: "Exceptions",
  issues: "Data issues",
};

/**
 * A sheet's name for a period, given as `formatSheetPeriodLabel` writes it (`Q2 2013-14`, `12m to Apr-15`).
 * @example outputSheetName("scorecard", "Q2 2013-14") === "Scorecard Q2 2013-14"
 */
export function outputSheetName(role: SheetRole, sheetLabel: string): string {
  return `${PREFIX[role]} ${sheetLabel}`;
}

/** Every role, in the order layout writes them. */
export const SHEET_ROLES: readonly SheetRole[] = Object.keys(PREFIX) as SheetRole[];

/**
 * The name each sheet of a build is written under: `outputSheetName`'s, or that name numbered (`Scorecard Q2
 * 2013-14 (2)`) when an analyst's own sheet already has it (the pipeline decides, `chooseSheetNames`).
 */
export type SheetNames = (role: SheetRole) => string;

/** @example defaultSheetNames("Q2 2013-14")("themes") === "Theme RAG Q2 2013-14" */
export function defaultSheetNames(sheetLabel: string): SheetNames {
  return (role) => outputSheetName(role, sheetLabel);
}

/**
 * Whether `name` is one this tool gives the `role` sheet of the period `sheetLabel` names: the plain name or a
 * numbered one, ignoring case as Excel does.
 * @example isOwnSheetName("scorecard q2 2013-14 (2)", "scorecard", "Q2 2013-14") === true
 */
export function isOwnSheetName(name: string, role: SheetRole, sheetLabel: string): boolean {
  const base = outputSheetName(role, sheetLabel).toLowerCase();
  const lower = name.toLowerCase();
  return lower === base || (lower.startsWith(`${base} (`) && /^ \([2-9]\)$/.test(lower.slice(base.length)));
}

// The shapes `formatSheetPeriodLabel` writes, and only those, so an analyst's own sheet is not taken for ours;
// a sheet numbered beside an analyst's of the same name (`chooseSheetNames`) ends in ` (2)` to ` (9)`.
const MON = "[a-z]{3}";
const SHEET_PERIODS = [
  "q[1-4] \\d{4}(-\\d{2})?", // Q2 2013-14, Q2 2013
  "\\d{4}(-\\d{2})?", // 2013-14, 2013
  `${MON}-\\d{2}`, // Apr-13
  `ytd ${MON}-\\d{2}`, // YTD Dec-22
  `\\d{1,3}m to ${MON}-\\d{2}`, // 12m to Apr-15
  `${MON}-${MON} \\d{4}`, // Oct-Dec 2022
  `${MON} \\d{2}-${MON} \\d{2}`, // May 13-Apr 14
];
const OUTPUT_PATTERN = new RegExp(`^(${Object.values(PREFIX).join("|")}) (${SHEET_PERIODS.join("|")})( \\([2-9]\\))?$`, "i");

/** True for a sheet this tool wrote (or the store), which is never read as the analyst's input. */
export function isOutputSheetName(name: string): boolean {
  return name === STORE_SHEET || OUTPUT_PATTERN.test(name.trim());
}
