import { messageText } from "../messages";
import { checkRequirements, minimumExcelApi } from "./checkRequirements";

const upTo = (max: number) => (_: "ExcelApi", version: string) => Number(version.split(".")[1]) <= max;

describe("checkRequirements", () => {
  it("is satisfied by ExcelApi 1.13", () => {
    expect(checkRequirements(upTo(13))).toEqual({ ok: true, missing: [], limited: [], message: null });
  });

  it("builds on ExcelApi 1.9 to 1.12 without reading merged cells, and says so", () => {
    const check = checkRequirements(upTo(12));
    expect(check.ok).toBe(true);
    expect(check.limited.map((r) => r.version)).toEqual(["1.13"]);
    expect(check.message).toBe(messageText("EXCEL_API_LIMITED", "read merged cells (merged two-level headers)"));
  });

  it("refuses ExcelApi 1.8, naming each feature that needs more", () => {
    const check = checkRequirements(upTo(8));
    expect(check.ok).toBe(false);
    expect(check.missing.map((r) => r.version)).toEqual(["1.9", "1.9", "1.9"]);
    expect(check.message).toContain("copyFrom");
    expect(check.message).toContain("ExcelApi 1.9");
    expect(check.message).toContain("page layout");
  });

  it("needs nothing above 1.9 for a build", () => {
    expect(minimumExcelApi()).toBe("1.9");
  });

  it("compares versions number by number (1.13 is above 1.9)", () => {
    const feature = (version: string, optional = false) => ({ feature: version, version, optional });
    expect(minimumExcelApi([feature("1.9"), feature("1.13"), feature("1.4")])).toBe("1.13");
    expect(minimumExcelApi([feature("1.4"), feature("1.13", true)])).toBe("1.4");
  });

  describe("edge cases", () => {
    it("says Excel is not available outside Office", () => {
      const check = checkRequirements();
      expect(check.ok).toBe(false);
      expect(check.message).toBe(messageText("EXCEL_NOT_AVAILABLE"));
    });
  });
});
