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

const OUTPUT_PATTERN = new RegExp(
  `^(${Object.values(PREFIX).join("|")}) Q[1-4] \\d{4}(-\\d{2})?$`,
  "i",
);

/** True for a sheet this tool wrote (or the store), which is never read as the analyst's input. */
export function isOutputSheetName(name: string): boolean {
  return name === STORE_SHEET || OUTPUT_PATTERN.test(name.trim());
}
