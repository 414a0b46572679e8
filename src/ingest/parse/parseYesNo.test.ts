import { parseYesNo } from "./parseYesNo";

describe("parseYesNo", () => {
  it.each([
    ["Yes", true],
    ["y", true],
    ["ON", true],
    ["True", true],
    ["1", true],
    ["No", false],
    ["n", false],
    ["Off", false],
    ["FALSE", false],
    ["0", false],
  ])("reads %s", (text, expected) => {
    expect(parseYesNo(text)).toBe(expected);
  });

  it("reads Excel's TRUE and FALSE and the numbers 1 and 0", () => {
    expect(parseYesNo(true)).toBe(true);
    expect(parseYesNo(false)).toBe(false);
    expect(parseYesNo(1)).toBe(true);
    expect(parseYesNo(0)).toBe(false);
  });

  describe("edge cases", () => {
    it.each([[""], ["maybe"], [2], [null], [undefined]])("gives null for %p", (value) => {
      expect(parseYesNo(value)).toBeNull();
    });
  });
});
