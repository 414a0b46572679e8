import type { CellStyle, PlanCell } from "../layout/plan";
import { planStyleAreas } from "./planStyleAreas";

const STYLES: Record<string, CellStyle> = { a: { bold: true }, b: { fill: "#FF0000" }, bordered: { borderBottom: "thin" } };
const cell = (style?: string): PlanCell => ({ value: 1, ...(style ? { style } : {}) });

describe("planStyleAreas", () => {
  it("joins a style's cells into rectangles", () => {
    const areas = planStyleAreas([{ top: 0, left: 0, cells: [[cell("a"), cell("a"), cell("b")], [cell("a"), cell("a"), cell("b")], [cell("a")]] }], STYLES);
    expect(areas).toEqual([
      { style: "a", addresses: ["A1:B2,A3"] },
      { style: "b", addresses: ["C1:C2"] },
    ]);
  });

  it("keeps one-row rectangles for bordered styles, so every cell gets its border", () => {
    const areas = planStyleAreas([{ top: 4, left: 1, cells: [[cell("bordered")], [cell("bordered")]] }], STYLES);
    expect(areas).toEqual([{ style: "bordered", addresses: ["B5,B6"] }]);
  });

  it("splits long address lists for getRanges", () => {
    const rows = Array.from({ length: 400 }, (_, r) => (r % 2 === 0 ? [cell("a")] : [cell()]));
    const [areas] = planStyleAreas([{ top: 0, left: 0, cells: rows }], STYLES, 100);
    expect(areas?.addresses.length).toBeGreaterThanOrEqual(10);
    expect(areas?.addresses.every((a) => a.length <= 100)).toBe(true);
    expect(areas?.addresses.join(",").split(",")).toHaveLength(200);
  });

  describe("edge cases", () => {
    it("lets a later block restyle or unstyle a cell, and ignores unknown styles", () => {
      const areas = planStyleAreas(
        [
          { top: 0, left: 0, cells: [[cell("a"), cell("a")]] },
          { top: 0, left: 1, cells: [[cell("nope")]] },
        ],
        STYLES,
      );
      expect(areas).toEqual([{ style: "a", addresses: ["A1"] }]);
    });
  });
});
