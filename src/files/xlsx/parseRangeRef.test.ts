import { parseRangeRef } from "./parseRangeRef";

describe("parseRangeRef", () => {
  it("reads quoted sheet names with doubled quotes, and absolute ranges", () => {
    expect(parseRangeRef("'Chart data Q2 2013-14'!$C$3:$C$32")).toEqual({ sheet: "Chart data Q2 2013-14", top: 2, left: 2, bottom: 31, right: 2 });
    expect(parseRangeRef("'It''s'!A1")).toEqual({ sheet: "It's", top: 0, left: 0, bottom: 0, right: 0 });
  });

  it("reads unqualified and bare-named references, normalising reversed corners", () => {
    expect(parseRangeRef("G5:G40")).toEqual({ sheet: null, top: 4, left: 6, bottom: 39, right: 6 });
    expect(parseRangeRef("Data!B9:A1")).toEqual({ sheet: "Data", top: 0, left: 0, bottom: 8, right: 1 });
  });

  describe("edge cases", () => {
    it("returns null for what is not a cell reference", () => {
      for (const bad of ["", "A1:B2:C3", "'Unclosed!A1", "!A1", "Sheet!", "$1:$4", "A0"]) expect(parseRangeRef(bad)).toBeNull();
    });
  });
});
