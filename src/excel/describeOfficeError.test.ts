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
