import type { Trajectory } from "../model/kpi";
import { monthIndex, month, quarter } from "../model/period";
import { computeTrajectory } from "./computeTrajectory";

/** Dorset Road Safe: 4% a year off the 2005-09 average of 409.16 KSIs, by calendar year (seed 000, 1.2.12). */
const ksi: Trajectory = { baselineValue: 409.16, baselineYear: 2009, yearBasis: "calendar", annualChangePercent: -4 };

/** 242 KSIs from January to September 2013 (seed 000, 1.2.13), spread over the months. */
function ksi2013(): Map<number, number> {
  const byMonth = [25, 24, 27, 26, 28, 30, 29, 27, 26];
  return new Map(byMonth.map((v, i) => [monthIndex(month(2013, i + 1)), v]));
}

describe("computeTrajectory", () => {
  it("reproduces seed 000's 2013 KSI check: target 347.5, 242 so far projects 322.7, on track", () => {
    const result = computeTrajectory(ksi, quarter(2013, 2), ksi2013(), 4, "lower-is-better");
    expect(result).not.toBeNull();
    expect(result?.yearLabel).toBe("2013");
    expect(result?.targetForYear).toBeCloseTo(347.52, 2);
    expect(Math.round(result?.targetForYear ?? 0)).toBe(348);
    expect(result?.actualToDate).toBe(242);
    expect(result?.projectedYearEnd).toBeCloseTo(322.67, 2);
    expect(result?.onTrack).toBe(true);
  });

  it("gives last year: its target of 362, its total of 393, and 290 to September, 48 more than 2013 (seed 000, 1.2.13)", () => {
    const months = ksi2013();
    const byMonth2012 = [31, 30, 33, 32, 34, 33, 32, 33, 32, 35, 34, 34];
    byMonth2012.forEach((v, i) => months.set(monthIndex(month(2012, i + 1)), v));
    const result = computeTrajectory(ksi, quarter(2013, 2), months, 4, "lower-is-better");
    expect(result?.lastYear.yearLabel).toBe("2012");
    expect(Math.round(result?.lastYear.target ?? 0)).toBe(362);
    expect(result?.lastYear.actual).toBe(393);
    expect(result?.lastYear.actualToDate).toBe(290);
    expect((result?.lastYear.actualToDate ?? 0) - (result?.actualToDate ?? 0)).toBe(48);
  });

  it("has no last-year totals when a month of last year is missing", () => {
    const months = ksi2013();
    for (let m = 1; m <= 8; m++) months.set(monthIndex(month(2012, m)), 30);
    const result = computeTrajectory(ksi, quarter(2013, 2), months, 4, "lower-is-better");
    expect(result?.lastYear.actualToDate).toBeNull();
    expect(result?.lastYear.actual).toBeNull();
  });

  it("gives the 2012 target as 362 for a quarter ending in 2012", () => {
    const months2012 = new Map([[monthIndex(month(2012, 12 /* Dec */)), 30]]);
    const result = computeTrajectory(ksi, quarter(2012, 3), months2012, 4, "lower-is-better");
    expect(result?.yearLabel).toBe("2012");
    expect(Math.round(result?.targetForYear ?? 0)).toBe(362);
  });

  it("counts only the year to the quarter end", () => {
    // Q1 2013-14 ends in June: January to June only.
    const result = computeTrajectory(ksi, quarter(2013, 1), ksi2013(), 4, "lower-is-better");
    expect(result?.actualToDate).toBe(25 + 24 + 27 + 26 + 28 + 30);
    expect(result?.projectedYearEnd).toBe(320);
  });

  it("is off track when the run rate would overshoot a reduction target", () => {
    const heavy = new Map(Array.from({ length: 9 }, (_, i) => [monthIndex(month(2013, i + 1)), 33] as const));
    expect(computeTrajectory(ksi, quarter(2013, 2), heavy, 4, "lower-is-better")?.onTrack).toBe(false);
  });

  it("uses the fiscal year holding the quarter end on a fiscal basis", () => {
    const fiscal: Trajectory = { ...ksi, yearBasis: "fiscal" };
    const apr2013On = new Map(Array.from({ length: 6 }, (_, i) => [monthIndex(month(2013, 4 + i)), 30] as const));
    const result = computeTrajectory(fiscal, quarter(2013, 2), apr2013On, 4, "lower-is-better");
    expect(result?.yearLabel).toBe("2013/14");
    expect(result?.actualToDate).toBe(180);
    expect(result?.targetForYear).toBeCloseTo(347.52, 2);
    expect(result?.projectedYearEnd).toBe(360);
    expect(result?.onTrack).toBe(false);
  });

  it("is on track at or above a rising target when higher is better", () => {
    const growth: Trajectory = { baselineValue: 100, baselineYear: 2012, yearBasis: "calendar", annualChangePercent: 10 };
    const months = new Map([[monthIndex(month(2013, 1 /* Jan */)), 10]]);
    const result = computeTrajectory(growth, quarter(2012, 4), months, 4, "higher-is-better");
    expect(result?.targetForYear).toBe(110);
    expect(result?.projectedYearEnd).toBe(120);
    expect(result?.onTrack).toBe(true);
  });

  describe("edge cases", () => {
    it("returns null with no monthly value in the year", () => {
      expect(computeTrajectory(ksi, quarter(2013, 2), new Map(), 4, "lower-is-better")).toBeNull();
    });

    it("projects from the months that have data, so a late month does not drag it down", () => {
      const missingSeptember = ksi2013();
      missingSeptember.delete(monthIndex(month(2013, 9 /* Sep */)));
      const result = computeTrajectory(ksi, quarter(2013, 2), missingSeptember, 4, "lower-is-better");
      expect(result?.actualToDate).toBe(216);
      expect(result?.projectedYearEnd).toBe(324);
    });

    it("follows the trajectory's direction for a neutral KPI", () => {
      expect(computeTrajectory(ksi, quarter(2013, 2), ksi2013(), 4, "neutral")?.onTrack).toBe(true);
    });
  });
});
