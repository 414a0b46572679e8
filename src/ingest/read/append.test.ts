import { append } from "./append";

describe("append", () => {
  it("adds the items at the end, in order", () => {
    const target = [1, 2];
    append(target, [3, 4]);
    expect(target).toEqual([1, 2, 3, 4]);
  });

  describe("edge cases", () => {
    it("takes more items than a call can have arguments", () => {
      const target: number[] = [];
      append(target, new Array<number>(500_000).fill(7));
      expect(target).toHaveLength(500_000);
    });
  });
});
