import { isPercentile } from "./isPercentile";

describe("isPercentile", () => {
  it.each(["Category 1 90th centile response time", "Median referral to treatment wait", "95th percentile", "C2 90th pct", "Upper quartile"])("reads %j as a percentile", (name) => {
    expect(isPercentile(name)).toBe(true);
  });

  it.each(["Category 1 mean response time", "Percentage of calls answered", "Total Crime", "90 days"])("reads %j as no percentile", (name) => {
    expect(isPercentile(name)).toBe(false);
  });
});
