import { splitPeriodMark } from "./splitPeriodMark";

describe("splitPeriodMark", () => {
  it.each([
    ["2011-12p", "2011-12", "p"],
    ["2009-10r", "2009-10", "r"],
    ["2002-032", "2002-03", "2"],
    ["2002-03 2", "2002-03", "2"],
    ["2007-081", "2007-08", "1"],
  ])("splits %j into %j and %j", (text, year, mark) => {
    expect(splitPeriodMark(text)).toEqual({ text: year, mark });
  });

  it.each(["2011-12", "2011/12", "Apr-13", "2013", "2011-12pp"])("leaves %j alone", (text) => {
    expect(splitPeriodMark(text)).toBeNull();
  });
});
