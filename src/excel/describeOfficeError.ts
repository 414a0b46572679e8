/**
 * Office.js failures in the analyst's words. Office error messages are localised and written for developers; the
 * `code` is stable, so the message is chosen from it.
 */
import type { IssueCode } from "../messages";
import { messageText } from "../messages";

const BY_CODE: Readonly<Record<string, IssueCode>> = {
  InvalidArgument: "EXCEL_INVALID_ARGUMENT",
  InvalidReference: "EXCEL_INVALID_ARGUMENT",
  ItemNotFound: "EXCEL_ITEM_NOT_FOUND",
  InvalidObjectPath: "EXCEL_ITEM_NOT_FOUND",
  ItemAlreadyExists: "EXCEL_ITEM_EXISTS",
  RequestPayloadSizeLimitExceeded: "EXCEL_REQUEST_TOO_LARGE",
  ResponsePayloadSizeLimitExceeded: "EXCEL_RESPONSE_TOO_LARGE",
  RangeExceedsLimit: "EXCEL_RESPONSE_TOO_LARGE",
  AccessDenied: "EXCEL_ACCESS_DENIED",
  GeneralException: "EXCEL_GENERAL",
  InsertDeleteConflict: "EXCEL_INSERT_DELETE_CONFLICT",
  InvalidOperation: "EXCEL_INVALID_OPERATION",
  InvalidOperationInCellEditMode: "EXCEL_CELL_EDIT",
  ActivityLimitReached: "EXCEL_BUSY",
  RequestAborted: "EXCEL_BUSY",
  ServiceNotAvailable: "EXCEL_BUSY",
  MemoryLimitReached: "EXCEL_BUSY",
  Conflict: "EXCEL_CONFLICT",
  ApiNotFound: "EXCEL_UNSUPPORTED",
  NotImplemented: "EXCEL_UNSUPPORTED",
  UnsupportedOperation: "EXCEL_UNSUPPORTED",
  UnsupportedFeature: "EXCEL_UNSUPPORTED",
  MergedRangeConflict: "EXCEL_MERGED_CONFLICT",
  PivotTableRangeConflict: "EXCEL_MERGED_CONFLICT",
  FilteredRangeConflict: "EXCEL_MERGED_CONFLICT",
};

/**
 * The `code` of an `OfficeExtension.Error` (or anything shaped like one), `null` for other errors.
 * @example officeErrorCode({ code: "ItemNotFound" }) === "ItemNotFound"
 */
export function officeErrorCode(error: unknown): string | null {
  if (typeof error !== "object" || error === null || !("code" in error)) return null;
  const code = (error as { code: unknown }).code;
  return typeof code === "string" && code !== "" ? code : null;
}

/**
 * A plain-language message for an Office.js failure, chosen by its error code.
 * @example describeOfficeError({ code: "AccessDenied", message: "..." }) === messageText("EXCEL_ACCESS_DENIED")
 */
export function describeOfficeError(error: unknown): string {
  const code = officeErrorCode(error);
  const detail = error instanceof Error ? error.message : typeof error === "string" ? error : JSON.stringify(error) ?? String(error);
  if (code === null) return messageText("EXCEL_UNEXPECTED", detail);
  const known = BY_CODE[code];
  return known ? messageText(known) : messageText("EXCEL_UNKNOWN_ERROR", code, detail);
}
