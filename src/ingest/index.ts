/**
 * Ingest: grids in, `KpiModel` out. Pure: no host, no clock. `ingestWorkbook` is the entry point; the parsers and
 * readers are exported for the task pane (mapping previews), the command line and tests.
 */
export { ingestWorkbook } from "./ingestWorkbook";
export type { IngestOptions } from "./ingestWorkbook";

export { parseValue } from "./parseValue";
export type { NumberKind, ParsedValue, ParsedValueKind } from "./parseValue";
export { parsePeriod } from "./parsePeriod";
export type { ParsePeriodOptions } from "./parsePeriod";
export { parseQuarter } from "./parseQuarter";
export { parseTarget } from "./parseTarget";
export { parseUnit } from "./parseUnit";
export { parsePolarity } from "./parsePolarity";
export { parseAggregation } from "./parseAggregation";
export { parseReportWindow } from "./parseReportWindow";
export { parseComparisonBasis } from "./parseComparisonBasis";
export { parseRag } from "./parseRag";
export { parseTolerance } from "./parseTolerance";
export { parseFiscalStart } from "./parseFiscalStart";
export { parseGrade, gradeScore } from "./parseGrade";
export { parseMapping, EMPTY_MAPPING, INPUT_SHEET_ROLES } from "./parseMapping";
export type { IngestMapping, InputSheetRole, KpiMapping, MappingJson, TableMapping } from "./parseMapping";
export { parseColumnRole, describeColumnRole } from "./parseColumnRole";
export { parseMarkedValue } from "./parseMarkedValue";
export type { MarkedValue } from "./parseMarkedValue";
export { parseTrendMark } from "./parseTrendMark";
export { parseHeaderPeriod } from "./parseHeaderPeriod";
export { parseReportQuarter } from "./parseReportQuarter";

export { detectTables } from "./detectTables";
export type { DetectTablesOptions } from "./detectTables";
export { ROLES_BY_KIND, TABLE_KINDS } from "./tableTypes";
export type { ColumnRole, DetectedColumn, DetectedTable, ReportPeriod, RoleSource, TableKind } from "./tableTypes";

export { findHeader } from "./findHeader";
export type { ColumnSpec, FindHeaderOptions, HeaderMatch, HeaderResult } from "./findHeader";
export { findInputSheets, SHEET_NAMES } from "./findInputSheets";
export type { InputSheets } from "./findInputSheets";

export type { ReadResult } from "./readResult";
export { readSettings } from "./readSettings";
export { readKpiRegister, REGISTER_COLUMNS } from "./readKpiRegister";
export type { KpiRegister, ReadKpiRegisterOptions } from "./readKpiRegister";
export { readMeasurements, MEASUREMENT_COLUMNS } from "./readMeasurements";
export type { ReadMeasurementsOptions } from "./readMeasurements";
export { readNotes, NOTE_COLUMNS } from "./readNotes";
export type { ReadNotesOptions } from "./readNotes";
export { readThemes, THEME_COLUMNS } from "./readThemes";
export type { ReadThemesOptions } from "./readThemes";
export { readFinance, FINANCE_COLUMNS } from "./readFinance";
export type { ReadFinanceOptions } from "./readFinance";
export { readPublishedTable } from "./readPublishedTable";
export type { PublishedTable, ReadPublishedTableOptions } from "./readPublishedTable";
export { readKpiTable } from "./readKpiTable";
export type { KpiTable, KpiTableContext, ReadKpiTableOptions } from "./readKpiTable";
export { readThemeTable } from "./readThemeTable";
export type { ReadThemeTableOptions } from "./readThemeTable";
export { readFinanceTable } from "./readFinanceTable";
