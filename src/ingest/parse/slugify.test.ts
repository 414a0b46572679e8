import { slugify } from "./slugify";

describe("slugify", () => {
  it.each([
    ["Total Crime", "total-crime"],
    ["Shed, Garage and Beach Hut Breaks", "shed-garage-and-beach-hut-breaks"],
    ["Crime & ASB", "crime-and-asb"],
    ["% people feeling safe in Dorset", "percent-people-feeling-safe-in-dorset"],
    ["  Café – Résumé  ", "cafe-resume"],
  ])("makes %j into %j", (name, slug) => {
    expect(slugify(name)).toBe(slug);
  });

  describe("edge cases", () => {
    it("falls back to kpi for a name with no letters or digits", () => {
      expect(slugify("—")).toBe("kpi");
    });

    it("keeps IDs short", () => {
      expect(slugify("a ".repeat(100)).length).toBeLessThanOrEqual(60);
    });
  });
});
