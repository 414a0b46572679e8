import { parseMonthRange } from "./parseMonthRange";

describe("parseMonthRange", () => {
  it.each([
    ["Apr - Sep", 4, 9],
    ["Apr-Sep", 4, 9],
    ["April to September", 4, 9],
    ["Oct \u2013 Mar", 10, 3],
  ])("reads %j", (text, from, to) => {
    expect(parseMonthRange(text)).toEqual({ from, to });
  });

  it.each(["", "Apr", "Change", "2012/13", "Apr - Foo"])("gives null for %j", (text) => {
    expect(parseMonthRange(text)).toBeNull();
  });
});
