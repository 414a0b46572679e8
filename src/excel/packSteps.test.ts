import { packSteps } from "./packSteps";

describe("packSteps", () => {
  it("keeps steps in order, as many per request as fit", () => {
    expect(packSteps([3, 3, 3], 6)).toEqual([[0, 1], [2]]);
    expect(packSteps([1, 1, 1, 1], 100)).toEqual([[0, 1, 2, 3]]);
  });

  describe("edge cases", () => {
    it("sends a step bigger than the budget on its own", () => {
      expect(packSteps([2, 10, 2], 5)).toEqual([[0], [1], [2]]);
    });

    it("returns no requests for no steps", () => {
      expect(packSteps([], 5)).toEqual([]);
    });
  });
});
