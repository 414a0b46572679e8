/**
 * Which period a build reports, for every host alike: the command line, the task pane in Excel and the standalone
 * page all build through `buildScorecard`, and the pane offers and defaults to what `inspectWorkbook` lists; both
 * call this, so the same file gives the same period, the same figures and the same reasons everywhere.
 */
import { formatMonthLabel, formatPeriodLabel, getPeriodMonths, listReportPeriods, periodKey } from "./calc";
import type { ReportPeriods } from "./calc";
import { describePeriodForms, findUnreadPeriodHeaders, parsePeriod } from "./ingest";
import { issue } from "./messages";
import type { WorkbookGrids } from "./model/grid";
import type { Issue } from "./model/issue";
import type { KpiModel, SourceRef } from "./model/kpi";
import { forEachMeasurement } from "./model/kpi";
import { monthFromIndex } from "./model/period";
import type { Month, Period } from "./model/period";

export interface ReportPeriodRequest {
  /** `Q2 2013-14`, `Oct-Dec 2023`, `12 months to Apr-15` (any form `parsePeriod` reads) or a parsed period. */
  readonly period?: string | Period;
  readonly asOf: Month;
}

export type ReportPeriodChoice =
  | {
      readonly status: "chosen";
      readonly period: Period;
      readonly offered: ReportPeriods;
      /** What was inferred in choosing it (a newer period passed over), as info issues naming a cell. */
      readonly issues: readonly Issue[];
    }
  /** Nothing to report; `issues` says why, naming the header cells that are not periods it reads. */
  | { readonly status: "none"; readonly offered: ReportPeriods; readonly issues: readonly Issue[] };

/**
 * The period asked for, as the data gives it where it does (`--period "Q3 2022-23"` on a table of `Oct-Dec 2022`
 * columns reports `Oct-Dec 2022`, under the table's label), or else the one `listReportPeriods` chooses: the newest
 * the data supports that can be compared with one before it. `none` without KPIs (ingest says why) or without a period.
 * @example chooseReportPeriod(workbook, model, { asOf: month(2013, 11) }) // { status: "chosen", period: quarter(2013, 2), ... }
 */
export function chooseReportPeriod(workbook: WorkbookGrids, model: KpiModel, request: ReportPeriodRequest): ReportPeriodChoice {
  const start = model.settings.fiscalYearStartMonth;
  const offered = listReportPeriods(model, start, request.asOf);
  if (model.kpis.length === 0) {
    // Ingest says why (no KPI table, naming the header cells it could not read); each such cell is located here too.
    const unread = findUnreadPeriodHeaders(workbook, start).map((u) => issue("PERIOD_HEADER_UNREAD", u, u.text));
    return { status: "none", offered, issues: unread };
  }
  if (typeof request.period === "string" || typeof request.period === "object") {
    const asked = typeof request.period === "string" ? parsePeriod(request.period, undefined, start) : request.period;
    if (asked === null) return { status: "none", offered, issues: [issue("PERIOD_UNKNOWN", { sheet: "", cell: "" }, String(request.period), describePeriodForms())] };
    const far = periodOutsideData(asked, model, start);
    if (far) return { status: "none", offered, issues: [far] };
    const key = periodKey(asked, start);
    return { status: "chosen", period: offered.options.find((o) => periodKey(o.period, start) === key)?.period ?? asked, offered, issues: [] };
  }
  const chosen = offered.chosen;
  if (chosen) {
    const passed = offered.passedOver.map((o) => issue("PERIOD_PASSED_OVER", o.source, o.label, chosen.label));
    return { status: "chosen", period: chosen.period, offered, issues: passed };
  }
  return { status: "none", offered, issues: noPeriodIssues(workbook, start, request.asOf) };
}

/** Months after the data a period may start in: a scorecard for the year after the data still makes sense. */
const MONTHS_AFTER_DATA = 12;
/** Months outside the data a period may reach on either side (a fiscal year around the data's first or last months). */
const MONTHS_AROUND_DATA = 24;

/**
 * A period asked for that ends before the data begins, starts more than a year after it ends, or reaches more than
 * two years beyond it either side, is refused, located at the figure nearest it: it has nothing to show, and a
 * period in the year 9999 would lay out every month since the data (minutes, gigabytes). `null` when it is near.
 */
function periodOutsideData(period: Period, model: KpiModel, startMonth: number): Issue | null {
  // Set inside the visit, which the compiler does not follow: declared, not narrowed to `null`.
  let first = null as { readonly month: number; readonly source: SourceRef } | null;
  let last = null as { readonly month: number; readonly source: SourceRef } | null;
  forEachMeasurement(model.measurements, (m) => {
    if (m.value === null) return;
    const months = getPeriodMonths(m.period, startMonth);
    if (first === null || months.first < first.month) first = { month: months.first, source: m.source };
    if (last === null || months.last > last.month) last = { month: months.last, source: m.source };
  });
  if (first === null || last === null) return null;
  const asked = getPeriodMonths(period, startMonth);
  const near =
    asked.last >= first.month &&
    asked.first <= last.month + MONTHS_AFTER_DATA &&
    asked.first >= first.month - MONTHS_AROUND_DATA &&
    asked.last <= last.month + MONTHS_AROUND_DATA;
  if (near) return null;
  const label = (i: number) => formatMonthLabel(monthFromIndex(i));
  const nearest = asked.last < first.month ? first.source : last.source;
  return issue("PERIOD_OUT_OF_RANGE", nearest, formatPeriodLabel(period, startMonth), label(first.month), label(last.month));
}

/**
 * Why nothing can be reported: each header cell over figures that is not a period it reads, located, and one message
 * that names them all, lists the forms it reads and points to the mapping step and `docs/workbook-format.md`.
 */
export function noPeriodIssues(workbook: WorkbookGrids, fiscalStartMonth: number, asOf: Month): Issue[] {
  const unread = findUnreadPeriodHeaders(workbook, fiscalStartMonth);
  const cells = unread.map((u) => `${u.sheet}!${u.cell} "${u.text}"`).join(", ");
  return [
    issue("NO_REPORT_PERIOD", { sheet: unread[0]?.sheet ?? "", cell: unread[0]?.cell ?? "" }, monthName(asOf), cells, describePeriodForms()),
    ...unread.map((u) => issue("PERIOD_HEADER_UNREAD", u, u.text)),
  ];
}

const NAMES = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

function monthName(m: Month): string {
  return `${NAMES[m.month - 1] ?? ""} ${m.year}`;
}
