import { toA1 } from "../model/address";
import type { Grid, WorkbookGrids } from "../model/grid";
import type { Issue } from "../model/issue";
import type { FinanceLine, Kpi, KpiModel, KpiNote, Measurement, MeasurementList, Settings, Theme } from "../model/kpi";
import { DEFAULT_SETTINGS } from "../model/kpi";
import { issue } from "../messages";
import { findHeaderCandidate } from "./detect/findHeaderCandidate";
import { findTableSheets } from "./detect/findTableSheets";
import { parseMapping } from "./mapping/parseMapping";
import { append } from "./read/append";
import { MeasurementColumns } from "./read/measurementColumns";
import { detectTables } from "./detect/detectTables";
import type { IngestMapping } from "./mapping/parseMapping";
import { describePeriodForms } from "./parse/describePeriodForms";
import { parseHeaderPeriod } from "./parse/parseHeaderPeriod";
import { parseQuarter } from "./parse/parseQuarter";
import { readFinance } from "./read/readFinance";
import { readFinanceTable } from "./read/readFinanceTable";
import { applySpcMapping } from "./mapping/applySpcMapping";
import { readKpiRegister } from "./read/readKpiRegister";
import type { KpiTableContext } from "./read/readKpiTable";
import { readKpiTable } from "./read/readKpiTable";
import { readMeasurements } from "./read/readMeasurements";
import { readNotes } from "./read/readNotes";
import { readSettings } from "./read/readSettings";
import { readThemeTable } from "./read/readThemeTable";
import { readThemes } from "./read/readThemes";
import type { DetectedTable } from "./detect/tableTypes";
import type { WeightRef } from "./read/linkWeights";
import { linkWeights } from "./read/linkWeights";
import { proposeWeights } from "./mapping/proposeWeights";

export interface IngestOptions {
  /** Settings chosen in the task pane or on the command line; they win over the Settings sheet. */
  readonly settingsOverride?: Partial<Settings>;
  /** The saved column mapping, as stored (JSON); see `IngestMapping` in `parseMapping.ts`. */
  readonly mapping?: unknown;
}

/**
 * Grids to model: finds the canonical sheets by name or synonym (skipping sheets this tool wrote), reads each,
 * reads the tables `detectTables` finds on the other sheets where the canonical sheets are missing (or are laid
 * out otherwise), and collects every issue, each located to a sheet and cell.
 *
 *   1. mapping     the saved column mapping, if any
 *   2. sheets      Settings, KPIs, Measurements, Notes, Themes, Finance (all but KPIs and Measurements optional)
 *   3. settings    the sheet's, then the override
 *   4. tables      KPI, theme and budget tables found on the other sheets (and on canonical sheets laid out otherwise)
 *   5. KPIs        the register, or else the KPI tables (seed 000's Figures 1, 4, 11, seed 002's measures)
 *   6. values      the Measurements sheet; required unless tables gave values
 *   7. the rest    notes, themes, finance: their sheets, or else their tables
 *
 * @example ingestWorkbook(grids).kpis.map((k) => k.id) // ["P1-01", "P1-02", ...]
 */
export function ingestWorkbook(workbook: WorkbookGrids, options: IngestOptions = {}): KpiModel {
  const issues: Issue[] = [];

  // 1. The mapping: sheet names, header aliases, column roles, and what published tables cannot say.
  const { mapping, issues: mappingIssues } = parseMapping(options.mapping);
  issues.push(...mappingIssues);
  const aliases = mapping.columns;

  // 2. Input sheets by name, and the sheets to search for tables; each read sheet is checked once for having been
  //    cut short by the host.
  const { input, register: registerSheet, themes: themesSheet, finance: financeSheet, notes: notesSheet, notNotes, tableSheets } = findTableSheets(workbook, mapping);
  const { found } = input;
  const checked = new Set<Grid>();
  const checkSheet = (grid: Grid) => {
    if (checked.has(grid)) return;
    checked.add(grid);
    if (grid.totalRows !== undefined && grid.totalRows > grid.rows.length) {
      // Located at the first row that was not read.
      issues.push(issue("SHEET_TOO_LARGE", { sheet: grid.sheet, cell: toA1(grid.rows.length, 0) }, String(grid.totalRows), String(grid.rows.length)));
    }
    if (grid.hidden) issues.push(issue("SHEET_HIDDEN_READ", { sheet: grid.sheet, cell: "" }, grid.sheet));
  };
  const read = <T>(grid: Grid, reader: (g: Grid) => { data: T; issues: readonly Issue[] }): T => {
    checkSheet(grid);
    const result = reader(grid);
    append(issues, result.issues);
    return result.data;
  };

  // 3. Settings: defaults, the sheet, then what the task pane or command line chose.
  const fromSheet = found.settings ? read(found.settings, readSettings) : DEFAULT_SETTINGS;
  const settings: Settings = { ...fromSheet, ...sanitiseOverride(options.settingsOverride) };
  const start = settings.fiscalYearStartMonth;
  issues.push(...mappingPeriodIssues(mapping, start));

  // 4. Tables on the other sheets, and on canonical sheets whose own layout is not there.
  const register = found.kpis;
  const registerHeader = registerSheet !== null;
  const tables = detectTables({ sheets: tableSheets }, { fiscalYearStartMonth: start, mapping }).filter((t) => !t.skipped);
  const gridOf = (t: DetectedTable): Grid => tableSheets.find((g) => g.sheet === t.sheet) ?? { sheet: t.sheet, rows: [] };
  const notRead = (t: DetectedTable, why: string) => issues.push(issue("TABLE_NOT_READ", { sheet: t.sheet, cell: t.range }, `${t.sheet}!${t.range}`, why));

  // 5. KPIs: the register, or the KPI tables when there is none (or the KPIs sheet is one).
  let kpis: Kpi[] = [];
  let ignoredIds: ReadonlySet<string> = new Set();
  const fromTables: Measurement[] = [];
  const tableNotes: KpiNote[] = [];
  const kpiTables = tables.filter((t) => t.kind === "kpis");
  if (register && registerHeader) {
    const result = read(register, (g) => readKpiRegister(g, { aliases, fiscalYearStartMonth: start }));
    kpis = [...result.kpis];
    ignoredIds = result.rejectedIds;
    for (const t of kpiTables) notRead(t, `the workbook has a KPI register (sheet "${register.sheet}"), which lists the KPIs`);
  } else {
    const context: KpiTableContext = { takenIds: new Set(), names: new Map() };
    for (const table of kpiTables) {
      const grid = gridOf(table);
      const data = read(grid, (g) =>
        readKpiTable(g, table, {
          fiscalYearStartMonth: start,
          ragLabels: settings.ragLabels,
          kpiMapping: mapping.kpis,
          tableMapping: mapping.tables.get(g.sheet.trim().toLowerCase()) ?? null,
          context,
        }),
      );
      append(kpis, data.kpis);
      append(fromTables, data.measurements);
      append(tableNotes, data.notes);
    }
    if (kpis.length === 0) {
      if (register) read(register, (g) => readKpiRegister(g, { aliases, fiscalYearStartMonth: start }));
      else issues.push(noKpiTableIssue(tableSheets, start));
    }
  }

  // The analyst's SPC baselines and recalculations given in the mapping rather than the register.
  const spcMapped = applySpcMapping(kpis, mapping.kpis, start);
  kpis = spcMapped.kpis;
  append(issues, spcMapped.issues);
  // The counts means and rates are weighted by, as the mapping step confirmed them (a register column wins).
  const weights = new Map<string, WeightRef>();
  for (const [key, k] of mapping.kpis) if (k.weightedBy) weights.set(key, { ref: k.weightedBy, at: { mappingPart: `kpis.${key}.weightedBy` } });
  const unweighted = kpis.filter((k) => k.weightedBy === undefined);
  if (weights.size > 0 && unweighted.length > 0) {
    const linked = linkWeights(kpis, new Map([...weights].filter(([key]) => unweighted.some((k) => k.id.toLowerCase() === key || k.name.toLowerCase() === key))));
    kpis = linked.kpis;
    issues.push(...linked.issues);
  }

  // 6. Values: the Measurements sheet, which only tables can stand in for.
  let measurements: MeasurementList = fromTables;
  // Without KPIs every row would only repeat "unknown KPI"; the missing register is reported already.
  if (found.measurements) {
    const sheet = found.measurements;
    if (kpis.length > 0) {
      const values = read(sheet, (g) => readMeasurements(g, { kpis, ignoredIds, fiscalYearStartMonth: start, aliases }));
      measurements = fromTables.length === 0 ? values : joinMeasurements(fromTables, values);
    }
  } else if (fromTables.length === 0 && register && registerHeader) {
    issues.push(issue("SHEET_MISSING", { sheet: "", cell: "" }, "Measurements", "the KPI register needs a Measurements (or Data) sheet with KPI ID, Period and Value columns"));
  }

  // A mean averaged without its count, beside a count for the same subject: proposed for the analyst to confirm.
  issues.push(...proposeWeights(kpis, measurements).map((p) => issue("WEIGHTING_PROPOSED", p.kpi.source, p.kpi.name, p.count.name)));

  // 7. Notes, themes and finance, all optional: their sheets, else tables of their kind.
  const notes: readonly KpiNote[] = [
    ...(notesSheet ? read(notesSheet, (g) => readNotes(g, { kpis, ignoredIds, fiscalYearStartMonth: start, ragLabels: settings.ragLabels, aliases })) : []),
    ...tableNotes,
  ];
  if (notNotes) issues.push(issue("NOTES_SHEET_NOT_COMMENTARY", { sheet: notNotes.sheet, cell: "A1" }, notNotes.sheet));
  const themes: Theme[] = [];
  if (themesSheet) append(themes, read(themesSheet, (g) => readThemes(g, { fiscalYearStartMonth: start, ragLabels: settings.ragLabels, aliases })));
  for (const table of tables.filter((t) => t.kind === "themes")) {
    if (themesSheet) notRead(table, `the workbook has a Themes sheet ("${themesSheet.sheet}")`);
    else append(themes, read(gridOf(table), (g) => readThemeTable(g, table, { fiscalYearStartMonth: start, ragLabels: settings.ragLabels, tableMapping: mapping.tables.get(g.sheet.trim().toLowerCase()) ?? null })));
  }
  const finance: FinanceLine[] = [];
  if (financeSheet) append(finance, read(financeSheet, (g) => readFinance(g, { aliases })));
  for (const table of tables.filter((t) => t.kind === "finance")) {
    if (financeSheet || finance.length > 0) notRead(table, financeSheet ? `the workbook has a Finance sheet ("${financeSheet.sheet}")` : "only one budget table is read, and one was read already");
    else append(finance, read(gridOf(table), (g) => readFinanceTable(g, table)));
  }
  // A canonical sheet in neither its own layout nor a table's: say what its own layout needs.
  if (found.themes && !checked.has(found.themes)) read(found.themes, (g) => readThemes(g, { fiscalYearStartMonth: start, ragLabels: settings.ragLabels, aliases }));
  if (found.finance && !checked.has(found.finance)) read(found.finance, (g) => readFinance(g, { aliases }));

  return { settings, kpis, measurements, notes, themes, finance, issues };
}

/** Sheets named in a message before "and N more". */
const MOST_SHEETS = 5;
/** Period forms a message shows as a taste; docs/workbook-format.md has them all. */
const FORMS_SHOWN = 8;

/**
 * Why no KPI table was found, located at the cell most like a header that could not be read as a period (else the
 * first sheet searched): the sheets searched, those cells, a few of the period forms it reads, the mapping step and
 * the docs.
 */
function noKpiTableIssue(sheets: readonly Grid[], start: number): Issue {
  const candidates = findHeaderCandidate({ sheets }, start);
  const first = candidates[0];
  const at = first ?? { sheet: sheets[0]?.sheet ?? "", cell: sheets[0] ? "A1" : "" };
  const names = sheets.slice(0, MOST_SHEETS).map((g) => `"${g.sheet}"`);
  const more = sheets.length - names.length;
  const listed = more > 0 ? `${names.join(", ")} and ${more} more` : names.length > 1 ? `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}` : names.join("");
  const where = sheets.length === 0 ? "any sheet (the workbook has none to search)" : `${sheets.length === 1 ? "sheet" : "sheets"} ${listed}`;
  const cells = candidates.map((c) => `${c.sheet}!${c.cell} "${c.text}"`).join(", ");
  return issue("NO_KPI_TABLE", at, where, cells, describePeriodForms(FORMS_SHOWN));
}

/** A report quarter, or a column's period, that the mapping gives and that cannot be read as one. */
function mappingPeriodIssues(mapping: IngestMapping, start: number): Issue[] {
  const out: Issue[] = [];
  for (const [sheet, t] of mapping.tables) {
    if (t.period !== null && !parseQuarter(t.period, start)) {
      out.push(issue("MAPPING_UNREADABLE", { sheet: "", cell: "" }, `tables.${sheet}.period`, `"${t.period}" is not a quarter such as Q2 2013-14`));
    }
    for (const [header, text] of t.periods) {
      if (parseHeaderPeriod(text, start)?.period.kind !== "explicit") {
        out.push(issue("MAPPING_UNREADABLE", { sheet: "", cell: "" }, `tables.${sheet}.periods.${header}`, `"${text}" is not a period such as Oct-Dec 2023 or 2023/24`));
      }
    }
  }
  return out;
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

/** The tables' measurements, then the Measurements sheet's. */
function joinMeasurements(first: MeasurementList, then: MeasurementList): MeasurementList {
  const all = new MeasurementColumns();
  all.addAll(first);
  all.addAll(then);
  return all;
}
