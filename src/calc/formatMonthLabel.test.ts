import { month } from "../model/period";
import { formatMonthLabel } from "./formatMonthLabel";

describe("formatMonthLabel", () => {
  it("writes a month as Apr-13", () => {
    expect(formatMonthLabel(month(2013, 4 /* Apr */))).toBe("Apr-13");
    expect(formatMonthLabel(month(2014, 1 /* Jan */))).toBe("Jan-14");
    expect(formatMonthLabel(month(2009, 12 /* Dec */))).toBe("Dec-09");
  });

  it("does not move a month in a time zone far from UTC", () => {
    const zone = process.env.TZ;
    try {
      process.env.TZ = "Pacific/Kiritimati";
      expect(formatMonthLabel(month(2013, 4 /* Apr */))).toBe("Apr-13");
      process.env.TZ = "Pacific/Pago_Pago";
      expect(formatMonthLabel(month(2013, 4 /* Apr */))).toBe("Apr-13");
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
  });
});
