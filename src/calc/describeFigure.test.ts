import { describeChange, formatFigure, formatNumber, gradeName, gradeScore } from "./describeFigure";

describe("formatNumber", () => {
  it("groups thousands and trims trailing zeros", () => {
    expect(formatNumber(19581)).toBe("19,581");
    expect(formatNumber(-1431)).toBe("-1,431");
    expect(formatNumber(25.2)).toBe("25.2");
    expect(formatNumber(347.5184)).toBe("347.52");
  });

  it("rounds halves away from zero to fixed decimals, as published tables do", () => {
    expect(formatNumber(-43.75, 1)).toBe("-43.8");
    expect(formatNumber(1234567.25, 1)).toBe("1,234,567.3");
  });

  it("does not write -0", () => {
    expect(formatNumber(-0.001, 1)).toBe("0.0");
  });
});

describe("formatFigure", () => {
  it("writes a figure in its unit", () => {
    expect(formatFigure(25.2, "percent")).toBe("25.2%");
    expect(formatFigure(15.6, "duration")).toBe("15.6 mins");
    expect(formatFigure(4, "grade")).toBe("Good");
    expect(formatFigure(114291, "currency")).toBe("114,291");
  });
});

describe("describeChange", () => {
  it("says which way and by how much", () => {
    expect(describeChange({ actual: -1431, percent: -6.81, points: null }, "count")).toBe("Down 6.8%");
    expect(describeChange({ actual: 4.1, percent: null, points: 4.1 }, "percent")).toBe("Up 4.1 points");
    expect(describeChange({ actual: 5, percent: null, points: null }, "count")).toBe("Up 5");
    expect(describeChange({ actual: 0, percent: 0, points: null }, "count")).toBe("No change");
    expect(describeChange({ actual: null, percent: null, points: null }, "count")).toBeNull();
  });
});

describe("gradeScore", () => {
  it("scores Outstanding 5 down to Inadequate 1, and names scores back", () => {
    expect(gradeScore("outstanding")).toBe(5);
    expect(gradeScore("inadequate")).toBe(1);
    expect(gradeName(2)).toBe("Requires improvement");
    expect(gradeName(6)).toBeNull();
  });
});
