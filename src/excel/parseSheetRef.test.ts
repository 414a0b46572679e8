import { parseSheetRef } from "./parseSheetRef";

describe("parseSheetRef", () => {
  it("reads a quoted sheet and an absolute range", () => {
    expect(parseSheetRef("'Chart data Q2 2013-14'!$C$3:$C$32")).toEqual({ sheet: "Chart data Q2 2013-14", address: "C3:C32" });
  });

  it("unescapes doubled apostrophes and reads plain names", () => {
    expect(parseSheetRef("'Q2 ''13'!B2")).toEqual({ sheet: "Q2 '13", address: "B2" });
    expect(parseSheetRef("Data!a1:b2")).toEqual({ sheet: "Data", address: "A1:B2" });
  });

  it("reads a reference without a sheet", () => {
    expect(parseSheetRef("G5:G40")).toEqual({ sheet: null, address: "G5:G40" });
  });

  describe("edge cases", () => {
    it.each(["", "Data!", "'Unclosed!A1", "Data!A:A", "not a ref"])("returns null for %j", (ref) => {
      expect(parseSheetRef(ref)).toBeNull();
    });
  });
});
