import { aggregateValues } from "./aggregateValues";

describe("aggregateValues", () => {
  it("sums", () => {
    expect(aggregateValues([3612, 3540, 3498], "sum")).toBe(10650);
  });

  it("averages", () => {
    expect(aggregateValues([20, 22, 24], "average")).toBe(22);
  });

  it("takes the last value", () => {
    expect(aggregateValues([4, 3, 5], "last")).toBe(5);
  });

  it("removes floating-point noise from a sum", () => {
    expect(aggregateValues([0.1, 0.2], "sum")).toBe(0.3);
  });

  describe("edge cases", () => {
    it("returns null for no values, not 0", () => {
      expect(aggregateValues([], "sum")).toBeNull();
      expect(aggregateValues([], "average")).toBeNull();
      expect(aggregateValues([], "last")).toBeNull();
    });

    it("skips values that are not finite numbers", () => {
      expect(aggregateValues([1, NaN, 3, Infinity], "average")).toBe(2);
      expect(aggregateValues([NaN], "sum")).toBeNull();
    });
  });
});
