import { formatFiscalYearLabel } from "./formatFiscalYearLabel";

describe("formatFiscalYearLabel", () => {
  it("writes an April-start year as 2013/14", () => {
    expect(formatFiscalYearLabel(2013, 4)).toBe("2013/14");
  });

  it("writes a January-start year as the calendar year", () => {
    expect(formatFiscalYearLabel(2013, 1)).toBe("2013");
  });

  it("keeps the second year to two digits", () => {
    expect(formatFiscalYearLabel(2009, 4)).toBe("2009/10");
  });
});
