import { toA1 } from "../model/address";
import type { Grid, WorkbookGrids } from "../model/grid";
import type { Issue } from "../model/issue";
import type { FinanceLine, Kpi, KpiModel, KpiNote, Measurement, Settings, Theme } from "../model/kpi";
import { DEFAULT_SETTINGS } from "../model/kpi";
import { issue } from "../messages";
import { findHeader } from "./findHeader";
import { findInputSheets } from "./findInputSheets";
import { parseMapping } from "./parseMapping";
import { readFinance } from "./readFinance";
import { readKpiRegister, REGISTER_COLUMNS } from "./readKpiRegister";
import { readMeasurements } from "./readMeasurements";
import { readNotes } from "./readNotes";
import { readPublishedTable } from "./readPublishedTable";
import { readSettings } from "./readSettings";
import { readThemes } from "./readThemes";

export interface IngestOptions {
  /** Settings chosen in the task pane or on the command line; they win over the Settings sheet. */
  readonly settingsOverride?: Partial<Settings>;
  /** The saved column mapping, as stored (JSON); see `IngestMapping` in `parseMapping.ts`. */
  readonly mapping?: unknown;
}

/**
 * Grids to model: finds the canonical sheets by name or synonym (skipping sheets this tool wrote), reads each,
 * and collects every issue, each located to a sheet and cell.
 *
 *   1. mapping     the saved column mapping, if any
 *   2. sheets      Settings, KPIs, Measurements, Notes, Themes, Finance (all but KPIs and Measurements optional)
 *   3. settings    the sheet's, then the override
 *   4. KPIs        the register, or else published tables (seed 000's Figure 1) on any other sheet
 *   5. values      the Measurements sheet; required unless published tables gave values
 *   6. the rest    notes, themes, finance
 *
 * @example ingestWorkbook(grids).kpis.map((k) => k.id) // ["P1-01", "P1-02", ...]
 */
export function ingestWorkbook(workbook: WorkbookGrids, options: IngestOptions = {}): KpiModel {
  const issues: Issue[] = [];

  // 1. The mapping: sheet names, header aliases, and what published tables cannot say.
  const { mapping, issues: mappingIssues } = parseMapping(options.mapping);
  issues.push(...mappingIssues);
  const aliases = mapping.columns;

  // 2. Input sheets by name; each read sheet is checked for having been cut short by the host.
  const { found, others } = findInputSheets(workbook, mapping.sheets);
  const read = <T>(grid: Grid, reader: (g: Grid) => { data: T; issues: readonly Issue[] }): T => {
    if (grid.totalRows !== undefined && grid.totalRows > grid.rows.length) {
      // Located at the first row that was not read.
      issues.push(issue("SHEET_TOO_LARGE", { sheet: grid.sheet, cell: toA1(grid.rows.length, 0) }, String(grid.totalRows), String(grid.rows.length)));
    }
    const result = reader(grid);
    issues.push(...result.issues);
    return result.data;
  };

  // 3. Settings: defaults, the sheet, then what the task pane or command line chose.
  const fromSheet = found.settings ? read(found.settings, readSettings) : DEFAULT_SETTINGS;
  const settings: Settings = { ...fromSheet, ...sanitiseOverride(options.settingsOverride) };
  const start = settings.fiscalYearStartMonth;

  // 4. KPIs: the register, or published tables when there is none (or the KPIs sheet is one).
  let kpis: Kpi[] = [];
  let ignoredIds: ReadonlySet<string> = new Set();
  const published: Measurement[] = [];
  const register = found.kpis;
  const registerHeader = register ? findHeader(register, REGISTER_COLUMNS, { aliases }).header : null;
  if (register && registerHeader) {
    const result = read(register, (g) => readKpiRegister(g, { aliases }));
    kpis = [...result.kpis];
    ignoredIds = result.rejectedIds;
  } else {
    const candidates = register ? [register] : others;
    for (const grid of candidates) {
      const table = readPublishedTable(grid, {
        fiscalYearStartMonth: start,
        takenIds: new Set(kpis.map((k) => k.id)),
        kpiMapping: mapping.kpis,
      });
      if (!table) continue;
      read(grid, () => table);
      kpis.push(...table.data.kpis);
      published.push(...table.data.measurements);
    }
    if (kpis.length === 0) {
      if (register) read(register, (g) => readKpiRegister(g, { aliases }));
      else issues.push(issue("NO_KPI_TABLE", { sheet: "", cell: "" }));
    }
  }

  // 5. Values: the Measurements sheet, which only published tables can stand in for.
  let measurements: Measurement[] = published;
  // Without KPIs every row would only repeat "unknown KPI"; the missing register is reported already.
  if (found.measurements) {
    const sheet = found.measurements;
    if (kpis.length > 0) {
      measurements = [...published, ...read(sheet, (g) => readMeasurements(g, { kpis, ignoredIds, fiscalYearStartMonth: start, aliases }))];
    }
  } else if (published.length === 0 && register && registerHeader) {
    issues.push(issue("SHEET_MISSING", { sheet: "", cell: "" }, "Measurements", "the KPI register needs a Measurements (or Data) sheet with KPI ID, Period and Value columns"));
  }

  // 6. Notes, themes and finance, all optional.
  const notes: readonly KpiNote[] = found.notes
    ? read(found.notes, (g) => readNotes(g, { kpis, ignoredIds, fiscalYearStartMonth: start, ragLabels: settings.ragLabels, aliases }))
    : [];
  const themes: readonly Theme[] = found.themes
    ? read(found.themes, (g) => readThemes(g, { fiscalYearStartMonth: start, ragLabels: settings.ragLabels, aliases }))
    : [];
  const finance: readonly FinanceLine[] = found.finance ? read(found.finance, (g) => readFinance(g, { aliases })) : [];

  return { settings, kpis, measurements, notes, themes, finance, issues };
}

/**
 * Keeps only override values of the right type: the override comes from JSON saved in the workbook or typed on a
 * command line, and a wrong type there must not reach calc.
 */
function sanitiseOverride(override: Partial<Settings> | undefined): Partial<Settings> {
  if (!override || typeof override !== "object") return {};
  const clean: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(override) as [keyof Settings, unknown][]) {
    const expected = DEFAULT_SETTINGS[key];
    if (expected === undefined || value === undefined) continue;
    if (key === "ragLabels") {
      const labels = value as Partial<Settings["ragLabels"]> | null;
      if (labels && typeof labels.green === "string" && typeof labels.amber === "string" && typeof labels.red === "string") {
        clean[key] = { green: labels.green, amber: labels.amber, red: labels.red };
      }
    } else if (key === "fiscalYearStartMonth") {
      if (Number.isInteger(value) && (value as number) >= 1 && (value as number) <= 12) clean[key] = value;
    } else if (key === "spcShiftLength") {
      if (value === 6 || value === 7) clean[key] = value;
    } else if (typeof value === typeof expected && (typeof value !== "number" || Number.isFinite(value))) {
      clean[key] = value;
    }
  }
  return clean as Partial<Settings>;
}
