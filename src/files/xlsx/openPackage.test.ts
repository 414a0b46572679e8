import { zipSync } from "fflate";
import { openPackage } from "./openPackage";

describe("openPackage", () => {
  it("writes the same bytes for the same parts, whatever the time of day", () => {
    const original = zipSync({ "xl/workbook.xml": new TextEncoder().encode("<workbook/>") });
    jest.useFakeTimers();
    try {
      jest.setSystemTime(new Date(2013, 9 /* Oct */, 1, 9, 0, 0));
      const first = openPackage(original)!.toZip();
      jest.setSystemTime(new Date(2014, 0 /* Jan */, 5, 17, 30, 12));
      const second = openPackage(original)!.toZip();
      expect(Buffer.from(second).equals(Buffer.from(first))).toBe(true);
    } finally {
      jest.useRealTimers();
    }
  });
});
