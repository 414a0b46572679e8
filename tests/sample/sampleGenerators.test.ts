/** The helpers scripts/make-sample.ts builds the sample's generated data with. */
import { allocateToTotal } from "../../scripts/sample/allocateToTotal";
import { createRng } from "../../scripts/sample/createRng";
import { fitTableToMargins } from "../../scripts/sample/fitTableToMargins";
import { generateCountSeries } from "../../scripts/sample/generateCountSeries";
import { generateRateSeries } from "../../scripts/sample/generateRateSeries";

const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

describe("createRng", () => {
  it("gives the same numbers for the same seed", () => {
    const a = createRng("P1-01");
    const b = createRng("P1-01");
    expect([a.next(), a.next(), a.normal()]).toEqual([b.next(), b.next(), b.normal()]);
  });

  it("gives different numbers for different seeds", () => {
    expect(createRng("P1-01").next()).not.toBe(createRng("P1-02").next());
  });
});

describe("allocateToTotal", () => {
  it("splits a total in proportion, summing exactly", () => {
    expect(allocateToTotal(10, [1, 1, 1])).toEqual([4, 3, 3]);
    expect(allocateToTotal(21012, [1.1, 0.9, 1, 1.2, 0.8, 1])).toHaveLength(6);
    expect(sum(allocateToTotal(21012, [1.1, 0.9, 1, 1.2, 0.8, 1]))).toBe(21012);
  });

  describe("edge cases", () => {
    it("splits evenly when every weight is zero", () => {
      expect(allocateToTotal(5, [0, 0])).toEqual([3, 2]);
    });

    it("returns nothing for no weights", () => {
      expect(allocateToTotal(5, [])).toEqual([]);
    });
  });
});

describe("fitTableToMargins", () => {
  it("meets both margins with whole numbers", () => {
    const seed = [
      [3.2, 1.1, 7.9],
      [2.5, 4.4, 1.3],
      [6.1, 0.7, 2.2],
    ];
    const table = fitTableToMargins(seed, [120, 95, 88], [101, 64, 138]);
    expect(table).not.toBeNull();
    const t = table ?? [];
    expect(t.map(sum)).toEqual([120, 95, 88]);
    expect([0, 1, 2].map((c) => sum(t.map((row) => row[c] ?? 0)))).toEqual([101, 64, 138]);
    expect(t.flat().every((v) => Number.isInteger(v) && v >= 0)).toBe(true);
  });

  it("returns null when the margins' totals disagree", () => {
    expect(fitTableToMargins([[1, 1]], [10], [5, 6])).toBeNull();
  });
});

describe("generateCountSeries", () => {
  it("makes every block add up to its published total", () => {
    const values = generateCountSeries({
      months: 30,
      blocks: [
        { first: 12, last: 17, total: 200 },
        { first: 24, last: 29, total: 184 },
        { first: 9, last: 11, total: 90 },
      ],
      seasonal: () => 1,
      noise: 0.1,
      rng: createRng("test"),
    });
    expect(values).toHaveLength(30);
    expect([sum(values.slice(12, 18)), sum(values.slice(24, 30)), sum(values.slice(9, 12))]).toEqual([200, 184, 90]);
    expect(values.every((v) => Number.isInteger(v) && v >= 0)).toBe(true);
  });
});

describe("generateRateSeries", () => {
  it("makes every block average exactly to its published rate", () => {
    const values = generateRateSeries({
      months: 30,
      blocks: [
        { first: 12, last: 17, averageTenths: 14 },
        { first: 24, last: 29, averageTenths: 35 },
      ],
      noise: 0.7,
      rng: createRng("test"),
    });
    expect(sum(values.slice(12, 18))).toBe(14 * 6);
    expect(sum(values.slice(24, 30))).toBe(35 * 6);
    expect(values.every((v) => Number.isInteger(v) && v >= 0 && v <= 1000)).toBe(true);
  });
});
