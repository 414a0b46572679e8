import type { Unit } from "../model/kpi";
import type { ScorecardResults } from "../model/results";
import type { SheetNames } from "../model/outputSheets";
import { defaultSheetNames } from "../model/outputSheets";
import type { SheetPlan } from "./plan";
import { PALETTE } from "./palette";
import { printSettings } from "./printSettings";
import { createSheetCanvas } from "./sheetCanvas";
import { STYLE } from "./styleNames";
import type { FigureFormat } from "./valueCells";
import { changeCells, valueCell } from "./valueCells";
import { pageHeader, writeTitleBand } from "./writeTitleBand";

export const EXCEPTION_HEADERS = ["KPI", "Segment", "Previous", "Current", "Change", "Change %"] as const;
const WIDTHS = [40, 28, 12, 12, 12, 12];

/**
 * Seed 000's "Geographical exceptions": segments whose change is adverse beyond the threshold, with their previous
 * and current figures and the change, formatted by the KPI's unit. `null` when there are none.
 * @example buildExceptionsSheet(results)?.name === "Exceptions Q2 2013-14"
 */
export function buildExceptionsSheet(results: ScorecardResults, names: SheetNames = defaultSheetNames(results.sheetLabel)): SheetPlan | null {
  if (results.exceptions.length === 0) return null;
  const name = names("exceptions");
  const formats = new Map<string, FigureFormat>(results.kpis.map((r) => [r.kpi.id, { unit: r.kpi.unit, decimals: r.kpi.decimals, ...(r.kpi.timeUnit ? { timeUnit: r.kpi.timeUnit } : {}) }]));
  const periods = new Map(results.kpis.map((r) => [r.kpi.id, `${r.previousLabel} vs ${r.currentLabel}`]));
  const firstPeriods = results.kpis[0];
  const canvas = createSheetCanvas();

  writeTitleBand(canvas, results, {
    title: "Exceptions",
    captions: [
      `Segments whose change is adverse by more than ${results.settings.exceptionThresholdPercent}%.` +
        (firstPeriods ? ` Previous: ${firstPeriods.previousLabel}. Current: ${firstPeriods.currentLabel}.` : ""),
    ],
  });
  canvas.addRow([], 8);
  const headerRow = canvas.addRow(
    EXCEPTION_HEADERS.map((text, col) => ({ value: text, style: col < 2 ? STYLE.headerLeft : STYLE.header })),
    20,
  );

  for (const exception of results.exceptions) {
    const format = formats.get(exception.kpiId) ?? { unit: "count" as Unit, decimals: null };
    const [change, changePercent] = changeCells(exception.change, format);
    const otherPeriods = firstPeriods && periods.get(exception.kpiId) !== `${firstPeriods.previousLabel} vs ${firstPeriods.currentLabel}`;
    canvas.addRow(
      [
        { value: otherPeriods ? `${exception.kpiName} (${periods.get(exception.kpiId) ?? ""})` : exception.kpiName, style: STYLE.text },
        { value: exception.segment, style: STYLE.textBold },
        valueCell(exception.previous, format),
        valueCell(exception.current, format),
        change,
        changePercent,
      ],
      18,
    );
  }

  return canvas.toSheet({
    name,
    role: "exceptions",
    tabColor: PALETTE.concernText,
    columns: WIDTHS.map((width) => ({ width })),
    freeze: { rows: headerRow + 1, columns: 0 },
    print: printSettings({ titleRows: { first: headerRow, last: headerRow }, headerCenter: pageHeader(results), sheetName: name }),
  });
}
