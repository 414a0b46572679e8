/**
 * The error every host function rejects with: a message written for the analyst (from `src/messages.ts`) and the
 * Office error code behind it, if any, for support.
 */
export class ExcelHostError extends Error {
  override readonly name = "ExcelHostError";

  /**
   * @example throw new ExcelHostError(messageText("EXCEL_SHEET_NOT_FOUND", "KPIs"), "ItemNotFound");
   */
  constructor(
    message: string,
    readonly code: string | null = null,
    readonly original?: unknown,
  ) {
    super(message);
  }
}
