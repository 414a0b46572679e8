import type { Grid, WorkbookGrids } from "../../model/grid";
import { isOutputSheetName } from "../../model/outputSheets";
import type { InputSheetRole } from "../mapping/parseMapping";
import { INPUT_SHEET_ROLES } from "../mapping/parseMapping";

/** Sheet names accepted for each input sheet, as `docs/workbook-format.md` lists them (lower case). */
export const SHEET_NAMES: Readonly<Record<InputSheetRole, readonly string[]>> = {
  settings: ["settings", "setting", "config", "configuration"],
  kpis: ["kpis", "kpi register", "indicators", "kpi", "kpi list", "register"],
  measurements: ["measurements", "data", "monthly data", "measures data", "values"],
  notes: ["notes", "commentary", "comments"],
  themes: ["themes", "theme rag", "theme assessments"],
  finance: ["finance", "budget", "budget monitoring"],
};

export interface InputSheets {
  readonly found: Readonly<Partial<Record<InputSheetRole, Grid>>>;
  /** Sheets the analyst keeps that are neither input sheets nor sheets this tool wrote, in workbook order. */
  readonly others: readonly Grid[];
}

/**
 * Finds the canonical input sheets by name or synonym (any case, surrounding spaces ignored), or by the names a
 * mapping gives. Sheets this tool wrote (`Scorecard Q2 2013-14`, the store) are never input.
 * @example findInputSheets(workbook).found.kpis?.sheet === "KPI register"
 */
export function findInputSheets(workbook: WorkbookGrids, mapped: Partial<Record<InputSheetRole, string>> = {}): InputSheets {
  const inputs = workbook.sheets.filter((g) => !isOutputSheetName(g.sheet));
  const key = (name: string) => name.trim().toLowerCase().replace(/[\s_]+/g, " ");
  const found: Partial<Record<InputSheetRole, Grid>> = {};
  const used = new Set<Grid>();
  for (const role of INPUT_SHEET_ROLES) {
    const wanted = mapped[role];
    const names = wanted !== undefined ? [key(wanted)] : SHEET_NAMES[role];
    // Synonyms in order of preference: `KPIs` wins over `Indicators` when a workbook has both.
    for (const name of names) {
      const grid = inputs.find((g) => !used.has(g) && key(g.sheet) === name);
      if (grid) {
        found[role] = grid;
        used.add(grid);
        break;
      }
    }
  }
  return { found, others: inputs.filter((g) => !used.has(g)) };
}
