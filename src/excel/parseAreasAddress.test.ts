import { parseAreasAddress } from "./parseAreasAddress";

describe("parseAreasAddress", () => {
  it("reads the areas of a RangeAreas address", () => {
    expect(parseAreasAddress("Data!A2:C3, Data!A5")).toEqual([
      { top: 1, left: 0, bottom: 2, right: 2 },
      { top: 4, left: 0, bottom: 4, right: 0 },
    ]);
  });

  it("splits only outside quoted sheet names", () => {
    expect(parseAreasAddress("'Q2, 2013''s'!B2:B3,'Q2, 2013''s'!D4")).toEqual([
      { top: 1, left: 1, bottom: 2, right: 1 },
      { top: 3, left: 3, bottom: 3, right: 3 },
    ]);
  });

  it("reads whole rows and columns", () => {
    expect(parseAreasAddress("S!3:4")).toEqual([{ top: 2, left: 0, bottom: 3, right: 16383 }]);
    expect(parseAreasAddress("S!$B:$C")).toEqual([{ top: 0, left: 1, bottom: 1048575, right: 2 }]);
  });

  describe("edge cases", () => {
    it("skips what is not an area", () => {
      expect(parseAreasAddress("")).toEqual([]);
      expect(parseAreasAddress("S!#REF!")).toEqual([]);
    });
  });
});
