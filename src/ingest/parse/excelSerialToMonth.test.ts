import { month } from "../../model/period";
import { excelSerialToMonth } from "./excelSerialToMonth";

describe("excelSerialToMonth", () => {
  it("reads serial 1 as January 1900", () => {
    expect(excelSerialToMonth(1)).toEqual(month(1900, 1 /* Jan */));
  });

  it("reads known dates", () => {
    expect(excelSerialToMonth(41365)).toEqual(month(2013, 4 /* Apr; 1 Apr 2013 */));
    expect(excelSerialToMonth(41364)).toEqual(month(2013, 3 /* Mar; 31 Mar 2013 */));
    expect(excelSerialToMonth(45291)).toEqual(month(2023, 12 /* Dec; 31 Dec 2023 */));
    expect(excelSerialToMonth(2958465)).toEqual(month(9999, 12 /* Dec; Excel's last date */));
  });

  it("ignores the time of day", () => {
    expect(excelSerialToMonth(41364.999)).toEqual(month(2013, 3 /* Mar */));
  });

  describe("edge cases", () => {
    it.each([0, -1, 2958466, Number.NaN, Number.POSITIVE_INFINITY])("gives null for %d", (serial) => {
      expect(excelSerialToMonth(serial)).toBeNull();
    });
  });
});
