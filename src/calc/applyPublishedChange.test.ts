import { MESSAGES, messageText } from "../messages";
import type { Kpi, PublishedChange } from "../model/kpi";
import { applyPublishedChange } from "./applyPublishedChange";
import { computeChange } from "./computeChange";

const at = (cell: string) => ({ sheet: "Recorded Crime", cell });
const kpi = (unit: Kpi["unit"], publishedChange?: PublishedChange) => ({ name: "Cheshire", unit, decimals: null, ...(publishedChange ? { publishedChange } : {}) });

/** Lancashire OPCC, June 2015: Victim Based Crime in Cheshire, 49,060 -> 46,594, published `- 2,466` and `- 5.0%`. */
const CHESHIRE: PublishedChange = {
  actual: -2466,
  percent: -5,
  points: null,
  currentValue: 46_594,
  previousValue: 49_060,
  cells: [
    { kind: "actual", text: "- 2,466", rounding: 0.5, decimals: 0, source: at("E22") },
    { kind: "percent", text: "- 5.0%", rounding: 0.05, decimals: 1, source: at("F22") },
  ],
};

describe("applyPublishedChange", () => {
  it("shows the published figures where they compare the same figures, the computed change kept as the check", () => {
    const computed = computeChange(46_594, 49_060, "count");
    const shown = applyPublishedChange(kpi("count", CHESHIRE), computed, 46_594, 49_060);
    expect(shown.change).toEqual({ actual: -2466, percent: -5, points: null });
    expect(shown.computed).toEqual(computed);
    expect(shown.computed?.percent).toBeCloseTo(-5.0265, 3);
    expect(shown.issues).toEqual([]);
  });

  it("reports a published figure its figures do not give, beyond its rounding, at its cell", () => {
    const wrong: PublishedChange = { ...CHESHIRE, actual: -2566, cells: [{ ...CHESHIRE.cells[0]!, text: "- 2,566" }, CHESHIRE.cells[1]!] };
    const shown = applyPublishedChange(kpi("count", wrong), computeChange(46_594, 49_060, "count"), 46_594, 49_060);
    expect(shown.issues).toEqual([
      { code: "CHANGE_PUBLISHED_MISMATCH", severity: MESSAGES.CHANGE_PUBLISHED_MISMATCH.severity, sheet: "Recorded Crime", cell: "E22", message: messageText("CHANGE_PUBLISHED_MISMATCH", "- 2,566", "Cheshire", "-2,466") },
    ]);
    expect(shown.change.actual).toBe(-2566);
  });

  it("reads a percentage KPI's published % change as points when the points give it (seed 000: 21.1% -> 25.2% is 4.1%)", () => {
    const rate: PublishedChange = { actual: null, percent: 4.1, points: null, currentValue: 25.2, previousValue: 21.1, cells: [{ kind: "percent", text: "4.1%", rounding: 0.05, decimals: 1, source: at("G6") }] };
    const shown = applyPublishedChange(kpi("percent", rate), computeChange(25.2, 21.1, "percent"), 25.2, 21.1);
    expect(shown.change).toEqual({ actual: 4.1, percent: null, points: 4.1 });
    expect(shown.issues).toEqual([]);
  });

  it("checks a percentage KPI's relative change without showing it (the scorecard shows points)", () => {
    const rate: PublishedChange = { actual: null, percent: 19.4, points: null, currentValue: 25.2, previousValue: 21.1, cells: [{ kind: "percent", text: "+19.4%", rounding: 0.05, decimals: 1, source: at("G6") }] };
    const shown = applyPublishedChange(kpi("percent", rate), computeChange(25.2, 21.1, "percent"), 25.2, 21.1);
    expect(shown.change.points).toBeCloseTo(4.1, 9);
    expect(shown.issues).toEqual([]);
  });

  describe("edge cases", () => {
    it("leaves the computed change alone when the scorecard compares other figures than the table did", () => {
      const computed = computeChange(46_000, 46_594, "count");
      expect(applyPublishedChange(kpi("count", CHESHIRE), computed, 46_000, 46_594)).toEqual({ change: computed, computed: null, issues: [] });
    });

    it("leaves a KPI without a published change alone", () => {
      const computed = computeChange(2, 1, "count");
      expect(applyPublishedChange(kpi("count"), computed, 2, 1)).toEqual({ change: computed, computed: null, issues: [] });
    });
  });
});
