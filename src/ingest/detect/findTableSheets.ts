import type { Grid, WorkbookGrids } from "../../model/grid";
import { findHeader } from "./findHeader";
import { findInputSheets } from "./findInputSheets";
import type { InputSheets } from "./findInputSheets";
import type { IngestMapping } from "../mapping/parseMapping";
import { FINANCE_COLUMNS } from "../read/readFinance";
import { REGISTER_COLUMNS } from "../read/readKpiRegister";
import { NOTE_COLUMNS } from "../read/readNotes";
import { THEME_COLUMNS } from "../read/readThemes";

/** Which sheets ingest reads in their canonical layout, and which it searches for tables. */
export interface TableSheets {
  readonly input: InputSheets;
  /** The KPI register, when the KPIs sheet has the register's header. */
  readonly register: Grid | null;
  readonly themes: Grid | null;
  readonly finance: Grid | null;
  /**
   * The commentary sheet, when the sheet named Notes (or Commentary) has a KPI ID column or the mapping names it.
   * A cover sheet of footnotes called "Notes" (ONS tables have one) is searched for tables like any other.
   */
  readonly notes: Grid | null;
  /** A sheet named like the commentary sheet that is not one, for an info issue. */
  readonly notNotes: Grid | null;
  /** Every other sheet the analyst keeps, and canonical sheets laid out otherwise, in workbook order. */
  readonly tableSheets: readonly Grid[];
}

/**
 * Splits a workbook into the canonical sheets that have their own layout and the sheets to search for tables
 * (`detectTables`): the analyst's other sheets, and a KPIs, Themes or Finance sheet whose header is not the
 * canonical one (a published table pasted onto a sheet named Finance, say). A sheet named Notes is the commentary
 * sheet only when some row names a KPI ID column (or the mapping names the sheet): a cover sheet of footnotes is not.
 * @example findTableSheets(workbook, mapping).tableSheets.map((g) => g.sheet) // ["Figure 1", "Figure 4"]
 */
export function findTableSheets(workbook: WorkbookGrids, mapping: IngestMapping): TableSheets {
  const input = findInputSheets(workbook, mapping.sheets);
  const { found, others } = input;
  const aliases = mapping.columns;
  const register = found.kpis && findHeader(found.kpis, REGISTER_COLUMNS, { aliases }).header ? found.kpis : null;
  const themes = found.themes && findHeader(found.themes, THEME_COLUMNS, { aliases, optional: true }).header ? found.themes : null;
  const finance = found.finance && findHeader(found.finance, FINANCE_COLUMNS, { aliases, optional: true }).header ? found.finance : null;
  const notesLike = found.notes && (mapping.sheets.notes !== undefined || hasKpiIdColumn(found.notes, aliases)) ? found.notes : null;
  const notNotes = found.notes && !notesLike ? found.notes : null;
  const tableSheets = [
    ...(found.kpis && !register ? [found.kpis] : []),
    ...(found.themes && !themes ? [found.themes] : []),
    ...(found.finance && !finance ? [found.finance] : []),
    ...(notNotes ? [notNotes] : []),
    ...others,
  ];
  return { input, register, themes, finance, notes: notesLike, notNotes, tableSheets };
}

/** Whether a row, within the first 30, has a KPI ID header: what commentary must be keyed by. */
function hasKpiIdColumn(grid: Grid, aliases: ReadonlyMap<string, string>): boolean {
  const idOnly = NOTE_COLUMNS.filter((c) => c.key === "kpiId");
  return findHeader(grid, idOnly, { aliases, optional: true }).header !== null;
}
