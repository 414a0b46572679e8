import { checkSheetName } from "./checkSheetName";

describe("checkSheetName", () => {
  it("accepts the names the tool writes", () => {
    expect(checkSheetName("Scorecard Q2 2013-14")).toBeNull();
    expect(checkSheetName("Finance variance Q2 2013-14")).toBeNull();
    expect(checkSheetName("x".repeat(31))).toBeNull();
  });

  it.each([
    ["x".repeat(32), "it has 32 characters; Excel allows 31"],
    ["Q2: summary", 'it contains ":"'],
    ["a/b", 'it contains "/"'],
    ["'quoted'", "it starts or ends with an apostrophe"],
    ["History", "Excel reserves the name History"],
    ["  ", "it is empty"],
  ])("refuses %j: %s", (name, why) => {
    expect(checkSheetName(name)).toBe(why);
  });
});
