import { parseTimeUnit } from "./parseTimeUnit";

describe("parseTimeUnit", () => {
  it.each([
    ["days", "days"],
    ["Days", "days"],
    ["mins", "minutes"],
    ["minutes", "minutes"],
    ["secs", "seconds"],
    ["hrs", "hours"],
    ["weeks", "weeks"],
    ["Duration (days)", "days"],
    ["time (secs)", "seconds"],
  ])("reads %j as %s", (text, unit) => {
    expect(parseTimeUnit(text)).toBe(unit);
  });

  it.each(["duration", "count", "", "%", "day rate"])("reads %j as no time unit", (text) => {
    expect(parseTimeUnit(text)).toBeNull();
  });
});
