import { profileColumn } from "./profileColumn";
import { gridOf } from "../testing/gridOf";

describe("profileColumn", () => {
  const grid = gridOf("T", [
    ["Name", "Value", "RAG", "Trend", "Detail", "Month"],
    ["Total Crime", "-3.1%(-24)", "Green", "∨", "The PCC funded a 12-month road safety sign trial across ten villages in North Dorset.", "Apr-13"],
    ["ASB", "£1.7m", "Yellow", "∧", "", "May-13"],
    ["Public Opinion", "TBC", "", "-", "", 41426],
  ], { formats: { "3,5": "mmm-yy" } });
  const rows = [1, 2, 3];

  it("counts figures, with marked values and no-data markers among them", () => {
    expect(profileColumn(grid, 1, rows)).toMatchObject({ filled: 3, figures: 3, percents: 1, texts: 0 });
  });

  it("counts names, RAGs, trend marks, commentary and periods", () => {
    expect(profileColumn(grid, 0, rows)).toMatchObject({ texts: 3, distinctTexts: 3 });
    expect(profileColumn(grid, 2, rows)).toMatchObject({ filled: 2, rags: 2 });
    expect(profileColumn(grid, 3, rows)).toMatchObject({ filled: 3, marks: 3 });
    expect(profileColumn(grid, 4, rows)).toMatchObject({ texts: 1, longTexts: 1 });
    expect(profileColumn(grid, 5, rows)).toMatchObject({ periods: 3 });
  });

  describe("edge cases", () => {
    it("counts Excel errors apart, and nothing for blank cells", () => {
      const errors = gridOf("T", [["A"], [{ error: "#REF!" }], [null]]);
      expect(profileColumn(errors, 0, [1, 2])).toMatchObject({ filled: 1, errors: 1, figures: 0 });
    });
  });
});
