import { parseTrendMark } from "./parseTrendMark";

describe("parseTrendMark", () => {
  it("reads seed 002's marks: ∧ and ^ up, ∨ and V down, - flat", () => {
    expect(["∧", "^", "∨", "V", "-"].map(parseTrendMark)).toEqual(["up", "up", "down", "down", "flat"]);
  });

  it("reads the arrows and words analysts type", () => {
    expect(["↑", "▲", "↓", "▼", "→", "--", "="].map(parseTrendMark)).toEqual(["up", "up", "down", "down", "flat", "flat", "flat"]);
  });

  describe("edge cases", () => {
    it("gives null for blank, a figure, or a mark with text", () => {
      expect(["", "5%", "↑ 5%", "Green"].map(parseTrendMark)).toEqual([null, null, null, null]);
    });

    it("ignores the spaces pasted around a mark", () => {
      expect(parseTrendMark("\u00a0∨ ")).toBe("down");
    });
  });
});
