import { DEFAULT_SETTINGS } from "../../model/kpi";
import { messageText } from "../../messages";
import { readSettings } from "./readSettings";
import { gridOf } from "../testing/gridOf";

describe("readSettings", () => {
  it("reads every documented setting", () => {
    const grid = gridOf("Settings", [
      ["Setting", "Value"],
      ["Organisation", "Dorset Police & Crime Panel"],
      ["Report title", "Police and Crime Plan 2013-17: Progress against Plan and Priorities"],
      ["Fiscal year start", "April"],
      ["RAG labels", "Green / Yellow / Red"],
      ["Default tolerance", "5%"],
      ["Exception threshold", 0.05],
      ["SPC shift length", 6],
      ["Finance unit", "£000's"],
      ["Chart limit", 12],
      ["Fill empty commentary from draft", "Yes"],
    ], { formats: { "6,1": "0%" } });
    const { data, issues } = readSettings(grid);
    expect(issues).toEqual([]);
    expect(data).toEqual({
      ...DEFAULT_SETTINGS,
      organisation: "Dorset Police & Crime Panel",
      reportTitle: "Police and Crime Plan 2013-17: Progress against Plan and Priorities",
      fiscalYearStartMonth: 4,
      ragLabels: { green: "Green", amber: "Yellow", red: "Red" },
      defaultTolerancePercent: 5,
      exceptionThresholdPercent: 5,
      spcShiftLength: 6,
      financeUnitLabel: "£000's",
      chartLimit: 12,
      fillCommentaryFromDraft: true,
    });
  });

  it("leaves drafted commentary out of the Commentary column unless the setting says Yes", () => {
    expect(DEFAULT_SETTINGS.fillCommentaryFromDraft).toBe(false);
    expect(readSettings(gridOf("Settings", [["Fill empty commentary from draft", "No"]])).data.fillCommentaryFromDraft).toBe(false);
    expect(readSettings(gridOf("Settings", [["Fill empty commentary from draft", true]])).data.fillCommentaryFromDraft).toBe(true);
  });

  it("reports a fill setting that is not yes or no and keeps it off", () => {
    const { data, issues } = readSettings(gridOf("Settings", [["Fill empty commentary from draft", "sometimes"]]));
    expect(data.fillCommentaryFromDraft).toBe(false);
    expect(issues.map((i) => i.message)).toEqual([messageText("SETTING_UNREADABLE", "Fill empty commentary from draft", "sometimes", "no")]);
  });

  it("reads SPC outlier screening as yes or no, off by default as in MDC's Excel tool", () => {
    expect(DEFAULT_SETTINGS.spcScreenOutliers).toBe(false);
    expect(readSettings(gridOf("Settings", [["SPC outlier screening", "Yes"]])).data.spcScreenOutliers).toBe(true);
    expect(readSettings(gridOf("Settings", [["Outlier screening", "no"]])).data.spcScreenOutliers).toBe(false);
    const { data, issues } = readSettings(gridOf("Settings", [["SPC outlier screening", "sometimes"]]));
    expect(data.spcScreenOutliers).toBe(false);
    expect(issues.map((i) => i.message)).toEqual([messageText("SETTING_UNREADABLE", "SPC outlier screening", "sometimes", "no")]);
  });

  it("reports a chart limit that is not a whole number of KPIs and keeps the default", () => {
    const { data, issues } = readSettings(gridOf("Settings", [["Chart limit", "lots"]]));
    expect(data.chartLimit).toBe(DEFAULT_SETTINGS.chartLimit);
    expect(issues.map((i) => i.code)).toEqual(["SETTING_UNREADABLE"]);
  });

  it("reads settings without a header row", () => {
    const { data } = readSettings(gridOf("Settings", [["Fiscal year start", 1], ["Organisation", "Borsetshire"]]));
    expect(data.fiscalYearStartMonth).toBe(1);
    expect(data.organisation).toBe("Borsetshire");
  });

  it("keeps the defaults for blank values and a missing sheet's worth of rows", () => {
    expect(readSettings(gridOf("Settings", [["Setting", "Value"], ["Organisation", ""]])).data).toEqual(DEFAULT_SETTINGS);
  });

  it("reports values it cannot read and keeps the default", () => {
    const grid = gridOf("Settings", [
      ["Setting", "Value"],
      ["Fiscal year start", "Spring"],
      ["RAG labels", "Green / Red"],
      ["Default tolerance", "five"],
      ["SPC shift length", 8],
    ]);
    const { data, issues } = readSettings(grid);
    expect(data).toEqual(DEFAULT_SETTINGS);
    expect(issues).toEqual([
      { code: "SETTING_UNREADABLE", severity: "warning", sheet: "Settings", cell: "B2", message: messageText("SETTING_UNREADABLE", "Fiscal year start", "Spring", "April") },
      { code: "SETTING_UNREADABLE", severity: "warning", sheet: "Settings", cell: "B3", message: messageText("SETTING_UNREADABLE", "RAG labels", "Green / Red", "Green / Amber / Red") },
      { code: "SETTING_UNREADABLE", severity: "warning", sheet: "Settings", cell: "B4", message: messageText("SETTING_UNREADABLE", "Default tolerance", "five", "5%") },
      { code: "SETTING_UNREADABLE", severity: "warning", sheet: "Settings", cell: "B5", message: messageText("SETTING_UNREADABLE", "SPC shift length", "8", "7") },
    ]);
  });

  it("notes settings it does not use", () => {
    const { issues } = readSettings(gridOf("Settings", [["Setting", "Value"], ["Favourite colour", "Blue"]]));
    expect(issues).toEqual([
      { code: "SETTING_UNKNOWN", severity: "info", sheet: "Settings", cell: "A2", message: messageText("SETTING_UNKNOWN", "Favourite colour") },
    ]);
  });

  describe("edge cases", () => {
    it("reads an empty sheet as the defaults, with no issue", () => {
      expect(readSettings(gridOf("Settings", []))).toEqual({ data: DEFAULT_SETTINGS, issues: [] });
    });

    it("reads a month number for the fiscal year start", () => {
      expect(readSettings(gridOf("Settings", [["Fiscal year start", "7"]])).data.fiscalYearStartMonth).toBe(7);
    });
  });
});
