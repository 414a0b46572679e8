/**
 * Office.js failures in the analyst's words. Office error messages are localised and written for developers; the
 * `code` is stable, so the message is chosen from it.
 */
import type { IssueCode } from "../messages";
import { messageText } from "../messages";

/**
 * Every code on Microsoft's "Error handling with the application-specific JavaScript APIs" page (the general table and
 * the Excel-specific one, OfficeDev/office-js-docs-pr docs/testing/application-specific-api-error-handling.md), and
 * the `OfficeExtension.ErrorCodes` a request can end with (`ConnectionFailure` and the client's own).
 */
const BY_CODE: Readonly<Record<string, IssueCode>> = {
  // General
  AccessDenied: "EXCEL_ACCESS_DENIED",
  ActivityLimitReached: "EXCEL_BUSY",
  ApiNotAvailable: "EXCEL_UNSUPPORTED",
  ApiNotFound: "EXCEL_UNSUPPORTED",
  BadPassword: "EXCEL_PASSWORD",
  "Client Error": "EXCEL_REQUEST_REFUSED",
  Conflict: "EXCEL_CONFLICT",
  ContentLengthRequired: "EXCEL_REQUEST_REFUSED",
  GeneralException: "EXCEL_GENERAL",
  HostRestartNeeded: "EXCEL_RESTART",
  InsertDeleteConflict: "EXCEL_INSERT_DELETE_CONFLICT",
  InvalidArgument: "EXCEL_INVALID_ARGUMENT",
  InvalidBinding: "EXCEL_REQUEST_REFUSED",
  InvalidOperation: "EXCEL_INVALID_OPERATION",
  InvalidReference: "EXCEL_INVALID_ARGUMENT",
  InvalidRequest: "EXCEL_REQUEST_REFUSED",
  InvalidRibbonDefinition: "EXCEL_REQUEST_REFUSED",
  InvalidSelection: "EXCEL_SELECTION",
  ItemAlreadyExists: "EXCEL_ITEM_EXISTS",
  ItemNotFound: "EXCEL_ITEM_NOT_FOUND",
  MemoryLimitReached: "EXCEL_BUSY",
  NotImplemented: "EXCEL_UNSUPPORTED",
  RequestAborted: "EXCEL_BUSY",
  RequestPayloadSizeLimitExceeded: "EXCEL_REQUEST_TOO_LARGE",
  ResponsePayloadSizeLimitExceeded: "EXCEL_RESPONSE_TOO_LARGE",
  ServiceNotAvailable: "EXCEL_BUSY",
  Unauthenticated: "EXCEL_SIGNED_OUT",
  UnsupportedFeature: "EXCEL_UNSUPPORTED",
  UnsupportedOperation: "EXCEL_UNSUPPORTED",
  // Excel's own
  EmptyChartSeries: "EXCEL_EMPTY_CHART_SERIES",
  FilteredRangeConflict: "EXCEL_MERGED_CONFLICT",
  FormulaLengthExceedsLimit: "EXCEL_FORMULA_TOO_LONG",
  InactiveWorkbook: "EXCEL_INACTIVE_WORKBOOK",
  InvalidOperationInCellEditMode: "EXCEL_CELL_EDIT",
  MergedRangeConflict: "EXCEL_MERGED_CONFLICT",
  NonBlankCellOffSheet: "EXCEL_NO_ROOM",
  OperationCellsExceedLimit: "EXCEL_TOO_MANY_CELLS",
  PivotTableRangeConflict: "EXCEL_MERGED_CONFLICT",
  RangeExceedsLimit: "EXCEL_TOO_MANY_CELLS",
  RefreshWorkbookLinksBlocked: "EXCEL_LINKS_BLOCKED",
  UnsupportedSheet: "EXCEL_UNSUPPORTED_SHEET",
  // OfficeExtension.ErrorCodes: the connection, and requests the client itself refused
  ConnectionFailure: "EXCEL_CONNECTION",
  InvalidObjectPath: "EXCEL_ITEM_NOT_FOUND",
  InvalidRequestContext: "EXCEL_REQUEST_REFUSED",
  PropertyNotLoaded: "EXCEL_REQUEST_REFUSED",
  ValueNotLoaded: "EXCEL_REQUEST_REFUSED",
  RunMustReturnPromise: "EXCEL_REQUEST_REFUSED",
  CannotRegisterEvent: "EXCEL_REQUEST_REFUSED",
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
  // Only EXCEL_REQUEST_REFUSED takes an argument (the code, for a report); the others ignore it.
  return known ? messageText(known, code) : messageText("EXCEL_UNKNOWN_ERROR", code, detail);
}
