import { headerFooterText } from "./headerFooterText";

describe("headerFooterText", () => {
  it("doubles a literal ampersand and keeps the page codes", () => {
    expect(headerFooterText("Dorset Police & Crime Panel")).toBe("Dorset Police && Crime Panel");
    expect(headerFooterText("Page &P of &N")).toBe("Page &P of &N");
  });

  it("doubles an ampersand that only looks like the start of a page code", () => {
    expect(headerFooterText("&Partners")).toBe("&&Partners");
  });

  describe("edge cases", () => {
    it("cuts to Excel's 255 characters without leaving half a code", () => {
      const text = headerFooterText(`${"x".repeat(254)}&`);
      expect(text).toBe("x".repeat(254));
      expect(headerFooterText("y".repeat(300))).toHaveLength(255);
    });
  });
});
