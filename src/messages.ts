/**
 * The catalogue of every message the user can see about their workbook: one place to word them, and the
 * place tests assert against (never against copied strings). Each entry has a default severity and a text
 * built from what was found; `issue()` locates it.
 */
import type { Issue, Severity } from "./model/issue";

interface Entry {
  readonly severity: Severity;
  readonly text: (...args: string[]) => string;
}

function entry<A extends string[]>(severity: Severity, text: (...args: A) => string) {
  return { severity, text: text as (...args: string[]) => string } as const satisfies Entry;
}

export const MESSAGES = {
  // Workbook and sheets
  SHEET_MISSING: entry("error", (sheet: string, expected: string) => `No sheet named "${sheet}" was found: ${expected}.`),
  SHEET_EMPTY: entry("error", (sheet: string) => `Sheet "${sheet}" is empty.`),
  SHEET_TOO_LARGE: entry("error", (rows: string, read: string) =>
    `The sheet has ${rows} rows, more than Scorecard Builder can read at once; only the first ${read} were looked at, so nothing was built. Move older years to another workbook, or delete what lies below the data.`),
  NO_KPI_TABLE: entry("error", () => "No KPI table was found: expected a KPI register (ID, Name, Unit, ...) or a published table (KPI, Target, two period columns)."),
  // Headers and columns
  COLUMN_MISSING: entry("error", (column: string, header: string) => `Column "${column}" is missing from the header row (${header}).`),
  HEADER_UNKNOWN: entry("info", (header: string) => `Column "${header}" is not used by the scorecard and was ignored.`),
  CHANGE_AGAINST_TARGET: entry("info", (header: string) =>
    `Column "${header}" was read as each figure against its target, not a change between periods, so it is not shown as the change; the RAG compares the figure with the target itself.`),
  HEADER_DUPLICATE: entry("warning", (header: string) => `Column "${header}" appears more than once; the first one is used.`),
  // Values
  VALUE_UNREADABLE: entry("error", (found: string, expected: string) => `"${found}" could not be read: expected ${expected}.`),
  VALUE_ERROR: entry("error", (found: string) => `The cell holds the Excel error ${found}; fix the formula or clear the cell.`),
  VALUE_NO_DATA: entry("info", (found: string) => `"${found}" is treated as no data for this period.`),
  VALUE_FOOTNOTE: entry("info", (found: string, mark: string) => `The footnote mark "${mark}" in "${found}" was ignored.`),
  VALUE_UNIT_MISMATCH: entry("warning", (found: string, unit: string) => `"${found}" does not look like a ${unit} value.`),
  VALUE_PERCENT_SCALE: entry("warning", (found: string) =>
    `${found} looks like a fraction in a percentage KPI whose other values are whole percentages; read as ${found} %. Format it as a percentage or type it as e.g. 25.5%.`),
  VALUE_HIDDEN_ROW: entry("warning", (row: string) => `Row ${row} is hidden but was read; unhide it or delete it if it should not count.`),
  // KPI register
  KPI_ID_MISSING: entry("error", (name: string) => `KPI "${name}" has no ID.`),
  KPI_ID_DUPLICATE: entry("error", (id: string, first: string) => `KPI ID "${id}" is used twice (first at ${first}).`),
  KPI_NAME_DUPLICATE: entry("warning", (name: string, first: string) => `KPI name "${name}" appears twice under the same parent (first at ${first}).`),
  KPI_UNKNOWN: entry("error", (id: string) => `No KPI with ID "${id}" is in the KPI register.`),
  KPI_PARENT_UNKNOWN: entry("error", (id: string) => `Parent KPI "${id}" is not in the KPI register.`),
  UNIT_UNKNOWN: entry("error", (found: string) => `Unit "${found}" is not one of count, percent, currency, rate, duration, score, grade.`),
  POLARITY_UNKNOWN: entry("error", (found: string) => `Polarity "${found}" is not one of: higher is better, lower is better, neutral.`),
  AGGREGATION_UNKNOWN: entry("error", (found: string) => `Roll-up "${found}" is not one of sum, average, last.`),
  COMPARISON_UNKNOWN: entry("error", (found: string) => `Comparison "${found}" is not one of: year to date, quarter, latest.`),
  KPI_NO_DATA: entry("warning", (name: string, period: string) => `KPI "${name}" has no value for ${period}.`),
  KPI_PARTIAL_DATA: entry("warning", (name: string, period: string, covered: string, months: string) =>
    `KPI "${name}" has values for ${covered} of the ${months} months of ${period}; its figure covers only those months.`),
  // Targets
  TARGET_UNPARSED: entry("warning", (found: string) =>
    `Target "${found}" could not be understood; the KPI is shown without a RAG. Use forms like "≥ 25.5%", "≤ 2%", "↓", "≥ 3rd in MSG", "ADQ." or "TBC".`),
  TARGET_NOT_JUDGED: entry("info", (found: string, why: string) => `Target "${found}" cannot be judged: ${why}.`),
  // Periods
  PERIOD_UNREADABLE: entry("error", (found: string) =>
    `"${found}" is not a period: use a date, a month such as Apr-13 or 2013-04, a quarter such as Q2 2013/14, a year such as 2013/14 or a span such as Oct-Dec 2022 (docs/workbook-format.md lists every form).`),
  PERIOD_DUPLICATE: entry("error", (kpi: string, period: string, first: string) => `KPI "${kpi}" has two values for ${period} (first at ${first}).`),
  PERIOD_OUT_OF_ORDER: entry("warning", (found: string, previous: string) => `Period ${found} comes after ${previous}, out of the order of the periods before it: check the header.`),
  PERIOD_GAP: entry("warning", (kpi: string, months: string) => `KPI "${kpi}" has no data for ${months}; rolling totals over the gap are not shown.`),
  QUARTER_UNKNOWN: entry("error", (found: string) => `Quarter "${found}" is not understood: use a form like "Q2 2013-14".`),
  PERIOD_UNKNOWN: entry("error", (found: string, forms: string) =>
    `Period "${found}" is not understood: write it as a period such as ${forms} (docs/workbook-format.md lists every form).`),
  PERIOD_PASSED_OVER: entry("info", (newer: string, chosen: string) =>
    `The newest period, ${newer}, has no period of the same length before it to compare with, so the scorecard reports ${chosen}, the newest that has. Choose ${newer} in the period picker (or with --period) to report it alone.`),
  PERIOD_HEADER_UNREAD: entry("warning", (header: string) =>
    `"${header}" heads a column of figures but is not a period Scorecard Builder reads, so the column was not used. Write it as a period (docs/workbook-format.md lists every form), or set the column's period in the mapping step.`),
  NO_REPORT_PERIOD: entry("error", (asOf: string, cells: string, forms: string) =>
    `Nothing could be built: no column or row of figures is headed by a period that has ended by ${asOf}.${cells === "" ? "" : ` These header cells are over figures but are not periods Scorecard Builder reads: ${cells}.`} It reads periods written as ${forms}; docs/workbook-format.md lists every form. Set the periods of other headers in the mapping step, or see docs/workbook-format.md for the layout it reads.`),
  // Settings
  SETTING_UNREADABLE: entry("warning", (key: string, found: string, fallback: string) => `Setting "${key}" = "${found}" was not understood; using ${fallback}.`),
  // Themes and notes
  RAG_UNKNOWN: entry("warning", (found: string, labels: string) => `RAG "${found}" is not one of ${labels}.`),
  // SPC
  SPC_RECALCULATION_PROPOSED: entry("info", (name: string, points: string, side: string, from: string) =>
    `KPI "${name}": ${points} points in a row ${side} the mean since ${from}, a sustained shift. If the process changed then, record ${from} as the KPI's "SPC recalculate from" to take new limits from there; the tool has not changed them.`),
  SPC_CHANGE_OUTSIDE_DATA: entry("warning", (name: string, from: string, first: string, last: string) =>
    `KPI "${name}": its SPC recalculation from ${from} is outside the months this scorecard charts (${first} to ${last}) and was not used.`),
  SPC_BASELINE_OUTSIDE_DATA: entry("warning", (name: string, baseline: string, first: string, last: string) =>
    `KPI "${name}": its SPC baseline ${baseline} is outside the months this scorecard charts (${first} to ${last}); the limits come from every point.`),
  // Finance
  FINANCE_VARIANCE_MISMATCH: entry("warning", (line: string, published: string, computed: string) =>
    `Published variance for "${line}" is ${published} but the figures give ${computed}.`),
  FINANCE_VARIANCE_ROUNDING: entry("info", (line: string, published: string, computed: string) =>
    `Published variance for "${line}" is ${published}, the rounded figures give ${computed}: a rounding difference from figures kept in pounds.`),
  FINANCE_TOTAL_MISMATCH: entry("warning", (total: string, column: string, published: string, computed: string) =>
    `"${total}" ${column} is ${published} but its lines add up to ${computed}.`),
  FINANCE_TOTAL_ROUNDING: entry("info", (total: string, column: string, published: string, computed: string) =>
    `"${total}" ${column} is ${published}, its rounded lines add up to ${computed}: a rounding difference from figures kept in pounds.`),
  // Layout
  CHARTS_LIMITED: entry("info", (charted: string, total: string) =>
    `Charts were drawn for the first ${charted} of ${total} KPIs with monthly data (in scorecard order); the others' figures are on the scorecard. Raise "Chart limit" in Settings to chart more.`),
  // Build
  BUILD_FAILED: entry("error", (reason: string) => `The scorecard could not be written: ${reason}. The workbook was left as it was.`),
  // Ingest: registers, measurements, published tables and the column mapping
  VALUE_MISSING: entry("error", (column: string, expected: string) => `${column} is blank: expected ${expected}.`),
  COMPARE_WITH_UNKNOWN: entry("error", (found: string) => `Compare with "${found}" is not one of: same period last year, previous period.`),
  KPI_PARENT_CYCLE: entry("error", (id: string) => `KPI "${id}" is its own parent, directly or through other KPIs; parent IDs must not loop.`),
  SETTING_UNKNOWN: entry("info", (key: string) => `Setting "${key}" is not one Scorecard Builder uses and was ignored.`),
  POLARITY_NOT_SET: entry("info", (name: string) =>
    `KPI "${name}" has no polarity, so it is shown as neutral (no good or bad colouring). Add a Polarity column (higher is better / lower is better) or set it in the column mapping.`),
  VALUE_PERCENT_FRACTIONS: entry("warning", (name: string, example: string) =>
    `Every value of percentage KPI "${name}" is between -1 and 1 (e.g. ${example}); they are read as percentages (${example} %). If they are fractions, format the cells as percentages.`),
  PUBLISHED_TABLE_READ: entry("info", (count: string, range: string) =>
    `${count} KPIs were read from the published table at ${range}; their units were inferred from the values.`),
  MAPPING_UNREADABLE: entry("warning", (part: string, why: string) => `The column mapping's "${part}" was ignored: ${why}.`),
  // Ingest: tables found on any sheet (detection) and what reading them needs
  TABLE_READ: entry("info", (what: string, range: string) => `${what} were read from the table at ${range}.`),
  TABLE_NOT_READ: entry("info", (range: string, why: string) => `The table at ${range} was not read: ${why}.`),
  TABLE_EMPTY: entry("warning", (range: string) => `The table at ${range} has a header but no rows below it.`),
  COLUMN_ROLE_GUESSED: entry("info", (header: string, role: string, reason: string) =>
    `Column "${header}" was read as ${role} (${reason}); if that is wrong, choose its role in the column mapping.`),
  PERIOD_NOT_KNOWN: entry("error", (header: string) =>
    `Column "${header}" does not say which period it reports, and neither does a title above the table (e.g. "Q2 2013-14"); its values were not read. Set the report quarter in the column mapping.`),
  PERIOD_READ_AS: entry("info", (header: string, reading: string) =>
    `The header "${header}" was read as ${reading}; if that is wrong, set the column's period in the column mapping.`),
  PERIOD_ASSUMED: entry("warning", (header: string, period: string) =>
    `Column "${header}" does not say which period it reports; it was read as ${period}, the latest quarter the workbook's other tables report. Set the report quarter in the column mapping if that is wrong.`),
  VALUE_TREND_MARK: entry("info", (found: string, mark: string) => `The trend mark "${mark}" in "${found}" was set aside; the scorecard computes trends from the figures.`),
  VALUE_SECOND_FIGURE: entry("info", (found: string, first: string, second: string) =>
    `"${found}" holds two figures: ${first} was read and the figure in brackets (${second}) was not used.`),
  SEGMENT_TOTAL_ASSUMED: entry("info", (row: string, label: string, kpi: string) =>
    `Row ${row} ("${label}") was read as the whole-organisation figure of "${kpi}", the other rows as its segments; name another row as the total in the column mapping if that is wrong.`),
  SEGMENT_TOTAL_MISSING: entry("warning", (kpi: string) =>
    `"${kpi}" has figures by segment only: no row is a total (Total, All, Overall, ...), so the scorecard shows no whole-organisation figure for it. Name the total row in the column mapping.`),
  SHEET_HIDDEN_READ: entry("info", (sheet: string) => `Sheet "${sheet}" is hidden but was read.`),
  // Ingest: table shapes as published (title and cover sheets, captions, two-level headers, units, published change)
  UNIT_INFERRED: entry("info", (name: string, unit: string, because: string) =>
    `"${name}" was read as a ${unit}: its figures are typed without a unit, and ${because}. If that is wrong, set its unit in the column mapping.`),
  VALUE_READ_AS_PERCENT: entry("info", (found: string) => `${found} is typed without a % among figures typed as percentages, so it was read as ${found}%.`),
  TARGET_FOR_PERIOD: entry("info", (target: string, header: string) =>
    `The target ${target} (under "${header}") was used: the table gives a target for more than one period, and this one is for the latest period the KPI has a figure for, or the latest before it.`),
  PERIOD_FROM_ROWS_ABOVE: entry("info", (found: string, first: string, last: string) => `"${found}" was read as the span of the periods above it, ${first} to ${last}.`),
  PERIOD_YEAR_FROM_ROWS: entry("info", (header: string, first: string, last: string) => `Column "${header}" names no year; each row's year completes it (${first} to ${last}).`),
  PERIOD_YEAR_FROM_ROW: entry("info", (found: string, year: string) => `"${found}" names no year; it was read in ${year}, the year in the row above it.`),
  PERIOD_YEAR_FROM_TITLE: entry("info", (found: string, title: string) => `"${found}" names no year; it was read in the year the title gives ("${title}").`),
  ROW_WITHOUT_NAME: entry("info", (row: string) => `Row ${row} has figures but no name (a total row?), so it was not read as a KPI; give it a name if it is one.`),
  PERIOD_MARKED_LEFT_OUT: entry("warning", (found: string, mark: string) =>
    `"${found}" is the newest period and carries note ${mark}, which may make it part of a period (a part year); its row was left out so that whole periods are compared. If it is whole, remove the note's number.`),
  GROUP_ROW_READ: entry("info", (label: string) =>
    `"${label}" has no figures and rows with figures follow it, so it was read as a heading over them (their section), not as a KPI.`),
  NOTE_ROW_SKIPPED: entry("info", (label: string) => `"${label}" has no figures and ends the table, so it was read as a note under it, not as a KPI.`),
  CHANGE_PUBLISHED_MISMATCH: entry("warning", (published: string, kpi: string, computed: string) =>
    `The published change ${published} for "${kpi}" is not what its figures give (${computed}), beyond the rounding it is published to; the published figure is shown.`),
  AVERAGE_UNWEIGHTED: entry("info", (kpi: string, period: string) =>
    `"${kpi}" for ${period} is a plain average of its monthly (or quarterly) figures: nothing says what count to weight it by. If it is a mean or a rate, name its count (or denominator) in the KPI register's Weighted by column (or the mapping's weightedBy).`),
  ROLLING_AVERAGE_UNWEIGHTED: entry("info", (kpi: string) =>
    `The charts' rolling 12-month average of "${kpi}" is a plain average of its months: nothing says what count to weight it by. If it is a mean or a rate, name its count (or denominator) under the KPI in the column mapping ("Weighted by") or in the KPI register's Weighted by column.`),
  AVERAGE_WEIGHT_MISSING: entry("warning", (kpi: string, count: string) =>
    `"${kpi}" is weighted by "${count}", which has no figure for some of the months averaged; this figure is a plain average of them.`),
  KPI_WEIGHT_UNKNOWN: entry("error", (ref: string, why: string) => `Weighted by "${ref}" was not used: ${why}.`),
  KPI_WEIGHT_NOT_COUNT: entry("warning", (kpi: string, count: string, unit: string) =>
    `"${kpi}" is weighted by "${count}", whose unit is ${unit}, not a count: check that it is the number of cases the average is taken over.`),
  WEIGHTING_PROPOSED: entry("info", (kpi: string, count: string) =>
    `"${kpi}" is an average and "${count}" looks like its count: weighted by it, months roll up as the total over the count, as a published year-to-date or rolling figure does. Confirm it under the KPI in the column mapping ("Weighted by") or in the KPI register's Weighted by column; until then its months are averaged plainly.`),
  PERCENTILE_NOT_AVERAGED: entry("info", (kpi: string) =>
    `"${kpi}" is a percentile (or median): its figures are not averaged or added into a quarter or year to date; the scorecard reports its latest figure against the one before.`),
  PERCENTILE_ROLLED_UP: entry("warning", (kpi: string, rollUp: string) =>
    `"${kpi}" is a percentile (or median) but its roll-up is "${rollUp}": an average or total of percentiles is not the percentile of the period. Use the roll-up "last", or give its figure for each period.`),
  NOTES_SHEET_NOT_COMMENTARY: entry("info", (sheet: string) =>
    `Sheet "${sheet}" has no KPI ID column, so it was not read as the commentary sheet (it looks like a cover or notes page). If it is the commentary sheet, give it a KPI ID column or name it in the column mapping.`),
  // Start-up in Office
  OFFICE_CONNECTING: entry("info", () => "Connecting to Excel…"),
  OFFICE_SLOW: entry("warning", () =>
    "Excel has not answered yet; Office may still be downloading its part of the add-in, so keep the pane open. If nothing happens within a minute, close the pane and open it again (Home > Scorecard Builder). If it keeps happening, ask IT whether this computer can reach appsforoffice.microsoft.com."),
  OFFICE_JS_UNREACHABLE: entry("error", () =>
    "Scorecard Builder could not download Office's script library from Microsoft (appsforoffice.microsoft.com), so it cannot work with this workbook. Check the internet connection, or ask IT whether that address is blocked, then close the pane and open it again."),
  OFFICE_JS_FAILED: entry("error", () =>
    "Office's script library started with an error, so Scorecard Builder cannot work with this workbook. Close the pane and open it again; if that does not help, close and reopen the workbook."),
  // Excel (the Office.js host): what an Office error code means for the analyst, and the host's own refusals
  EXCEL_NOT_AVAILABLE: entry("error", () => "Excel is not available here: open Scorecard Builder from the Home tab in Excel."),
  EXCEL_API_MISSING: entry("error", (missing: string) =>
    `This version of Excel lacks features Scorecard Builder needs (${missing}). Use Microsoft 365, Excel 2021 or later, or Excel on the web.`),
  EXCEL_API_LIMITED: entry("info", (missing: string) => `This version of Excel cannot ${missing}; the rest works.`),
  EXCEL_INVALID_ARGUMENT: entry("error", () => "Excel did not accept part of what Scorecard Builder sent (an invalid value, name or address)."),
  EXCEL_ITEM_NOT_FOUND: entry("error", () => "A sheet or range Scorecard Builder was using is no longer in the workbook; it may have been renamed or deleted while the build ran."),
  EXCEL_ITEM_EXISTS: entry("error", () => "A sheet with the same name already exists in the workbook."),
  EXCEL_REQUEST_TOO_LARGE: entry("error", () => "The scorecard is too large to send to Excel on the web in one request."),
  EXCEL_RESPONSE_TOO_LARGE: entry("error", () => "The workbook is too large to read in Excel on the web in one request; move old data to another workbook."),
  EXCEL_ACCESS_DENIED: entry("error", () => "Excel refused the change: the workbook or a sheet may be protected, read-only, or open in a mode that does not allow edits."),
  EXCEL_GENERAL: entry("error", () => "Excel reported an internal error."),
  EXCEL_INSERT_DELETE_CONFLICT: entry("error", () => "Another change to the workbook (inserted or deleted cells, a table or a filter) conflicted with the build."),
  EXCEL_INVALID_OPERATION: entry("error", () => "Excel does not allow that operation on the workbook as it is now (for example on a hidden or protected sheet)."),
  EXCEL_CELL_EDIT: entry("error", () => "A cell is being edited: press Enter or Esc in the worksheet, then try again."),
  EXCEL_BUSY: entry("error", () => "Excel is busy or the request was interrupted; wait a moment and try again."),
  EXCEL_CONFLICT: entry("error", () => "Someone else changed the workbook at the same time; try again."),
  EXCEL_UNSUPPORTED: entry("error", () => "This version of Excel does not support an operation Scorecard Builder needs."),
  EXCEL_MERGED_CONFLICT: entry("error", () => "Merged cells, a table or a PivotTable are in the way of the change."),
  EXCEL_EMPTY_CHART_SERIES: entry("error", () =>
    "Excel refused a chart because its data is all blank. Every charted KPI needs monthly figures; build again, and tell us if it happens again."),
  EXCEL_INACTIVE_WORKBOOK: entry("error", () =>
    "Another workbook was brought to the front while Scorecard Builder was working, and Excel lets it change only the workbook in front. Switch back to this workbook and build again; nothing of yours was changed."),
  EXCEL_FORMULA_TOO_LONG: entry("error", () => "Excel refused a formula or rule as too long."),
  EXCEL_NO_ROOM: entry("error", () =>
    "Excel could not insert cells because data near the edge of the sheet would be pushed off it; delete unused rows or columns at the sheet's end, then try again."),
  EXCEL_TOO_MANY_CELLS: entry("error", () => "The operation covers more cells than Excel allows at once; move old data to another workbook, then try again."),
  EXCEL_LINKS_BLOCKED: entry("error", () =>
    "Excel is waiting for your permission to refresh links to other workbooks: allow or dismiss it in the bar above the sheet, then try again."),
  EXCEL_UNSUPPORTED_SHEET: entry("error", () => "A chart sheet or macro sheet is in the way; Scorecard Builder can only work with worksheets."),
  EXCEL_PASSWORD: entry("error", () => "The workbook or a sheet is protected with a password; unprotect it, then try again."),
  EXCEL_SIGNED_OUT: entry("error", () => "Office needs you to sign in again; sign in (top right of Excel), then try again."),
  EXCEL_RESTART: entry("error", () => "Excel needs to be restarted to use the updated add-in; close Excel, open it again, then try again."),
  EXCEL_SELECTION: entry("error", () => "The current selection does not allow this; click a single cell on a worksheet, then try again."),
  EXCEL_CONNECTION: entry("error", () => "The connection to Excel was lost; check the network (Excel on the web needs it), then try again."),
  EXCEL_REQUEST_REFUSED: entry("error", (code: string) =>
    `Excel could not process a request from Scorecard Builder (${code}). Close the pane, open it again and retry; if it happens again, it is a fault in Scorecard Builder: please report it with this code.`),
  EXCEL_UNKNOWN_ERROR: entry("error", (code: string, detail: string) => `Excel reported an error (${code}): ${detail}`),
  EXCEL_UNEXPECTED: entry("error", (detail: string) => `Something unexpected went wrong talking to Excel: ${detail}`),
  EXCEL_SHEET_NAME_TAKEN: entry("error", (name: string) =>
    `A sheet named "${name}" already exists and was not written by Scorecard Builder; rename or move it, then build again.`),
  EXCEL_SHEET_NAME_INVALID: entry("error", (name: string, why: string) => `"${name}" cannot be a sheet name: ${why}.`),
  EXCEL_CHART_SOURCE_MISSING: entry("error", (chart: string, sheet: string) => `Chart "${chart}" refers to sheet "${sheet}", which is not in the workbook or the scorecard.`),
  EXCEL_STORE_TOO_LONG: entry("error", (key: string) => `The saved setting "${key}" is longer than the 32,767 characters an Excel cell holds.`),
  EXCEL_ROLLBACK_INCOMPLETE: entry("error", (sheets: string) =>
    `Scorecard Builder could not remove its temporary sheets (${sheets}); they hold nothing of yours and can be deleted.`),
  EXCEL_SWAP_INTERRUPTED: entry("error", (sheets: string) =>
    `It may have stopped while replacing the last scorecard's sheets, so some of them may show part of the new scorecard; your own sheets were not touched. Build again to finish: the temporary sheets (${sheets}) hold the new scorecard until then, and the next build removes them.`),
  EXCEL_SHEET_NOT_FOUND: entry("error", (sheet: string) => `There is no sheet named "${sheet}" in the workbook any more.`),
  EXCEL_SHEET_HIDDEN: entry("error", (sheet: string) => `Sheet "${sheet}" is hidden; unhide it (right-click a sheet tab, Unhide) to go to it.`),
  EXCEL_CELL_INVALID: entry("error", (cell: string) => `"${cell}" is not a cell address.`),
  // The build's own names, the store and the period (decided in the pipeline, for both hosts)
  SHEET_NAME_KEPT: entry("info", (taken: string, used: string) =>
    `The sheet "${taken}" was not written by Scorecard Builder, so it was left as it is; this build's sheet is named "${used}".`),
  SHEET_NAME_NO_ROOM: entry("error", (taken: string) =>
    `The sheet "${taken}" was not written by Scorecard Builder, and there is no free name beside it for this build's sheet (the numbered names are taken, or longer than Excel's 31 characters); rename "${taken}", then build again.`),
  STORE_VALUE_TOO_LONG: entry("error", (what: string, length: string) =>
    `The ${what} is ${length} characters long, more than the 32,767 an Excel cell holds, so it cannot be saved in the workbook and nothing was built. Shorten it: a mapping needs only the columns it changes.`),
  PERIOD_OUT_OF_RANGE: entry("error", (period: string, first: string, last: string) =>
    `${period} is far outside the data, which runs from ${first} to ${last}, so nothing was built: choose a period within the data or the year after it.`),
  FIGURE_OVERFLOW: entry("error", (name: string, period: string) =>
    `The values of KPI "${name}" for ${period} add up to more than a number can hold (about 1.8 x 10^308), so it has no figure; check them for a typing or formula error.`),
  // The .xlsx file host: what a file is when it is not a workbook it can read, and the limits it reads within
  FILE_EMPTY: entry("error", () => "The file is empty (0 bytes), so there is no workbook in it. Copy it again from where it came from."),
  FILE_PASSWORD_PROTECTED: entry("error", () =>
    "This workbook is password-protected (encrypted), so it cannot be read. In Excel, save a copy without a password (File > Info > Protect Workbook > Encrypt with Password, clear the password) and build from that copy."),
  FILE_XLS: entry("error", () =>
    "This is an Excel 97-2003 workbook (.xls), an older format Scorecard Builder does not read. Open it in Excel and save it as an Excel Workbook (.xlsx), then build from that copy."),
  FILE_XLSB: entry("error", () =>
    "This is an Excel Binary Workbook (.xlsb), a format Scorecard Builder does not read. Open it in Excel and save it as an Excel Workbook (.xlsx), then build from that copy."),
  FILE_OLD_OFFICE: entry("error", () =>
    "This is an older Office file (an OLE compound document), not an Excel workbook (.xlsx). Open it in Excel and save it as an Excel Workbook (.xlsx)."),
  FILE_ODS: entry("error", () =>
    "This is an OpenDocument spreadsheet (.ods). Open it in Excel or LibreOffice Calc and save it as an Excel Workbook (.xlsx), then build from that copy."),
  FILE_TEXT: entry("error", (kind: string) =>
    `This is a text file (${kind}), not a workbook. Open it in Excel and save it as an Excel Workbook (.xlsx), then build from that copy.`),
  FILE_OTHER_DOCUMENT: entry("error", (kind: string) => `This is ${kind}, not an Excel workbook (.xlsx).`),
  FILE_NOT_WORKBOOK: entry("error", () => "This file is not an Excel workbook (.xlsx): it is not a zip package of the kind Excel saves."),
  FILE_TRUNCATED: entry("error", () =>
    "The file is incomplete: it ends before the workbook does, as happens when a copy or a download is cut short. Copy it again from where it came from."),
  FILE_DAMAGED: entry("error", (part: string, why: string) =>
    `The file is damaged: ${part} could not be read (${why}). Open it in Excel, which may offer to repair it, and save a copy to build from.`),
  FILE_UNSUPPORTED_COMPRESSION: entry("error", (part: string) =>
    `${part} is compressed in a way Excel does not use (the file was zipped by another tool). Open it in Excel and save a copy to build from.`),
  FILE_PART_TOO_LARGE: entry("error", (part: string, size: string, limit: string) =>
    `${part} unpacks to ${size}, more than the ${limit} Scorecard Builder reads from one workbook, so nothing was built. Move older data to another workbook, or delete what lies below and to the right of the data.`),
  FILE_TOO_MANY_PARTS: entry("error", (count: string, limit: string) =>
    `The file holds ${count} parts, more than the ${limit} Scorecard Builder reads; a KPI workbook has far fewer. Save a copy in Excel and build from that.`),
  FILE_TOO_MANY_CELLS: entry("error", (limit: string, sheet: string) =>
    `The workbook holds more than ${limit} cells (the count passed that on sheet "${sheet}"), more than Scorecard Builder reads at once, so nothing was built. Move older years or unused sheets to another workbook.`),
  FILE_TOO_MANY_SHEETS: entry("error", (count: string, limit: string) => `The workbook has ${count} sheets, more than the ${limit} Scorecard Builder reads.`),
  FILE_TOO_MANY_MERGES: entry("error", (sheet: string, limit: string) =>
    `Sheet "${sheet}" has more than ${limit} merged ranges, more than Scorecard Builder reads; unmerge what is not a heading (Home > Merge & Center > Unmerge Cells).`),
  FILE_NO_WORKBOOK_PART: entry("error", () => "The package has no workbook in it (it may be another kind of Office document). Open it in Excel and save it as an Excel Workbook (.xlsx)."),
  // The command line
  CLI_INPUT_MISSING: entry("error", (path: string) => `No such workbook: ${path}`),
  CLI_INPUT_IS_FOLDER: entry("error", (path: string) => `${path} is a folder, not a file: name the file inside it.`),
  CLI_INPUT_UNREADABLE: entry("error", (path: string, why: string) => `${path} could not be opened: ${why}.`),
  CLI_WOULD_OVERWRITE: entry("error", (what: string, path: string, option: string) =>
    `Refusing to overwrite ${what} ${path} with ${option}: choose another path. Nothing was written.`),
  CLI_WRONG_EXTENSION: entry("error", (path: string, kind: string, extension: string) =>
    `${path} would hold ${kind}, which Excel opens only as ${extension}: name the output ${extension} (or give a folder). Nothing was written.`),
  CLI_WRITE_FAILED: entry("error", (path: string, why: string) => `${path} could not be written (${why}). Nothing was written; the input is unchanged.`),
  CLI_MAPPING_UNREADABLE: entry("error", (path: string, why: string) => `The mapping file ${path} could not be read: ${why}.`),
  CLI_UNEXPECTED: entry("error", (what: string) =>
    `Scorecard Builder stopped on an unexpected problem (${what}). Nothing was written; the input is unchanged. Please report it with the workbook if you can.`),
  EXCEL_COMMENTARY_CELL_MISSING: entry("error", (sheet: string, kpi: string) =>
    `"${kpi}" is no longer where the build put it on "${sheet}" (rows added or moved, the Commentary header renamed, or the sheet gone), so nothing was written. Build the scorecard again, then use the text.`),
} as const;

export type IssueCode = keyof typeof MESSAGES;

/** The text of a message, for assertions and for messages that are not tied to a cell. */
export function messageText(code: IssueCode, ...args: string[]): string {
  return MESSAGES[code].text(...args);
}

/**
 * A located issue from the catalogue.
 * @example issue("VALUE_UNREADABLE", { sheet: "Measurements", cell: "C7" }, "abc", "a number")
 */
export function issue(
  code: IssueCode,
  at: { readonly sheet: string; readonly cell: string },
  ...args: string[]
): Issue {
  const { severity, text } = MESSAGES[code];
  return { code, severity, sheet: at.sheet, cell: at.cell, message: text(...args) };
}
