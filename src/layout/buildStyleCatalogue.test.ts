import { DEFAULT_SETTINGS, UNITS } from "../model/kpi";
import { buildStyleCatalogue } from "./buildStyleCatalogue";
import { numberFormatFor } from "./numberFormatFor";
import { numberStyleName, STYLE } from "./styleNames";

const catalogue = buildStyleCatalogue(DEFAULT_SETTINGS);

describe("buildStyleCatalogue", () => {
  it("defines every fixed style", () => {
    expect(Object.values(STYLE).filter((name) => !(name in catalogue))).toEqual([]);
  });

  it("defines a number style for every unit, role and decimals with the matching format", () => {
    for (const unit of UNITS.filter((u) => u !== "grade")) {
      for (const decimals of [0, 1, 2, 3]) {
        const name = numberStyleName(unit, "value", decimals);
        expect(catalogue[name]?.numberFormat).toBe(numberFormatFor(unit, "value", { decimals }));
        const change = numberStyleName(unit, "change", decimals);
        expect(catalogue[change]?.numberFormat).toBe(numberFormatFor(unit, "change", { decimals }));
      }
    }
    expect(catalogue["change-pts-2dp"]?.numberFormat).toBe('+0.00 "pts";-0.00 "pts";0.00 "pts"');
    expect(catalogue["change-pts"]?.numberFormat).toBe('+0.0 "pts";-0.0 "pts";0.0 "pts"');
  });

  it("defines duration styles for every time unit, labelled in it", () => {
    expect(catalogue[numberStyleName("duration", "value", 0, "days")]?.numberFormat).toBe('0 "days"');
    expect(catalogue[numberStyleName("duration", "change", 1, "seconds")]?.numberFormat).toBe('+0.0 "secs";-0.0 "secs";0.0 "secs"');
    expect(numberStyleName("duration", "value", 1, "minutes")).toBe(numberStyleName("duration", "value", 1));
  });

  it("uses the settings' currency symbol", () => {
    expect(buildStyleCatalogue({ ...DEFAULT_SETTINGS, currencySymbol: "$" })["currency"]?.numberFormat).toBe("$#,##0");
  });

  it("gives RAG styles readable dark text on a light fill", () => {
    for (const status of ["green", "amber", "red"]) {
      const style = catalogue[`rag-${status}`];
      expect(style?.fill).toMatch(/^#[0-9A-F]{6}$/);
      expect(style?.fontColor).toMatch(/^#[0-9A-F]{6}$/);
      expect(style?.bold).toBe(true);
    }
  });
});
