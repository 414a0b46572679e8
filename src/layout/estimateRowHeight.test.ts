import { estimateRowHeight } from "./estimateRowHeight";

describe("estimateRowHeight", () => {
  it("keeps the minimum for text that fits on one line", () => {
    expect(estimateRowHeight([{ text: "Total Crime", width: 40 }], 15)).toBe(15);
  });

  it("grows with the number of wrapped lines", () => {
    const one = estimateRowHeight([{ text: "x".repeat(60), width: 60 }]);
    const three = estimateRowHeight([{ text: "x".repeat(200), width: 60 }]);
    expect(three).toBeGreaterThan(one);
    expect(three).toBeGreaterThanOrEqual(3 * 12.75);
  });

  it("counts explicit line breaks", () => {
    expect(estimateRowHeight([{ text: "a\nb\nc", width: 30 }])).toBeGreaterThanOrEqual(3 * 12.75);
  });

  it("takes the tallest of several texts", () => {
    const tall = estimateRowHeight([{ text: "short", width: 10 }, { text: "y".repeat(300), width: 30 }]);
    expect(tall).toBe(estimateRowHeight([{ text: "y".repeat(300), width: 30 }]));
  });

  it("wraps word by word, so words that do not fit start a new line", () => {
    // At width 10, 12 characters fit a 10pt line: "aaaaaaa bbbbbbb" cannot share one, though 15 < 24 characters.
    expect(estimateRowHeight([{ text: "aaaaaaa bbbbbbb", width: 10 }], 1)).toBe(Math.ceil(2 * 12.75 + 1.5));
    expect(estimateRowHeight([{ text: "aaaaa bbbbb", width: 10 }], 1)).toBe(Math.ceil(12.75 + 1.5));
  });

  it("gives seed 002's Fraud & Cyber commentary the three lines it needs in the theme sheet's column", () => {
    const text =
      "The Online Fraud Charter was signed in October by the UK government and leading tech companies, such as Google, " +
      "Amazon and Facebook, who have pledged to take additional action to block and remove fraudulent content from their sites.";
    expect(estimateRowHeight([{ text, width: 90 }], 18)).toBeGreaterThanOrEqual(3 * 12.75);
  });

  describe("edge cases", () => {
    it("never exceeds Excel's maximum row height", () => {
      expect(estimateRowHeight([{ text: "z".repeat(100000), width: 10 }])).toBe(409);
    });
  });
});
