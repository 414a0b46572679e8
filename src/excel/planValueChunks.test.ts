import type { CellStyle } from "../layout/plan";
import { planValueChunks } from "./planValueChunks";

const STYLES: Record<string, CellStyle> = { count: { numberFormat: "#,##0" }, plain: { bold: true } };

describe("planValueChunks", () => {
  it("writes a block as one rectangle, ragged rows padded with cells left alone", () => {
    const [chunk, ...rest] = planValueChunks([{ top: 2, left: 1, cells: [[{ value: "KPI" }, { value: 3, style: "count" }], [{ value: true }]] }], STYLES);
    expect(rest).toEqual([]);
    expect(chunk).toMatchObject({
      address: "B3:C4",
      values: [["KPI", 3], [true, null]],
      numberFormats: [[null, "#,##0"], [null, null]],
      hasFormats: true,
    });
  });

  it("formats as text the strings Excel would read as formulas, numbers or dates", () => {
    const [chunk] = planValueChunks([{ top: 0, left: 0, cells: [[{ value: "=SUM(A1)", style: "count" }, { value: "-5" }, { value: "Green", style: "plain" }]] }], STYLES);
    expect(chunk?.numberFormats).toEqual([["@", "@", null]]);
  });

  it("splits big blocks into row chunks of about the given size, each counted in bytes as Office on the web sends them", () => {
    const cells = Array.from({ length: 1000 }, (_, r) => [{ value: r * 1.5, style: "count" }, { value: `label ${r}` }]);
    const chunks = planValueChunks([{ top: 0, left: 0, cells }], STYLES, 4000);
    expect(chunks.length).toBeGreaterThan(5);
    expect(chunks[0]?.address).toMatch(/^A1:B\d+$/);
    expect(chunks.reduce((n, c) => n + c.values.length, 0)).toBe(1000);
    // Each JSON text serialised again, as a string: its quotes escaped and its own quotes added.
    const web = (value: unknown) => JSON.stringify(JSON.stringify(value)).length;
    for (const c of chunks) expect(c.bytes).toBe(400 + web(c.values) + web(c.numberFormats));
  });

  describe("edge cases", () => {
    it("drops what Excel cannot hold: non-finite numbers, text over 32,767 characters", () => {
      const [chunk] = planValueChunks([{ top: 0, left: 0, cells: [[{ value: Number.NaN }, { value: "x".repeat(40000) }]] }], STYLES);
      expect(chunk?.values[0]?.[0]).toBeNull();
      expect((chunk?.values[0]?.[1] as string).length).toBe(32767);
      expect(chunk?.hasFormats).toBe(false);
    });

    it("skips blocks with no cells", () => {
      expect(planValueChunks([{ top: 0, left: 0, cells: [[], []] }], STYLES)).toEqual([]);
    });
  });
});
