/**
 * Splits the references a plan carries (`'Chart data Q2 2013-14'!$C$3:$C$32`) into the sheet and a plain address
 * Office.js's `getRange` takes.
 */
export interface SheetRef {
  /** Unquoted sheet name, `null` when the reference has none. */
  readonly sheet: string | null;
  /** `C3:C32` */
  readonly address: string;
}

/**
 * @example parseSheetRef("'Q2 ''13'!$B$2:$B$4") // { sheet: "Q2 '13", address: "B2:B4" }
 */
export function parseSheetRef(ref: string): SheetRef | null {
  const text = ref.trim().replace(/^=/, "");
  const bang = text.lastIndexOf("!");
  const rawSheet = bang < 0 ? null : text.slice(0, bang).trim();
  const address = (bang < 0 ? text : text.slice(bang + 1)).replace(/\$/g, "").toUpperCase();
  if (!/^[A-Z]{1,3}\d{1,7}(:[A-Z]{1,3}\d{1,7})?$/.test(address)) return null;
  if (rawSheet === null) return { sheet: null, address };
  if (rawSheet.startsWith("'")) {
    if (!rawSheet.endsWith("'") || rawSheet.length < 3) return null;
    return { sheet: rawSheet.slice(1, -1).replace(/''/g, "'"), address };
  }
  return rawSheet === "" ? null : { sheet: rawSheet, address };
}
