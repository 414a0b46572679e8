import { toA1 } from "../../model/address";
import type { Grid } from "../../model/grid";
import { cellAt, numberFormatAt } from "../../model/grid";
import type { Issue } from "../../model/issue";
import type { RagLabels, Settings } from "../../model/kpi";
import { DEFAULT_SETTINGS } from "../../model/kpi";
import { issue } from "../../messages";
import { cellText } from "./cellText";
import { findHeader } from "../detect/findHeader";
import { keyOf } from "../parse/keyOf";
import { parseFiscalStart } from "../parse/parseFiscalStart";
import { parseTolerance } from "../parse/parseTolerance";
import { parseYesNo } from "../parse/parseYesNo";
import type { ReadResult } from "./readResult";

type SettingKey =
  | "organisation"
  | "reportTitle"
  | "fiscalYearStartMonth"
  | "ragLabels"
  | "defaultTolerancePercent"
  | "exceptionThresholdPercent"
  | "spcShiftLength"
  | "spcScreenOutliers"
  | "financeUnitLabel"
  | "currencySymbol"
  | "chartLimit"
  | "fillCommentaryFromDraft";

const SETTING_NAMES: ReadonlyMap<string, SettingKey> = new Map<string, SettingKey>([
  ["organisation", "organisation"],
  ["organization", "organisation"],
  ["organisation name", "organisation"],
  ["report title", "reportTitle"],
  ["title", "reportTitle"],
  ["fiscal year start", "fiscalYearStartMonth"],
  ["fiscal year start month", "fiscalYearStartMonth"],
  ["financial year start", "fiscalYearStartMonth"],
  ["financial year start month", "fiscalYearStartMonth"],
  ["year start", "fiscalYearStartMonth"],
  ["rag labels", "ragLabels"],
  ["default tolerance", "defaultTolerancePercent"],
  ["tolerance", "defaultTolerancePercent"],
  ["exception threshold", "exceptionThresholdPercent"],
  ["spc shift length", "spcShiftLength"],
  ["shift length", "spcShiftLength"],
  ["spc outlier screening", "spcScreenOutliers"],
  ["spc screen outliers", "spcScreenOutliers"],
  ["outlier screening", "spcScreenOutliers"],
  ["finance unit", "financeUnitLabel"],
  ["finance unit label", "financeUnitLabel"],
  ["currency symbol", "currencySymbol"],
  ["currency", "currencySymbol"],
  ["chart limit", "chartLimit"],
  ["charts", "chartLimit"],
  ["fill empty commentary from draft", "fillCommentaryFromDraft"],
  ["fill commentary from draft", "fillCommentaryFromDraft"],
  ["use drafted commentary", "fillCommentaryFromDraft"],
]);

/**
 * Reads the Settings sheet: two columns, a setting and its value, one per row, with or without a `Setting | Value`
 * header. Every setting is optional; a value that is not understood is reported and the default kept.
 * @example readSettings(gridOf("Settings", [["Fiscal year start", "April"]])).data.fiscalYearStartMonth === 4
 */
export function readSettings(grid: Grid): ReadResult<Settings> {
  const issues: Issue[] = [];
  const header = findHeader(
    grid,
    [
      { key: "setting", label: "Setting", synonyms: ["name", "key", "settings"], required: true },
      { key: "value", label: "Value", synonyms: ["setting value"], required: true },
    ],
    { optional: true },
  ).header;
  const keyCol = header?.columns.setting ?? 0;
  const valueCol = header?.columns.value ?? 1;
  const firstRow = header ? header.row + 1 : 0;

  let settings: Settings = DEFAULT_SETTINGS;
  const set = <P extends SettingKey>(key: P, value: Settings[P]) => {
    settings = { ...settings, [key]: value };
  };

  for (let r = firstRow; r < grid.rows.length; r++) {
    const name = cellText(cellAt(grid, r, keyCol));
    const cell = cellAt(grid, r, valueCol);
    const found = cellText(cell);
    if (name === "") continue;
    const key = SETTING_NAMES.get(keyOf(name));
    if (!key) {
      issues.push(issue("SETTING_UNKNOWN", { sheet: grid.sheet, cell: toA1(r, keyCol) }, name));
      continue;
    }
    if (found === "") continue;
    const at = { sheet: grid.sheet, cell: toA1(r, valueCol) };
    const unreadable = (fallback: string) => issues.push(issue("SETTING_UNREADABLE", at, name, found, fallback));
    const format = numberFormatAt(grid, r, valueCol);

    switch (key) {
      case "organisation":
      case "reportTitle":
      case "financeUnitLabel":
      case "currencySymbol":
        set(key, found);
        break;
      case "fiscalYearStartMonth": {
        const start = parseFiscalStart(cell);
        if (start === null) unreadable(`${monthName(DEFAULT_SETTINGS.fiscalYearStartMonth)}`);
        else set(key, start);
        break;
      }
      case "ragLabels": {
        const labels = parseRagLabels(found);
        if (!labels) unreadable(`${DEFAULT_SETTINGS.ragLabels.green} / ${DEFAULT_SETTINGS.ragLabels.amber} / ${DEFAULT_SETTINGS.ragLabels.red}`);
        else set(key, labels);
        break;
      }
      case "defaultTolerancePercent":
      case "exceptionThresholdPercent": {
        const percent = parseTolerance(cell, format);
        if (percent === null) unreadable(`${DEFAULT_SETTINGS[key]}%`);
        else set(key, percent);
        break;
      }
      case "spcShiftLength": {
        const length = Number(found);
        if (length !== 6 && length !== 7) unreadable(String(DEFAULT_SETTINGS.spcShiftLength));
        else set(key, length);
        break;
      }
      case "spcScreenOutliers": {
        const on = parseYesNo(cell);
        if (on === null) unreadable(DEFAULT_SETTINGS.spcScreenOutliers ? "yes" : "no");
        else set(key, on);
        break;
      }
      case "chartLimit": {
        const limit = Number(found);
        if (!Number.isInteger(limit) || limit < 0) unreadable(String(DEFAULT_SETTINGS.chartLimit));
        else set(key, limit);
        break;
      }
      case "fillCommentaryFromDraft": {
        const fill = parseYesNo(cell);
        if (fill === null) unreadable(DEFAULT_SETTINGS.fillCommentaryFromDraft ? "yes" : "no");
        else set(key, fill);
        break;
      }
      default: {
        const unreachable: never = key;
        return unreachable;
      }
    }
  }
  return { data: settings, issues };
}

/** `Green / Yellow / Red`: three labels, best first. */
function parseRagLabels(text: string): RagLabels | null {
  const parts = text.split(/\s*[/,|]\s*/).map((p) => p.trim());
  if (parts.length !== 3 || parts.some((p) => p === "")) return null;
  const [green = "", amber = "", red = ""] = parts;
  return { green, amber, red };
}

function monthName(n: number): string {
  return ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"][n - 1] ?? String(n);
}
