import type { Unit } from "../model/kpi";
import { computeChange } from "./computeChange";

/** Seed 000's published rounding: one decimal place, halves away from zero (-43.75 is published as -43.8). */
function published(value: number | null): number | null {
  return value === null ? null : Number(value.toFixed(1));
}

interface Row {
  readonly figure: string;
  readonly kpi: string;
  readonly unit: Unit;
  readonly previous: number;
  readonly current: number;
  readonly actual: number;
  /** The "Percentage" column: a percentage for counts, percentage points for rates. */
  readonly percentage: number;
}

/** Every change published in seed 000's Figures 1, 4 and 11 (Apr - Sep 2012/13 against 2013/14; latest). */
const SEED_000: readonly Row[] = [
  { figure: "1", kpi: "Total Crime", unit: "count", previous: 21012, current: 19581, actual: -1431, percentage: -6.8 },
  { figure: "1", kpi: "Positive Outcome Rate", unit: "percent", previous: 21.1, current: 25.2, actual: 4.1, percentage: 4.1 },
  { figure: "1", kpi: "Number of Repeat Victims", unit: "count", previous: 2922, current: 2484, actual: -438, percentage: -15.0 },
  { figure: "1", kpi: "ASB Incidents", unit: "count", previous: 18315, current: 17088, actual: -1227, percentage: -6.7 },
  { figure: "1", kpi: "Number of Repeat Callers", unit: "count", previous: 1563, current: 1488, actual: -75, percentage: -4.8 },
  { figure: "1", kpi: "Personal ASB Incidents", unit: "count", previous: 2983, current: 2740, actual: -243, percentage: -8.1 },
  { figure: "1", kpi: "Dwelling Burglary", unit: "count", previous: 936, current: 888, actual: -48, percentage: -5.1 },
  { figure: "1", kpi: "Dwelling Burglary SDR", unit: "percent", previous: 12.9, current: 21.6, actual: 8.7, percentage: 8.7 },
  { figure: "1", kpi: "Shed, Garage and Beach Hut Breaks", unit: "count", previous: 1031, current: 982, actual: -49, percentage: -4.8 },
  { figure: "1", kpi: "Shed Breaks SDR", unit: "percent", previous: 1.4, current: 3.5, actual: 2.1, percentage: 2.1 },
  { figure: "1", kpi: "Vehicle Crime", unit: "count", previous: 2539, current: 2157, actual: -382, percentage: -15.0 },
  { figure: "1", kpi: "Vehicle Crime SDR", unit: "percent", previous: 3.9, current: 4.0, actual: 0.1, percentage: 0.1 },
  { figure: "4", kpi: "Most Serious Violent Crime", unit: "count", previous: 48, current: 27, actual: -21, percentage: -43.8 },
  { figure: "4", kpi: "Most Serious Violent Crime SDR", unit: "percent", previous: 64.6, current: 66.7, actual: 2.1, percentage: 2.1 },
  { figure: "4", kpi: "Serious Sexual Offences", unit: "count", previous: 214, current: 228, actual: 14, percentage: 6.5 },
  { figure: "4", kpi: "Serious Sexual Offences SDR", unit: "percent", previous: 26.2, current: 20.6, actual: -5.6, percentage: -5.6 },
  { figure: "4", kpi: "Alcohol Related Violent Crime", unit: "count", previous: 972, current: 1060, actual: 88, percentage: 9.1 },
  { figure: "4", kpi: "Domestic Abuse Incidents", unit: "count", previous: 4309, current: 4437, actual: 128, percentage: 3.0 },
  { figure: "4", kpi: "Racially and Religiously Aggravated Crime", unit: "count", previous: 83, current: 60, actual: -23, percentage: -27.7 },
  { figure: "4", kpi: "Number of people killed or seriously injured", unit: "count", previous: 200, current: 184, actual: -16, percentage: -8.0 },
  { figure: "11", kpi: "Police dealing with community priorities", unit: "percent", previous: 68.5, current: 69.6, actual: 1.1, percentage: 1.1 },
  { figure: "11", kpi: "People who feel safe in Dorset", unit: "percent", previous: 96, current: 96, actual: 0, percentage: 0 },
  { figure: "11", kpi: "Victim satisfaction with progress updates", unit: "percent", previous: 68.8, current: 70.0, actual: 1.2, percentage: 1.2 },
  { figure: "11", kpi: "Victims satisfied with the overall service", unit: "percent", previous: 81.3, current: 84.0, actual: 2.7, percentage: 2.7 },
  { figure: "11", kpi: "999 calls answered in 10 seconds", unit: "percent", previous: 95.5, current: 94.2, actual: -1.3, percentage: -1.3 },
  { figure: "11", kpi: "999 calls abandoned", unit: "percent", previous: 0.1, current: 0.3, actual: 0.2, percentage: 0.2 },
  { figure: "11", kpi: "Non-emergency calls answered in 30 seconds", unit: "percent", previous: 65.9, current: 62.6, actual: -3.3, percentage: -3.3 },
  { figure: "11", kpi: "Non-emergency calls abandoned", unit: "percent", previous: 5.3, current: 8.4, actual: 3.1, percentage: 3.1 },
];

describe("computeChange", () => {
  describe("reproduces seed 000's published change columns", () => {
    it.each(SEED_000)("Figure $figure: $kpi $previous -> $current", (row) => {
      const change = computeChange(row.current, row.previous, row.unit);
      expect(change.actual).toBe(row.actual);
      if (row.unit === "percent") {
        expect(change.points).toBe(row.percentage);
        expect(change.percent).toBeNull();
      } else {
        expect(published(change.percent)).toBe(row.percentage);
        expect(change.points).toBeNull();
      }
    });
  });

  it("gives Total Crime 21,012 -> 19,581 as -1,431 and -6.8%", () => {
    const change = computeChange(19581, 21012, "count");
    expect(change).toEqual({ actual: -1431, percent: expect.closeTo(-6.8104, 4), points: null });
  });

  it("gives a rate's change in percentage points", () => {
    expect(computeChange(25.2, 21.1, "percent")).toEqual({ actual: 4.1, percent: null, points: 4.1 });
  });

  it("gives a percentage for money, durations, scores and rates", () => {
    expect(computeChange(110, 100, "currency").percent).toBe(10);
    expect(computeChange(12, 15, "duration").percent).toBe(-20);
    expect(computeChange(3, 2, "score").percent).toBe(50);
    expect(computeChange(1.5, 2, "rate").percent).toBe(-25);
  });

  describe("edge cases", () => {
    it("returns n/a (null) for the percentage when the previous value is zero", () => {
      expect(computeChange(5, 0, "count")).toEqual({ actual: 5, percent: null, points: null });
    });

    it("measures the percentage against the size of a negative previous value", () => {
      // A balance going from -200 to -100 has risen by half its size.
      expect(computeChange(-100, -200, "currency").percent).toBe(50);
    });

    it("reads floating-point noise as no change", () => {
      expect(computeChange(0.1 + 0.2, 0.3, "count")).toEqual({ actual: 0, percent: 0, points: null });
    });

    it("returns all null when either figure is missing", () => {
      const none = { actual: null, percent: null, points: null };
      expect(computeChange(null, 21012, "count")).toEqual(none);
      expect(computeChange(19581, null, "count")).toEqual(none);
      expect(computeChange(NaN, 1, "percent")).toEqual(none);
    });
  });
});
