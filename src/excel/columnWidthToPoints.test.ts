import { columnWidthToPoints } from "./columnWidthToPoints";

describe("columnWidthToPoints", () => {
  it("gives Excel's default column (stored as 9.140625, shown as 8.43 characters) its 64 pixels, 48 points", () => {
    expect(columnWidthToPoints(9.140625)).toBe(48);
  });

  it("draws the width the file host stores as Excel would: 9.5 characters is 66 pixels", () => {
    expect(columnWidthToPoints(9.5)).toBe(49.5);
    expect(columnWidthToPoints(44)).toBe(231);
  });

  describe("edge cases", () => {
    it("returns 0 for a zero, negative or non-numeric width", () => {
      expect(columnWidthToPoints(0)).toBe(0);
      expect(columnWidthToPoints(-3)).toBe(0);
      expect(columnWidthToPoints(Number.NaN)).toBe(0);
    });

    it("caps at Excel's 255 characters", () => {
      expect(columnWidthToPoints(1000)).toBe(columnWidthToPoints(255));
    });
  });
});
