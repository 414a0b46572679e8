import { formatPreviewValue } from "./formatPreviewValue";

describe("formatPreviewValue", () => {
  it("shows figures as the scorecard does: thousands grouped, percentages, money, minutes", () => {
    expect(formatPreviewValue(19581, "count")).toBe("19,581");
    expect(formatPreviewValue(25.2, "percent")).toBe("25.2%");
    expect(formatPreviewValue(1_700_000, "currency")).toBe("£1,700,000");
    expect(formatPreviewValue(15.6, "duration")).toBe("15.6 mins");
  });

  describe("edge cases", () => {
    it("shows negatives with their sign, and a dash for no figure", () => {
      expect(formatPreviewValue(-1431, "count")).toBe("-1,431");
      expect(formatPreviewValue(-45, "currency")).toBe("-£45");
      expect(formatPreviewValue(null, "count")).toBe("–");
    });
  });
});
