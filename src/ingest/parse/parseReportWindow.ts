import type { ReportWindow } from "../../model/kpi";
import { keyOf } from "./keyOf";

/**
 * The register's `Report` column: `year to date` (also `ytd`), `quarter`, `latest`. `null` for anything else,
 * including blank.
 * @example parseReportWindow("YTD") === "ytd"
 */
export function parseReportWindow(text: string): ReportWindow | null {
  return WINDOWS.get(keyOf(text)) ?? null;
}

const WINDOWS = new Map<string, ReportWindow>([
  ["year to date", "ytd"],
  ["ytd", "ytd"],
  ["quarter", "quarter"],
  ["quarterly", "quarter"],
  ["qtr", "quarter"],
  ["latest", "latest"],
  ["latest period", "latest"],
  ["latest value", "latest"],
]);
