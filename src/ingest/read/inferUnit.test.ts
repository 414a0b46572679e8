import { parseValue } from "../parse/parseValue";
import { inferUnit } from "./inferUnit";

const evidence = (values: readonly (string | number)[], more: { name?: string; target?: string; headers?: readonly string[] } = {}) => ({
  values: values.map((v) => parseValue(v)),
  name: more.name ?? "Widgets",
  target: more.target ?? "",
  headers: more.headers ?? [],
});

describe("inferUnit", () => {
  describe("figures typed with their unit", () => {
    it.each([
      [["21.1%", 25.2], "percent"],
      [["£83.8m", "£80.1m"], "currency"],
      [["9.5 per 1,000", "9.1 per 1,000"], "rate"],
      [["Good", "ADQ."], "grade"],
      [[1431, 2922], "count"],
    ] as const)("reads %j as %s, without a reason to give", (values, unit) => {
      expect(inferUnit(evidence(values))).toEqual({ unit, because: null });
    });

    it("reads durations in the time unit most of them are written in", () => {
      expect(inferUnit(evidence(["34 days", "29 days", "4 weeks"]))).toEqual({ unit: "duration", timeUnit: "days", because: null });
      expect(inferUnit(evidence(["18 seconds", "21 seconds"]))).toEqual({ unit: "duration", timeUnit: "seconds", because: null });
    });
  });

  describe("plain figures that are percentages (issue 11, case 5)", () => {
    it("takes 21.1 beside a target of ≥ 25.5% for a percentage: counts have no decimals", () => {
      expect(inferUnit(evidence([21.1, 25.2], { name: "Positive Outcome Rate", target: "≥ 25.5%" })).unit).toBe("percent");
      expect(inferUnit(evidence([21.1, 25.2], { name: "Outcomes", target: "≥ 25.5%" }))).toEqual({
        unit: "percent",
        because: 'the target "≥ 25.5%" is a percentage and the figures have decimals, as counts do not',
      });
    });

    it.each([
      ["Percentage of people who feel safe in Dorset", "Percentage"],
      ["% of 999 calls answered in 10 seconds", "%"],
      ["Victim satisfaction rate", "rate"],
      ["Proportion of cases closed", "Proportion"],
    ])("takes whole numbers for percentages when the name says so: %j", (name, word) => {
      expect(inferUnit(evidence([96, 95], { name }))).toEqual({ unit: "percent", because: `the name says "${word}"` });
    });

    it("takes the header's word: a % sub-header", () => {
      expect(inferUnit(evidence([12, 14], { headers: ["%"] }))).toEqual({ unit: "percent", because: 'the header "%" says so' });
    });

    it("keeps counts as counts: a change target beside thousands, whole numbers beside a % target, figures over 100", () => {
      expect(inferUnit(evidence([21012, 19581], { name: "Total Crime", target: "≥ 1%" })).unit).toBe("count");
      expect(inferUnit(evidence([48, 27], { name: "Most Serious Violent Crime", target: "≥ 5%" })).unit).toBe("count");
      expect(inferUnit(evidence([120.5, 98.2], { name: "Detection rate" })).unit).toBe("count");
      expect(inferUnit(evidence([12, 14], { headers: ["Number"] })).unit).toBe("count");
    });
  });

  describe("rates and times named, not typed", () => {
    it("takes per 1,000 in the name or a header for a rate, before the word rate", () => {
      expect(inferUnit(evidence([45.2, 47.1], { name: "Crime rate per 1,000 population" }))).toEqual({ unit: "rate", because: 'the name says "per 1,000"' });
      expect(inferUnit(evidence([45.2], { headers: ["Rate per 1,000 population"] }))).toEqual({ unit: "rate", because: 'the header "Rate per 1,000 population" is a rate' });
    });

    it("takes a header of days for a duration in days", () => {
      expect(inferUnit(evidence([34, 29], { headers: ["Days"] }))).toEqual({ unit: "duration", timeUnit: "days", because: 'the header "Days" is a time' });
    });
  });
});
