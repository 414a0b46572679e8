import { longQuarterLabel } from "./longQuarterLabel";

describe("longQuarterLabel", () => {
  it("spells out the quarter", () => {
    expect(longQuarterLabel("Q2 2013-14")).toBe("Quarter 2 2013-14");
  });

  describe("edge cases", () => {
    it("leaves a label it does not recognise alone", () => {
      expect(longQuarterLabel("2013/14")).toBe("2013/14");
    });
  });
});
