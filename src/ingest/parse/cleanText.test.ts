import { cleanText } from "./cleanText";

describe("cleanText", () => {
  it.each([
    ["Total Crime", "Total Crime"],
    ["  Total   Crime  ", "Total Crime"],
    ["\u00a025.5\u00a0%", "25.5 %"],
    ["1\u202f431", "1 431"],
    ["Total\tCrime\n", "Total Crime"],
    ["To\u200btal", "Total"],
    ["\ufeffID", "ID"],
    ["", ""],
  ])("cleans %j to %j", (text, clean) => {
    expect(cleanText(text)).toBe(clean);
  });
});
