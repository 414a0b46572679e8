import { DEFAULT_SETTINGS } from "../../model/kpi";
import { changedSettings } from "./changedSettings";
import { toSettingsForm } from "./settingsForm";

const baseline = DEFAULT_SETTINGS;
const form = toSettingsForm(baseline);

describe("changedSettings", () => {
  it("returns nothing when the form still holds the workbook's settings", () => {
    expect(changedSettings(form, baseline)).toEqual({ settings: {}, invalid: [] });
  });

  it("returns only the settings the analyst changed", () => {
    const result = changedSettings(
      { ...form, fiscalYearStartMonth: 1 /* Jan */, ragLabels: { green: "Green", amber: "Yellow", red: "Red" }, tolerancePercent: "10" },
      baseline,
    );
    expect(result.settings).toEqual({
      fiscalYearStartMonth: 1,
      ragLabels: { green: "Green", amber: "Yellow", red: "Red" },
      defaultTolerancePercent: 10,
    });
  });

  it("returns the fill-from-draft setting when the analyst turns it on", () => {
    expect(changedSettings({ ...form, fillCommentaryFromDraft: true }, baseline).settings).toEqual({ fillCommentaryFromDraft: true });
  });

  describe("edge cases", () => {
    it("leaves out and reports percentages that are not numbers from 0 to 100", () => {
      const result = changedSettings({ ...form, tolerancePercent: "ten", exceptionThresholdPercent: "150" }, baseline);
      expect(result).toEqual({ settings: {}, invalid: ["tolerancePercent", "exceptionThresholdPercent"] });
    });
  });
});
