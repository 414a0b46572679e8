import { messageText } from "../messages";
import { REQUIREMENTS, checkRequirements } from "./checkRequirements";

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
    expect(check.missing.map((r) => r.version)).toEqual(["1.9", "1.9"]);
    expect(check.message).toContain("ExcelApi 1.9");
    expect(check.message).toContain("page layout");
  });

  it("needs nothing above 1.9 for a build", () => {
    const required = REQUIREMENTS.filter((r) => !r.optional).map((r) => Number(r.version.split(".")[1]));
    expect(Math.max(...required)).toBe(9);
  });

  describe("edge cases", () => {
    it("says Excel is not available outside Office", () => {
      const check = checkRequirements();
      expect(check.ok).toBe(false);
      expect(check.message).toBe(messageText("EXCEL_NOT_AVAILABLE"));
    });
  });
});
