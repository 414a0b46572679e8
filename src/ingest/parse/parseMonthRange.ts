import { cleanText } from "./cleanText";
import { monthFromName } from "./monthFromName";

/**
 * A range of months as published tables head their period columns: `Apr - Sep`, `April to September`.
 * `null` otherwise.
 * @example parseMonthRange("Apr - Sep") // { from: 4, to: 9 }
 */
export function parseMonthRange(text: string): { readonly from: number; readonly to: number } | null {
  const m = /^([a-z]{3,9})\.?\s*(?:-|\u2013|\u2014|to)\s*([a-z]{3,9})\.?$/i.exec(cleanText(text));
  if (!m) return null;
  const from = monthFromName(m[1] ?? "");
  const to = monthFromName(m[2] ?? "");
  return from === null || to === null ? null : { from, to };
}
