/**
 * Ingest: grids in, `KpiModel` out. Pure: no host, no clock. `ingestWorkbook` is the entry point; the parsers and
 * readers are exported for the task pane (mapping previews), the command line and tests.
 *
 * - `parse/`: the forms analysts type into cells (values, periods, targets, units, RAG words, ...), one parser each.
 * - `detect/`: finding tables on a sheet, their header rows and each column's role.
 * - `read/`: a reader per canonical sheet and per detected table, turning rows into KPIs, measurements and issues.
 * - `mapping/`: the column mapping chosen in the task pane or given with `--mapping`.
 */
export { ingestWorkbook } from "./ingestWorkbook";
export type { IngestOptions } from "./ingestWorkbook";
export { planReadWindow } from "./planReadWindow";
export type { ReadNeeds, ReadWindow, SheetSkip } from "./planReadWindow";

export { parseValue } from "./parse/parseValue";
export type { NumberKind, ParsedValue, ParsedValueKind } from "./parse/parseValue";
export { parsePeriod } from "./parse/parsePeriod";
export type { ParsePeriodOptions } from "./parse/parsePeriod";
export { parsePeriodText, findPeriodText } from "./parse/parsePeriodText";
export type { ParsePeriodTextOptions, PeriodTextFound, PeriodTextMatch } from "./parse/parsePeriodText";
export { PERIOD_FORMS } from "./parse/periodForms";
export type { PeriodExample, PeriodForm, PeriodReading } from "./parse/periodForms";
export { describePeriodForms } from "./parse/describePeriodForms";
export { describePeriodReading } from "./parse/describePeriodReading";
export { parseQuarter } from "./parse/parseQuarter";
export { parseTarget } from "./parse/parseTarget";
export { parseUnit } from "./parse/parseUnit";
export { parsePolarity } from "./parse/parsePolarity";
export { parseAggregation } from "./parse/parseAggregation";
export { parseReportWindow } from "./parse/parseReportWindow";
export { parseComparisonBasis } from "./parse/parseComparisonBasis";
export { parseRag } from "./parse/parseRag";
export { parseTolerance } from "./parse/parseTolerance";
export { parseFiscalStart } from "./parse/parseFiscalStart";
export { parseGrade, gradeScore } from "./parse/parseGrade";
export { parseMapping, EMPTY_MAPPING, INPUT_SHEET_ROLES } from "./mapping/parseMapping";
export type { IngestMapping, InputSheetRole, KpiMapping, MappingJson, TableMapping } from "./mapping/parseMapping";
export { parseColumnRole, describeColumnRole } from "./mapping/parseColumnRole";
export { parseMarkedValue } from "./parse/parseMarkedValue";
export type { MarkedValue } from "./parse/parseMarkedValue";
export { parseTrendMark } from "./parse/parseTrendMark";
export { parseHeaderPeriod } from "./parse/parseHeaderPeriod";
export { parseReportQuarter } from "./parse/parseReportQuarter";

export { detectTables } from "./detect/detectTables";
export type { DetectTablesOptions } from "./detect/detectTables";
export { ROLES_BY_KIND, TABLE_KINDS } from "./detect/tableTypes";
export type { ColumnRole, DetectedColumn, DetectedTable, ReportPeriod, RoleSource, TableKind } from "./detect/tableTypes";

export { findUnreadPeriodHeaders } from "./detect/findUnreadPeriodHeaders";
export type { UnreadPeriodHeader } from "./detect/findUnreadPeriodHeaders";
export { findHeader } from "./detect/findHeader";
export type { ColumnSpec, FindHeaderOptions, HeaderMatch, HeaderResult } from "./detect/findHeader";
export { findInputSheets, SHEET_NAMES } from "./detect/findInputSheets";
export type { InputSheets } from "./detect/findInputSheets";

export type { ReadResult } from "./read/readResult";
export { readSettings } from "./read/readSettings";
export { readKpiRegister, REGISTER_COLUMNS } from "./read/readKpiRegister";
export type { KpiRegister, ReadKpiRegisterOptions } from "./read/readKpiRegister";
export { readMeasurements, MEASUREMENT_COLUMNS } from "./read/readMeasurements";
export type { ReadMeasurementsOptions } from "./read/readMeasurements";
export { readNotes, NOTE_COLUMNS } from "./read/readNotes";
export type { ReadNotesOptions } from "./read/readNotes";
export { readThemes, THEME_COLUMNS } from "./read/readThemes";
export type { ReadThemesOptions } from "./read/readThemes";
export { readFinance, FINANCE_COLUMNS } from "./read/readFinance";
export type { ReadFinanceOptions } from "./read/readFinance";
export { readPublishedTable } from "./read/readPublishedTable";
export type { PublishedTable, ReadPublishedTableOptions } from "./read/readPublishedTable";
export { readKpiTable } from "./read/readKpiTable";
export type { KpiTable, KpiTableContext, ReadKpiTableOptions } from "./read/readKpiTable";
export { readThemeTable } from "./read/readThemeTable";
export type { ReadThemeTableOptions } from "./read/readThemeTable";
export { readFinanceTable } from "./read/readFinanceTable";
