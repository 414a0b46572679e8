import { defaultDecimals, numberFormatFor, resolveDecimals } from "./numberFormatFor";

describe("numberFormatFor", () => {
  it("formats counts with thousands separators", () => {
    expect(numberFormatFor("count", "value")).toBe("#,##0");
  });

  it("formats percentages as fractions to one place by default", () => {
    expect(numberFormatFor("percent", "value")).toBe("0.0%");
  });

  it("uses the KPI's decimals where set", () => {
    expect(numberFormatFor("percent", "value", { decimals: 2 })).toBe("0.00%");
    expect(numberFormatFor("count", "value", { decimals: 1 })).toBe("#,##0.0");
  });

  it("formats currency with the settings' symbol", () => {
    expect(numberFormatFor("currency", "value")).toBe("£#,##0");
    expect(numberFormatFor("currency", "value", { currencySymbol: "CHF" })).toBe('"CHF"#,##0');
  });

  it("formats durations in minutes", () => {
    expect(numberFormatFor("duration", "value")).toBe('0.0 "mins"');
  });

  it("gives change formats an explicit sign", () => {
    expect(numberFormatFor("count", "change")).toBe("+#,##0;-#,##0;#,##0");
    expect(numberFormatFor("count", "change-percent")).toBe("+0.0%;-0.0%;0.0%");
    expect(numberFormatFor("percent", "change-points")).toBe('+0.0 "pts";-0.0 "pts";0.0 "pts"');
    expect(numberFormatFor("percent", "change-points", { decimals: 2 })).toBe('+0.00 "pts";-0.00 "pts";0.00 "pts"');
  });

  describe("edge cases", () => {
    it("clamps silly decimals", () => {
      expect(resolveDecimals("count", 12)).toBe(6);
      expect(resolveDecimals("count", -1)).toBe(0);
      expect(resolveDecimals("rate", null)).toBe(defaultDecimals("rate"));
    });
  });
});
