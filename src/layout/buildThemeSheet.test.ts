import { buildStyleCatalogue } from "./buildStyleCatalogue";
import { buildThemeSheet } from "./buildThemeSheet";
import { cellAt, findRow } from "./__fixtures__/planCells";
import { scorecardResults, SETTINGS } from "./__fixtures__/scorecardResults";

const sheet = buildThemeSheet(scorecardResults())!;
const styles = buildStyleCatalogue(SETTINGS);

describe("buildThemeSheet", () => {
  it("names the sheet for the quarter", () => {
    expect(sheet.name).toBe("Theme RAG Q2 2013-14");
    expect(sheet.role).toBe("themes");
  });

  it("counts themes by RAG this period against last", () => {
    const green = findRow(sheet, 0, "Green");
    expect(cellAt(sheet, green - 1, 1)?.value).toBe("This period");
    expect(cellAt(sheet, green - 1, 2)?.value).toBe("Last period");
    // Fixture: this period 3 green, 2 amber, 1 red; last period 3 green, 2 amber, 0 red, 1 not rated.
    const counts = ["Green", "Amber", "Red", "– not rated"].map((label) => {
      const row = findRow(sheet, 0, label);
      return [cellAt(sheet, row, 1)?.value, cellAt(sheet, row, 2)?.value];
    });
    expect(counts).toEqual([
      [3, 3],
      [2, 2],
      [1, 0],
      [0, 1],
    ]);
    expect(cellAt(sheet, green, 3)?.value).toBe("Since last period: 1 improved, 1 worsened, 3 unchanged.");
  });

  it("groups themes under a merged pillar banner, in the order they came", () => {
    const cut = findRow(sheet, 0, "Cut crime and anti-social behaviour");
    const visible = findRow(sheet, 0, "Make policing more visible and connected");
    const violence = findRow(sheet, 0, "Fight violent crime and high harm");
    expect(cut).toBeLessThan(visible);
    expect(visible).toBeLessThan(violence);
    expect(cellAt(sheet, cut, 0)?.style).toBe("section");
    expect(sheet.merges).toContain(`A${cut + 1}:D${cut + 1}`);
    expect([0, 1, 2, 3].map((col) => cellAt(sheet, cut + 1, col)?.value)).toEqual([
      "Theme",
      "RAG this period",
      "RAG last period",
      "Commentary",
    ]);
  });

  it("writes each theme's RAG this period and last, and its commentary", () => {
    const row = findRow(sheet, 0, "Burglary");
    expect(cellAt(sheet, row, 1)).toEqual({ value: "Amber", style: "rag-amber" });
    expect(cellAt(sheet, row, 2)).toEqual({ value: "Green", style: "rag-green" });
    expect(cellAt(sheet, row, 3)?.value).toContain("Top Tips");
    expect(styles[cellAt(sheet, row, 3)?.style ?? ""]?.wrap).toBe(true);
  });

  it("shows a dash where a theme was not rated", () => {
    const row = findRow(sheet, 0, "Modern Slavery");
    expect(cellAt(sheet, row, 2)).toEqual({ value: "–", style: "rag-none" });
  });

  it("adds text-equals rules over both RAG columns of the theme tables", () => {
    const first = findRow(sheet, 0, "Cut crime and anti-social behaviour");
    const last = findRow(sheet, 0, "Modern Slavery");
    expect(new Set(sheet.conditionalFormats.map((f) => f.range))).toEqual(new Set([`B${first + 1}:C${last + 1}`]));
    expect(sheet.conditionalFormats).toHaveLength(6);
  });

  it("uses seed 002's Green / Yellow / Red when the settings say so", () => {
    const yellow = buildThemeSheet(
      scorecardResults({ settings: { ...SETTINGS, ragLabels: { green: "Green", amber: "Yellow", red: "Red" } } }),
    )!;
    expect(cellAt(yellow, findRow(yellow, 0, "Burglary"), 1)?.value).toBe("Yellow");
  });

  describe("edge cases", () => {
    it("is left out when there are no themes", () => {
      expect(buildThemeSheet(scorecardResults({ themes: [] }))).toBeNull();
    });

    it("leaves out the not-rated count when every theme is rated", () => {
      const rated = buildThemeSheet(scorecardResults({ themes: scorecardResults().themes.slice(0, 3) }))!;
      expect(findRow(rated, 0, "– not rated")).toBe(-1);
    });
  });
});
