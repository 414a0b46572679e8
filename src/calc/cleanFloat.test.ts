import { cleanFloat } from "./cleanFloat";

describe("cleanFloat", () => {
  it("removes floating-point noise from a difference", () => {
    expect(cleanFloat(25.2 - 21.1)).toBe(4.1);
    expect(cleanFloat(0.1 + 0.2)).toBe(0.3);
    expect(cleanFloat(-(0.1 + 0.2))).toBe(-0.3);
  });

  it("keeps figures with up to 12 significant digits exactly", () => {
    for (const v of [1431, -6.81039406053683, 347.52, 114291.5, 0.000123456789, 123456.789012, 99999999.999]) {
      expect(cleanFloat(v)).toBe(Number(v.toPrecision(12)));
    }
  });

  it("agrees with rounding to 12 significant digits across magnitudes", () => {
    let seed = 7;
    for (let i = 0; i < 2000; i++) {
      seed = (seed * 48271) % 2147483647;
      const v = ((seed / 2147483647 - 0.5) * 10 ** ((i % 24) - 12)) / 3;
      expect(cleanFloat(v)).toBe(Number(v.toPrecision(12)));
    }
  });

  describe("edge cases", () => {
    it("returns whole numbers, zero and non-finite values as they are", () => {
      expect(cleanFloat(21012)).toBe(21012);
      expect(cleanFloat(0)).toBe(0);
      expect(cleanFloat(NaN)).toBeNaN();
      expect(cleanFloat(Infinity)).toBe(Infinity);
    });
  });
});
