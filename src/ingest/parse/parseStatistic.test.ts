import { parseStatistic } from "./parseStatistic";

describe("parseStatistic", () => {
  it.each([
    ["Category 1 mean response time", "mean"],
    ["Average number of days taken to re-let a property", "mean"],
    ["Local authority average processing times (days)", "mean"],
    ["Category 1 90th centile response time", "percentile"],
    ["Median referral to treatment wait", "percentile"],
    ["Total Crime", null],
    ["Percentage of calls answered", null],
  ])("reads %j as %j", (name, statistic) => {
    expect(parseStatistic(name)).toBe(statistic);
  });

  it("takes a percentile from the table's caption when the name does not say (`Median waits` over `Admitted`)", () => {
    expect(parseStatistic("Admitted", "Median waits (weeks)")).toBe("percentile");
  });

  it("reads a median of averages as a percentile: it is never averaged", () => {
    expect(parseStatistic("Median of average waits")).toBe("percentile");
  });
});
