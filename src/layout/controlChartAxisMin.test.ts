import { controlChartAxisMin } from "./controlChartAxisMin";

describe("controlChartAxisMin", () => {
  it("starts a count's axis at a round number under its lowest figure (Total Crime: 2,864 to 3,810)", () => {
    expect(controlChartAxisMin([2864, 3810, 3106.01, 3806.32])).toBe(2800);
  });

  it("works in the cells' own scale for percentages (17.5% to 25.8%)", () => {
    expect(controlChartAxisMin([0.175, 0.258, 0.1927, 0.2419, 0.255])).toBe(0.17);
  });

  it("leaves the axis at zero when zero is near, or drawn", () => {
    expect(controlChartAxisMin([10, 30])).toBeUndefined();
    expect(controlChartAxisMin([-0.44, 1.7, 3.84])).toBeUndefined();
    expect(controlChartAxisMin([0, 5])).toBeUndefined();
  });

  describe("edge cases", () => {
    it("gives undefined for nothing to draw, or a flat line", () => {
      expect(controlChartAxisMin([])).toBeUndefined();
      expect(controlChartAxisMin([null, undefined])).toBeUndefined();
      expect(controlChartAxisMin([7, 7, 7])).toBeUndefined();
    });
  });
});
