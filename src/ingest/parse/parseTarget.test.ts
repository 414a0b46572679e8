import { parseTarget } from "./parseTarget";

describe("parseTarget", () => {
  describe("levels", () => {
    it.each([
      ["≥ 25.5%", ">=", 25.5],
      [">= 25.5%", ">=", 25.5],
      ["=> 25.5%", ">=", 25.5],
      ["≤ 2%", "<=", 2],
      ["<= 5%", "<=", 5],
      ["≥ 95%", ">=", 95],
      ["≥95%", ">=", 95],
      ["> 90%", ">", 90],
      ["< 10%", "<", 10],
      ["at least 75%", ">=", 75],
    ])("reads %j on a percentage KPI as a level", (text, comparator, value) => {
      expect(parseTarget(text, "percent", "higher-is-better")).toEqual({ kind: "level", comparator, value });
    });

    it("reads a level on a count", () => {
      expect(parseTarget("> 3", "count", "higher-is-better")).toEqual({ kind: "level", comparator: ">", value: 3 });
      expect(parseTarget("= 0", "count", "lower-is-better")).toEqual({ kind: "level", comparator: "=", value: 0 });
    });

    it("reads an amount and a duration in the KPI's unit", () => {
      expect(parseTarget("≤ £1.7m", "currency", "lower-is-better")).toEqual({ kind: "level", comparator: "<=", value: 1_700_000 });
      expect(parseTarget("≤ 15 mins", "duration", "lower-is-better")).toEqual({ kind: "level", comparator: "<=", value: 15 });
    });

    it("takes the comparator of a bare number from the polarity", () => {
      expect(parseTarget("95%", "percent", "higher-is-better")).toEqual({ kind: "level", comparator: ">=", value: 95 });
      expect(parseTarget("2%", "percent", "lower-is-better")).toEqual({ kind: "level", comparator: "<=", value: 2 });
    });

    it("drops a footnote mark", () => {
      expect(parseTarget("≥ 25.5% \u00b9", "percent", "higher-is-better")).toEqual({ kind: "level", comparator: ">=", value: 25.5 });
    });
  });

  describe("changes", () => {
    it("reads a percentage on a count that should fall as a reduction", () => {
      expect(parseTarget("≥ 1%", "count", "lower-is-better")).toEqual({ kind: "change", comparator: ">=", percent: 1, direction: "reduction" });
    });

    it("reads a percentage on an amount that should rise as an increase", () => {
      expect(parseTarget("≥ 5%", "currency", "higher-is-better")).toEqual({ kind: "change", comparator: ">=", percent: 5, direction: "increase" });
    });

    it("reads a percentage on a rate as a change", () => {
      expect(parseTarget("≥ 2%", "rate", "lower-is-better")).toEqual({ kind: "change", comparator: ">=", percent: 2, direction: "reduction" });
    });

    it("follows a sign or a word over the polarity", () => {
      expect(parseTarget("-1%", "count", "neutral")).toEqual({ kind: "change", comparator: ">=", percent: 1, direction: "reduction" });
      expect(parseTarget("+3%", "count", "neutral")).toEqual({ kind: "change", comparator: ">=", percent: 3, direction: "increase" });
      expect(parseTarget("reduce by 1%", "count", "neutral")).toEqual({ kind: "change", comparator: ">=", percent: 1, direction: "reduction" });
      expect(parseTarget("5% increase", "count", "neutral")).toEqual({ kind: "change", comparator: ">=", percent: 5, direction: "increase" });
    });

    it("cannot tell the direction of a bare percentage on a neutral count", () => {
      expect(parseTarget("≥ 1%", "count", "neutral")).toEqual({ kind: "unparsed", text: "≥ 1%" });
    });
  });

  describe("directions", () => {
    it.each([
      ["↑", "up"],
      ["up", "up"],
      ["Increase", "up"],
      ["↓", "down"],
      ["down", "down"],
      ["reduce", "down"],
      [" ↓ ", "down"],
    ])("reads %j as %s", (text, direction) => {
      expect(parseTarget(text, "count", "lower-is-better")).toEqual({ kind: "direction", direction });
    });
  });

  describe("ranks", () => {
    it("reads a league position with its group as published", () => {
      expect(parseTarget("≥ 3rd in MSG", "percent", "higher-is-better")).toEqual({ kind: "rank", comparator: ">=", position: 3, group: "MSG" });
    });

    it("reads a top-n position", () => {
      expect(parseTarget("Top 3 in MSG", "percent", "higher-is-better")).toEqual({ kind: "rank", comparator: ">=", position: 3, group: "MSG" });
    });

    it("reads a position without a group", () => {
      expect(parseTarget("≥ 1st", "percent", "higher-is-better")).toEqual({ kind: "rank", comparator: ">=", position: 1, group: "" });
    });
  });

  describe("grades, to be confirmed and none", () => {
    it("reads ADQ. and Good as grades", () => {
      expect(parseTarget("ADQ.", "grade", "higher-is-better")).toEqual({ kind: "grade", grade: "adequate" });
      expect(parseTarget("Good", "grade", "higher-is-better")).toEqual({ kind: "grade", grade: "good" });
      expect(parseTarget("≥ Good", "grade", "higher-is-better")).toEqual({ kind: "grade", grade: "good" });
    });

    it.each(["TBC", "tbc", "To be confirmed"])("reads %j as to be confirmed", (text) => {
      expect(parseTarget(text, "count", "lower-is-better")).toEqual({ kind: "to-be-confirmed" });
    });

    it.each(["", "   ", "--", "n/a"])("reads %j as no target", (text) => {
      expect(parseTarget(text, "count", "lower-is-better")).toEqual({ kind: "none" });
    });
  });

  describe("edge cases", () => {
    it.each([
      ["about right", "count", "lower-is-better"],
      ["≥ 25.5% by 2017", "percent", "higher-is-better"],
      ["reduce by 100", "count", "lower-is-better"],
      ["95%", "percent", "neutral"],
      ["≥ 0th", "percent", "higher-is-better"],
    ] as const)("leaves %j on a %s KPI unparsed", (text, unit, polarity) => {
      expect(parseTarget(text, unit, polarity)).toEqual({ kind: "unparsed", text });
    });

    it("reads a negative level", () => {
      expect(parseTarget("≥ -5", "score", "higher-is-better")).toEqual({ kind: "level", comparator: ">=", value: -5 });
    });
  });
});
