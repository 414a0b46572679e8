import { parsePercentInput } from "./parsePercentInput";

describe("parsePercentInput", () => {
  it("reads a plain or percent-signed number", () => {
    expect(parsePercentInput("5")).toBe(5);
    expect(parsePercentInput(" 7.5 % ")).toBe(7.5);
  });

  describe("edge cases", () => {
    it("returns null for text, negatives, empty input and more than 100", () => {
      expect(parsePercentInput("five")).toBeNull();
      expect(parsePercentInput("-1")).toBeNull();
      expect(parsePercentInput("")).toBeNull();
      expect(parsePercentInput("100.5")).toBeNull();
    });
  });
});
