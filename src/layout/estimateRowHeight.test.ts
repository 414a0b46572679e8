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

  describe("edge cases", () => {
    it("never exceeds Excel's maximum row height", () => {
      expect(estimateRowHeight([{ text: "z".repeat(100000), width: 10 }])).toBe(409);
    });
  });
});
