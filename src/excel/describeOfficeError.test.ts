import { messageText } from "../messages";
import { describeOfficeError, officeErrorCode } from "./describeOfficeError";

describe("describeOfficeError", () => {
  it.each([
    ["InvalidArgument", "EXCEL_INVALID_ARGUMENT"],
    ["ItemNotFound", "EXCEL_ITEM_NOT_FOUND"],
    ["ItemAlreadyExists", "EXCEL_ITEM_EXISTS"],
    ["RequestPayloadSizeLimitExceeded", "EXCEL_REQUEST_TOO_LARGE"],
    ["ResponsePayloadSizeLimitExceeded", "EXCEL_RESPONSE_TOO_LARGE"],
    ["AccessDenied", "EXCEL_ACCESS_DENIED"],
    ["GeneralException", "EXCEL_GENERAL"],
    ["InsertDeleteConflict", "EXCEL_INSERT_DELETE_CONFLICT"],
    ["InvalidOperation", "EXCEL_INVALID_OPERATION"],
    ["InvalidOperationInCellEditMode", "EXCEL_CELL_EDIT"],
    ["ActivityLimitReached", "EXCEL_BUSY"],
    ["ApiNotFound", "EXCEL_UNSUPPORTED"],
  ] as const)("says what %s means", (code, message) => {
    expect(describeOfficeError({ name: "RichApi.Error", code, message: "Localised developer text" })).toBe(messageText(message));
  });

  // Microsoft's "Error handling with the application-specific JavaScript APIs" page, both tables, as published
  // (OfficeDev/office-js-docs-pr docs/testing/application-specific-api-error-handling.md, ms.date 03/01/2024).
  const PUBLISHED_CODES = [
    "AccessDenied", "ActivityLimitReached", "ApiNotAvailable", "ApiNotFound", "BadPassword", "Client Error", "Conflict",
    "ContentLengthRequired", "GeneralException", "HostRestartNeeded", "InsertDeleteConflict", "InvalidArgument",
    "InvalidBinding", "InvalidOperation", "InvalidReference", "InvalidRequest", "InvalidRibbonDefinition",
    "InvalidSelection", "ItemAlreadyExists", "ItemNotFound", "MemoryLimitReached", "NotImplemented", "RequestAborted",
    "RequestPayloadSizeLimitExceeded", "ResponsePayloadSizeLimitExceeded", "ServiceNotAvailable", "Unauthenticated",
    "UnsupportedFeature", "UnsupportedOperation",
    "EmptyChartSeries", "FilteredRangeConflict", "FormulaLengthExceedsLimit", "InactiveWorkbook",
    "InvalidOperationInCellEditMode", "MergedRangeConflict", "NonBlankCellOffSheet", "OperationCellsExceedLimit",
    "PivotTableRangeConflict", "RangeExceedsLimit", "RefreshWorkbookLinksBlocked", "UnsupportedSheet",
  ];

  it.each(PUBLISHED_CODES)("gives %s a message in the analyst's words, never the raw code alone", (code) => {
    const text = describeOfficeError({ name: "RichApi.Error", code, message: "Localised developer text" });
    expect(text).not.toContain("Localised developer text");
    expect(text).not.toMatch(/^Excel reported an error \(/);
  });

  it.each([
    ["EmptyChartSeries", "EXCEL_EMPTY_CHART_SERIES"],
    ["InactiveWorkbook", "EXCEL_INACTIVE_WORKBOOK"],
    ["NonBlankCellOffSheet", "EXCEL_NO_ROOM"],
    ["RefreshWorkbookLinksBlocked", "EXCEL_LINKS_BLOCKED"],
    ["ConnectionFailure", "EXCEL_CONNECTION"],
  ] as const)("says what %s means for the analyst", (code, message) => {
    expect(describeOfficeError({ code, message: "x" })).toBe(messageText(message));
  });

  it("keeps the code where the message asks the analyst to report it", () => {
    expect(describeOfficeError({ code: "InvalidRequest", message: "x" })).toBe(messageText("EXCEL_REQUEST_REFUSED", "InvalidRequest"));
  });

  it("names an unknown code and keeps Excel's own text", () => {
    expect(describeOfficeError({ code: "SomethingNew", message: "x" })).toBe(messageText("EXCEL_UNKNOWN_ERROR", "SomethingNew", '{"code":"SomethingNew","message":"x"}'));
    const error = Object.assign(new Error("Details"), { code: "SomethingNew" });
    expect(describeOfficeError(error)).toBe(messageText("EXCEL_UNKNOWN_ERROR", "SomethingNew", "Details"));
  });

  describe("edge cases", () => {
    it("describes an error without a code as unexpected", () => {
      expect(describeOfficeError(new TypeError("boom"))).toBe(messageText("EXCEL_UNEXPECTED", "boom"));
      expect(describeOfficeError("text")).toBe(messageText("EXCEL_UNEXPECTED", "text"));
    });

    it("reads no code from things that are not errors", () => {
      expect(officeErrorCode(null)).toBeNull();
      expect(officeErrorCode({ code: 42 })).toBeNull();
      expect(officeErrorCode({ code: "ItemNotFound" })).toBe("ItemNotFound");
    });
  });
});
