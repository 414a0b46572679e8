/**
 * A first look at a workbook before building: what it holds, which periods can be built, which one is the default,
 * and what is wrong with it. Pure; the task pane shows it and the standalone page previews it. The periods are the
 * ones the build itself chooses from, by the same `chooseReportPeriod`, so the pane and the command line build the same
 * period from the same file, and say the same about it.
 */
import { formatFiscalYearLabel, formatPeriodLabel, getFiscalYear, getPeriodMonths } from "./calc";
import { chooseReportPeriod } from "./chooseReportPeriod";
import { ingestWorkbook } from "./ingest";
import type { WorkbookGrids } from "./model/grid";
import type { Issue } from "./model/issue";
import type { Settings } from "./model/kpi";
import { forEachMeasurement } from "./model/kpi";
import type { Month } from "./model/period";
import { monthFromIndex } from "./model/period";
import { readStore } from "./store/readStore";

export interface WorkbookSummary {
  readonly kpiCount: number;
  readonly priorities: readonly string[];
  readonly measurementCount: number;
  readonly themeCount: number;
  readonly financeLineCount: number;
  /** `Apr-11` .. `Sep-13` style bounds of the data, `null` without measurements. */
  readonly firstMonth: Month | null;
  readonly lastMonth: Month | null;
  /** Periods the data supports that have ended, newest first, as labels: `Q2 2013-14`, `Oct-Dec 2023`. */
  readonly periods: readonly string[];
  /** The one a build makes when none is chosen: the newest that can be compared with one before it. */
  readonly defaultPeriod: string | null;
  /** The fiscal year the default period ends in, `2013/14`. */
  readonly fiscalYearLabel: string | null;
  readonly settings: Settings;
  readonly issues: readonly Issue[];
}

/** @example inspectWorkbook(grids, { asOf: month(2013, 11) }).defaultPeriod === "Q2 2013-14" */
export function inspectWorkbook(
  workbook: WorkbookGrids,
  options: { readonly asOf: Month; readonly settings?: Partial<Settings>; readonly mapping?: unknown },
): WorkbookSummary {
  const store = readStore(workbook);
  const model = ingestWorkbook(workbook, {
    settingsOverride: { ...store.settings, ...options.settings },
    mapping: options.mapping ?? store.mapping,
  });
  const start = model.settings.fiscalYearStartMonth;

  // Set inside the visit, which the compiler does not follow: declared, not narrowed to `null`.
  let first = null as number | null;
  let last = null as number | null;
  forEachMeasurement(model.measurements, (m) => {
    const months = getPeriodMonths(m.period, start);
    if (first === null || months.first < first) first = months.first;
    if (last === null || months.last > last) last = months.last;
  });
  const choice = chooseReportPeriod(workbook, model, { asOf: options.asOf });
  const chosen = choice.status === "chosen" ? choice.period : null;

  return {
    kpiCount: model.kpis.length,
    priorities: [...new Set(model.kpis.map((k) => k.priority))],
    measurementCount: model.measurements.length,
    themeCount: model.themes.length,
    financeLineCount: model.finance.length,
    firstMonth: first === null ? null : monthFromIndex(first),
    lastMonth: last === null ? null : monthFromIndex(last),
    periods: choice.offered.options.map((p) => p.label),
    defaultPeriod: chosen ? formatPeriodLabel(chosen, start) : null,
    fiscalYearLabel: chosen ? formatFiscalYearLabel(getFiscalYear(monthFromIndex(getPeriodMonths(chosen, start).last), start), start) : null,
    settings: model.settings,
    issues: [...model.issues, ...choice.issues],
  };
}
