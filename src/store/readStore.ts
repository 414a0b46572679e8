/**
 * The store is a very hidden sheet (`_scorecard_builder`) of key/value rows that every host can read and write:
 * task-pane settings, the saved column mapping, and which sheets each build wrote, so a rebuild replaces exactly
 * those and nothing of the analyst's.
 */
import type { Grid, WorkbookGrids } from "../model/grid";
import { findGrid } from "../model/grid";
import type { Settings } from "../model/kpi";
import { STORE_SHEET } from "../model/outputSheets";

export interface BuildRecord {
  /** The period as sheet names carry it: `Q2 2013-14`, `12m to Apr-15`. */
  readonly period: string;
  readonly sheets: readonly string[];
}

export interface Store {
  /** Settings chosen in the task pane; they win over the workbook's Settings sheet. */
  readonly settings: Partial<Settings>;
  /** A saved column mapping for workbooks not in the canonical layout, as JSON the ingest step understands. */
  readonly mapping: unknown;
  readonly builds: readonly BuildRecord[];
  /** Every row as read, so keys this version does not know survive a rewrite. */
  readonly rows: readonly (readonly [string, string])[];
}

export const BUILD_PREFIX = "build:";

export const EMPTY_STORE: Store = { settings: {}, mapping: null, builds: [], rows: [] };

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    // A store edited by hand is ignored rather than trusted; the build then starts from the workbook alone.
    return null;
  }
}

function storeRows(grid: Grid): (readonly [string, string])[] {
  const rows: (readonly [string, string])[] = [];
  for (const row of grid.rows) {
    const key = row[0];
    const value = row[1];
    if (typeof key === "string" && key !== "") rows.push([key, typeof value === "string" ? value : String(value ?? "")]);
  }
  return rows;
}

/**
 * Reads the store sheet if the workbook has one.
 * @example readStore(workbook).builds // [{ period: "Q2 2013-14", sheets: ["Scorecard Q2 2013-14", ...] }]
 */
export function readStore(workbook: WorkbookGrids): Store {
  const grid = findGrid(workbook, STORE_SHEET);
  if (!grid) return EMPTY_STORE;
  const rows = storeRows(grid);
  let settings: Partial<Settings> = {};
  let mapping: unknown = null;
  const builds: BuildRecord[] = [];
  for (const [key, value] of rows) {
    if (key === "settings") {
      const parsed = parseJson(value);
      if (parsed && typeof parsed === "object") settings = parsed as Partial<Settings>;
    } else if (key === "mapping") {
      mapping = parseJson(value);
    } else if (key.startsWith(BUILD_PREFIX)) {
      const sheets = parseJson(value);
      if (Array.isArray(sheets)) {
        builds.push({ period: key.slice(BUILD_PREFIX.length), sheets: sheets.filter((s): s is string => typeof s === "string") });
      }
    }
  }
  return { settings, mapping, builds, rows };
}
