import { month } from "../model/period";
import { monthLabel } from "./monthLabel";

describe("monthLabel", () => {
  it("writes the short month and two-digit year", () => {
    expect(monthLabel(month(2011, 4 /* Apr */))).toBe("Apr-11");
    expect(monthLabel(month(2013, 12 /* Dec */))).toBe("Dec-13");
  });

  it("labels a month as its table wrote it", () => {
    expect(monthLabel({ ...month(2018, 4 /* Apr */), label: "Apr 18" })).toBe("Apr 18");
  });

  describe("edge cases", () => {
    it("pads years in the first decade of a century", () => {
      expect(monthLabel(month(2005, 1 /* Jan */))).toBe("Jan-05");
    });
  });
});
