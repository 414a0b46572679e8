import type { Month } from "../../model/period";
import { month } from "../../model/period";

const DAY_MS = 86_400_000;
const EPOCH = Date.UTC(1899, 11, 31);

/**
 * The month an Excel 1900-system date serial falls in (serial 1 is 1 Jan 1900). Excel counts a 29 Feb 1900 that
 * never was (serial 60), so serials from 61 on are one day ahead of the calendar. `null` outside Excel's dates.
 * @example excelSerialToMonth(41365) // { kind: "month", year: 2013, month: 4 } (1 Apr 2013)
 */
export function excelSerialToMonth(serial: number): Month | null {
  if (!Number.isFinite(serial) || serial < 1 || serial >= 2_958_466) return null;
  const days = Math.floor(serial);
  if (days === 60) return month(1900, 2);
  const date = new Date(EPOCH + (days < 60 ? days : days - 1) * DAY_MS);
  return month(date.getUTCFullYear(), date.getUTCMonth() + 1);
}
