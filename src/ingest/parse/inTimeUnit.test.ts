import { inTimeUnit } from "./inTimeUnit";

describe("inTimeUnit", () => {
  it.each([
    [48_960, "days", 34],
    [0.3, "seconds", 18],
    [90, "hours", 1.5],
    [181_440, "weeks", 18],
    [6.5, "minutes", 6.5],
    [6.5, undefined, 6.5],
  ] as const)("reads %d minutes as %d in %s", (minutes, unit, expected) => {
    expect(inTimeUnit(minutes, unit)).toBe(expected);
  });
});
