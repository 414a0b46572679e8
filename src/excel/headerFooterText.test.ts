import { headerFooterSections } from "./headerFooterText";

/** The string Excel stores for these sections: each non-empty one behind its code. */
function stored(s: { left: string; center: string; right: string }): string {
  return [["&L", s.left], ["&C", s.center], ["&R", s.right]].map(([code, text]) => (text ? `${code}${text}` : "")).join("");
}

describe("headerFooterSections", () => {
  it("doubles a literal ampersand and keeps the page codes", () => {
    expect(headerFooterSections({ center: "Dorset Police & Crime Panel" }).center).toBe("Dorset Police && Crime Panel");
    expect(headerFooterSections({ right: "Page &P of &N" }).right).toBe("Page &P of &N");
  });

  it("doubles an ampersand that only looks like the start of a page code", () => {
    expect(headerFooterSections({ left: "&Partners" }).left).toBe("&&Partners");
  });

  it("keeps the whole footer, both sections and their codes, within Excel's 255 characters", () => {
    const fitted = headerFooterSections({ left: "Scorecard for the Police and Crime Panel ".repeat(6), right: "Page &P of &N" });
    expect(stored(fitted).length).toBeLessThanOrEqual(255);
    // The short section is kept whole; the long one gives way.
    expect(fitted.right).toBe("Page &P of &N");
    expect(fitted.left.length).toBe(255 - 2 - 2 - "Page &P of &N".length);
  });

  it("counts a doubled ampersand as the two characters Excel stores", () => {
    const fitted = headerFooterSections({ center: "&".repeat(200) });
    expect(stored(fitted).length).toBeLessThanOrEqual(255);
    expect(fitted.center).toMatch(/^(&&)+$/);
  });

  describe("edge cases", () => {
    it("never cuts a code in half", () => {
      const fitted = headerFooterSections({ center: `${"x".repeat(252)}&P` });
      expect(fitted.center).toBe("x".repeat(252));
      expect(headerFooterSections({ center: "y".repeat(300) }).center).toHaveLength(253);
    });

    it("leaves empty sections empty and uncounted", () => {
      expect(headerFooterSections({})).toEqual({ left: "", center: "", right: "" });
      expect(stored(headerFooterSections({ center: "y".repeat(253) })).length).toBe(255);
    });
  });
});
