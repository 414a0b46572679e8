import { month } from "../../model/period";
import { parseSpcBaseline, parseSpcRecalculations, SPC_BASELINE_FORMS } from "./parseSpcLimits";

const APRIL = 4;

describe("parseSpcBaseline", () => {
  it.each(SPC_BASELINE_FORMS.map((f) => [f.example, f.means] as const))("reads %j as %s", (example) => {
    expect(parseSpcBaseline(example, APRIL)).not.toBe("unreadable");
    expect(parseSpcBaseline(example, APRIL)).not.toBeNull();
  });

  it("reads a number of points", () => {
    expect(parseSpcBaseline("12", APRIL)).toEqual({ kind: "first-points", count: 12 });
    expect(parseSpcBaseline("first 20 points", APRIL)).toEqual({ kind: "first-points", count: 20 });
    expect(parseSpcBaseline(15, APRIL)).toEqual({ kind: "first-points", count: 15 });
  });

  it("reads a range of months, a fiscal year and a range of quarters", () => {
    const year = { kind: "period", from: month(2011, 4), to: month(2012, 3) };
    expect(parseSpcBaseline("Apr-11 to Mar-12", APRIL)).toEqual(year);
    expect(parseSpcBaseline("2011-04 - 2012-03", APRIL)).toEqual(year);
    expect(parseSpcBaseline("2011/12", APRIL)).toEqual(year);
    expect(parseSpcBaseline("Q1 2011-12 to Q4 2011-12", APRIL)).toEqual(year);
  });

  it("gives null for a blank", () => {
    expect(parseSpcBaseline("", APRIL)).toBeNull();
    expect(parseSpcBaseline(null, APRIL)).toBeNull();
  });

  it.each(["11", "first 6 points", "11 months", "Mar-12 to Apr-11", "sometimes", "Apr-11 to", "Apr-11 to May-11 to Jun-11"])(
    "does not read %j",
    (text) => {
      expect(parseSpcBaseline(text, APRIL)).toBe("unreadable");
    },
  );
});

describe("parseSpcRecalculations", () => {
  it("reads one month or several, in order, without repeats", () => {
    expect(parseSpcRecalculations("Apr-13", undefined, APRIL)).toEqual([month(2013, 4)]);
    expect(parseSpcRecalculations("Oct-13; Apr-13, Apr-13 and 2014-01", undefined, APRIL)).toEqual([month(2013, 4), month(2013, 10), month(2014, 1)]);
  });

  it("reads a date cell", () => {
    expect(parseSpcRecalculations(41365, "mmm-yy", APRIL)).toEqual([month(2013, 4)]);
  });

  it("gives no months for a blank", () => {
    expect(parseSpcRecalculations("", undefined, APRIL)).toEqual([]);
  });

  it.each(["Q2 2013-14", "2013/14", "soon", "Apr-13; later"])("does not read %j (a month is needed)", (text) => {
    expect(parseSpcRecalculations(text, undefined, APRIL)).toBe("unreadable");
  });
});
