/**
 * A first look at a workbook before building: what it holds, which quarters can be built, which one is the
 * default, and what is wrong with it. Pure; the task pane shows it and the standalone page previews it.
 */
import { formatFiscalYearLabel, formatQuarterLabel, getFiscalQuarter, getLatestCompleteQuarter, getPeriodEndMonth } from "./calc";
import { ingestWorkbook } from "./ingest";
import type { WorkbookGrids } from "./model/grid";
import type { Issue } from "./model/issue";
import type { Settings } from "./model/kpi";
import type { Month, Quarter } from "./model/period";
import { monthIndex } from "./model/period";
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
  /** Quarters with data that have ended, newest first, as labels (`Q2 2013-14`). */
  readonly quarters: readonly string[];
  readonly latestCompleteQuarter: string | null;
  readonly fiscalYearLabel: string | null;
  readonly settings: Settings;
  readonly issues: readonly Issue[];
}

/** @example inspectWorkbook(grids, { asOf: month(2013, 11) }).latestCompleteQuarter === "Q2 2013-14" */
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
  const asOfIndex = monthIndex(options.asOf);

  let first: number | null = null;
  let last: number | null = null;
  const quarters = new Map<string, Quarter>();
  for (const m of model.measurements) {
    const end = getPeriodEndMonth(m.period, start);
    const index = monthIndex(end);
    if (first === null || index < first) first = index;
    if (last === null || index > last) last = index;
    const q = getFiscalQuarter(end, start);
    const qEnd = monthIndex(getPeriodEndMonth(q, start));
    if (qEnd <= asOfIndex) quarters.set(formatQuarterLabel(q, start), q);
  }
  const ordered = [...quarters.values()].sort((a, b) => b.fiscalYear - a.fiscalYear || b.quarter - a.quarter);
  const latest = getLatestCompleteQuarter(model.measurements, start, options.asOf);
  const toMonth = (index: number | null): Month | null =>
    index === null ? null : { kind: "month", year: Math.floor(index / 12), month: (index % 12) + 1 };

  return {
    kpiCount: model.kpis.length,
    priorities: [...new Set(model.kpis.map((k) => k.priority))],
    measurementCount: model.measurements.length,
    themeCount: model.themes.length,
    financeLineCount: model.finance.length,
    firstMonth: toMonth(first),
    lastMonth: toMonth(last),
    quarters: ordered.map((q) => formatQuarterLabel(q, start)),
    latestCompleteQuarter: latest ? formatQuarterLabel(latest, start) : null,
    fiscalYearLabel: latest ? formatFiscalYearLabel(latest.fiscalYear, start) : null,
    settings: model.settings,
    issues: model.issues,
  };
}
