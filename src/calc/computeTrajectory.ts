import type { Polarity, Trajectory } from "../model/kpi";
import { monthIndex } from "../model/period";
import type { Period } from "../model/period";
import type { TrajectoryResult } from "../model/results";
import { cleanFloat } from "./cleanFloat";
import { formatFiscalYearLabel } from "./formatFiscalYearLabel";
import { getFiscalYear } from "./getFiscalYear";
import { getPeriodEndMonth } from "./getPeriodEndMonth";
import { fiscalYearStartMonthIndex } from "./quarterIndex";

/**
 * Progress against a target that moves by a fixed percentage a year from a baseline (seed 000's KSI target:
 * 4% a year off the 2005-09 average of 409.16).
 * - The year is the one holding the report period's last month: a calendar year, or a fiscal year, per `yearBasis`.
 * - Target for the year = baseline x (1 + annualChangePercent / 100) ^ (year - baselineYear).
 * - Actual to date = the sum of the monthly values from the start of that year to the report period's end (the trajectory
 *   is an annual total); projected year end = actual / months with data x 12, so a month not yet reported does
 *   not drag the projection down.
 * - On track when the projection is at or below the target where lower is better, at or above where higher is
 *   better; a neutral KPI follows the trajectory's own direction (a falling trajectory is a reduction target).
 * - Last year: its target, its whole-year total (`null` unless every month has a value) and the same months as this
 *   year's so far (`null` when any is missing), for seed 000's "the target figure in 2012 (362 actual), although
 *   this was not met, with a total of 393" and "48 fewer casualties than ... the same period in 2012".
 * `null` when there is no monthly value in the year to date.
 * @example computeTrajectory(ksi, quarter(2013, 2), ksiByMonth, 4, "lower-is-better")
 * // { targetForYear: 347.5, yearLabel: "2013", actualToDate: 242, projectedYearEnd: 322.7, onTrack: true,
 * //   lastYear: { yearLabel: "2012", target: 362, actual: 393, actualToDate: 290 } }
 */
export function computeTrajectory(
  trajectory: Trajectory,
  period: Period,
  monthlyValues: ReadonlyMap<number, number>,
  startMonth: number,
  polarity: Polarity,
): TrajectoryResult | null {
  const end = getPeriodEndMonth(period, startMonth);
  const calendar = trajectory.yearBasis === "calendar";
  const year = calendar ? end.year : getFiscalYear(end, startMonth);
  const yearStart = calendar ? year * 12 : fiscalYearStartMonthIndex(year, startMonth);
  const endIndex = monthIndex(end);

  let actualToDate = 0;
  let monthsWithData = 0;
  for (let i = yearStart; i <= endIndex; i++) {
    const v = monthlyValues.get(i);
    if (v === undefined || !Number.isFinite(v)) continue;
    actualToDate += v;
    monthsWithData++;
  }
  if (monthsWithData === 0) return null;

  const targetForYear = trajectoryTargetForYear(trajectory, year);
  const projectedYearEnd = cleanFloat((actualToDate / monthsWithData) * 12);
  const lowerIsBetter =
    polarity === "lower-is-better" || (polarity === "neutral" && trajectory.annualChangePercent <= 0);
  return {
    targetForYear,
    yearLabel: calendar ? String(year) : formatFiscalYearLabel(year, startMonth),
    actualToDate: cleanFloat(actualToDate),
    projectedYearEnd,
    onTrack: lowerIsBetter ? projectedYearEnd <= targetForYear : projectedYearEnd >= targetForYear,
    lastYear: {
      yearLabel: calendar ? String(year - 1) : formatFiscalYearLabel(year - 1, startMonth),
      target: trajectoryTargetForYear(trajectory, year - 1),
      ...lastYearTotals(monthlyValues, yearStart, endIndex),
    },
  };
}

/**
 * A trajectory's target for a year (calendar or fiscal, as the trajectory counts them): the baseline moved by the
 * annual change once for every year since the baseline year.
 * @example trajectoryTargetForYear({ baselineValue: 409.16, baselineYear: 2009, annualChangePercent: -4, yearBasis: "calendar" }, 2013) // 347.5
 */
export function trajectoryTargetForYear(trajectory: Trajectory, year: number): number {
  return cleanFloat(trajectory.baselineValue * Math.pow(1 + trajectory.annualChangePercent / 100, year - trajectory.baselineYear));
}

/**
 * The year before the one from `yearStart`: its whole total, and its total over the months that have a value this
 * year to `endIndex`; each `null` when a month it needs has no value.
 */
function lastYearTotals(values: ReadonlyMap<number, number>, yearStart: number, endIndex: number): { actual: number | null; actualToDate: number | null } {
  const at = (i: number): number | null => {
    const v = values.get(i);
    return v === undefined || !Number.isFinite(v) ? null : v;
  };
  let actual: number | null = 0;
  for (let i = yearStart - 12; i < yearStart && actual !== null; i++) {
    const v = at(i);
    actual = v === null ? null : actual + v;
  }
  let toDate: number | null = 0;
  for (let i = yearStart; i <= endIndex && toDate !== null; i++) {
    if (at(i) === null) continue;
    const before = at(i - 12);
    toDate = before === null ? null : toDate + before;
  }
  return { actual: actual === null ? null : cleanFloat(actual), actualToDate: toDate === null ? null : cleanFloat(toDate) };
}
