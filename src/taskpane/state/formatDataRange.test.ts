import { formatMonthLabel } from "../../calc/formatMonthLabel";
import { month } from "../../model/period";
import { formatDataRange } from "./formatDataRange";

describe("formatDataRange", () => {
  it("writes the first and last month as analysts type them", () => {
    expect(formatDataRange(month(2011, 4 /* Apr */), month(2013, 9 /* Sep */))).toBe("Apr-11 to Sep-13");
  });

  it("labels every month exactly as calc's formatMonthLabel does", () => {
    for (let m = 1; m <= 12; m++) {
      const label = formatMonthLabel(month(2009, m));
      expect(formatDataRange(month(2009, m), month(2009, m))).toBe(`${label} to ${label}`);
    }
  });

  describe("edge cases", () => {
    it("pads years that end in a single digit", () => {
      expect(formatDataRange(month(2005, 1 /* Jan */), month(2100, 12 /* Dec */))).toBe("Jan-05 to Dec-00");
    });
  });
});
