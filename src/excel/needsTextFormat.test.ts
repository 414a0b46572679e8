import { needsTextFormat } from "./needsTextFormat";

describe("needsTextFormat", () => {
  it.each(["=SUM(A1)", "+44 1202", "-5", "@user", '=HYPERLINK("x")', "#N/A", "1,431", "25%", "2013-04", "Apr-13", "Q2 2013-14", "TRUE", " false "])(
    "formats %s as text, since Excel would read it as something else",
    (text) => expect(needsTextFormat(text)).toBe(true),
  );

  it.each(["Green", "Amber", "Red", "n/a", "Total Crime", "Apr - Sep", "↑", ""])("leaves %s alone", (text) => {
    expect(needsTextFormat(text)).toBe(false);
  });
});
