import { errorMessage } from "./errorMessage";

describe("errorMessage", () => {
  it("returns an Error's own message", () => {
    expect(errorMessage(new Error("The workbook is protected."))).toBe("The workbook is protected.");
  });

  describe("edge cases", () => {
    it("says something plain when the rejection carries no message", () => {
      expect(errorMessage(undefined)).toMatch(/no reason/);
      expect(errorMessage("Sync failed")).toBe("Sync failed");
    });
  });
});
