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

/** @example outputSheetName("scorecard", "Q2 2013-14") === "Scorecard Q2 2013-14" */
export function outputSheetName(role: SheetRole, quarterLabel: string): string {
  return `${PREFIX[role]} ${quarterLabel}`;
}

/** Every role, in the order layout writes them. */
export const SHEET_ROLES: readonly SheetRole[] = Object.keys(PREFIX) as SheetRole[];

/**
 * The name each sheet of a build is written under: `outputSheetName`'s, or that name numbered (`Scorecard Q2
 * 2013-14 (2)`) when an analyst's own sheet already has it (the pipeline decides, `chooseSheetNames`).
 */
export type SheetNames = (role: SheetRole) => string;

/** @example defaultSheetNames("Q2 2013-14")("themes") === "Theme RAG Q2 2013-14" */
export function defaultSheetNames(quarterLabel: string): SheetNames {
  return (role) => outputSheetName(role, quarterLabel);
}

/**
 * Whether `name` is one this tool gives the `role` sheet of `quarterLabel`: the plain name or a numbered one,
 * ignoring case as Excel does.
 * @example isOwnSheetName("scorecard q2 2013-14 (2)", "scorecard", "Q2 2013-14") === true
 */
export function isOwnSheetName(name: string, role: SheetRole, quarterLabel: string): boolean {
  const base = outputSheetName(role, quarterLabel).toLowerCase();
  const lower = name.toLowerCase();
  return lower === base || (lower.startsWith(`${base} (`) && /^ \([2-9]\)$/.test(lower.slice(base.length)));
}

const OUTPUT_PATTERN = new RegExp(
  `^(${Object.values(PREFIX).join("|")}) Q[1-4] \\d{4}(-\\d{2})?( \\([2-9]\\))?$`,
  "i",
);

/** True for a sheet this tool wrote (or the store), which is never read as the analyst's input. */
export function isOutputSheetName(name: string): boolean {
  return name === STORE_SHEET || OUTPUT_PATTERN.test(name.trim());
}
