import { mappingToJson } from "./mappingToJson";
import { EMPTY_MAPPING, parseMapping } from "./parseMapping";

describe("mappingToJson", () => {
  const saved = {
    sheets: { kpis: "Indicators 2013" },
    columns: { "Crime type": "Name" },
    kpis: { "Total Crime": { polarity: "lower" }, "positive-outcome-rate": { unit: "%", polarity: "up" } },
    tables: { "Figure 11": { period: "Q2 2013-14", columns: { "Previous Performance": "previous", Lead: "ignore" } }, Budget: { kind: "finance", skip: true } },
  };

  it("writes a mapping in the docs' words, headers and sheets as they are matched", () => {
    expect(mappingToJson(parseMapping(saved).mapping)).toEqual({
      sheets: { kpis: "Indicators 2013" },
      columns: { "crime type": "name" },
      kpis: { "total crime": { polarity: "lower is better" }, "positive-outcome-rate": { polarity: "higher is better", unit: "percent" } },
      tables: {
        "figure 11": { period: "Q2 2013-14", columns: { "previous performance": "Previous", lead: "Not used" } },
        budget: { kind: "finance", skip: true },
      },
    });
  });

  it("reads back as the same mapping", () => {
    const once = parseMapping(saved).mapping;
    expect(parseMapping(mappingToJson(once))).toEqual({ mapping: once, issues: [] });
  });

  describe("edge cases", () => {
    it("writes an empty mapping as an empty object", () => {
      expect(mappingToJson(EMPTY_MAPPING)).toEqual({});
    });
  });
});
