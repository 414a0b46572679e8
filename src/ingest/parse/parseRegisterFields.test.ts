import { parseAggregation } from "./parseAggregation";
import { parseComparisonBasis } from "./parseComparisonBasis";
import { parseFiscalStart } from "./parseFiscalStart";
import { parsePolarity } from "./parsePolarity";
import { parseRag } from "./parseRag";
import { parseReportWindow } from "./parseReportWindow";
import { parseTolerance } from "./parseTolerance";
import { parseUnit } from "./parseUnit";

describe("parseUnit", () => {
  it.each([
    ["count", "count"],
    ["Count", "count"],
    ["percent", "percent"],
    ["%", "percent"],
    ["Percentage", "percent"],
    ["currency", "currency"],
    ["£", "currency"],
    ["money", "currency"],
    ["rate", "rate"],
    ["duration", "duration"],
    ["minutes", "duration"],
    ["score", "score"],
    ["grade", "grade"],
  ])("reads %j as %s", (text, unit) => {
    expect(parseUnit(text)).toBe(unit);
  });

  it.each(["", "  ", "widgets", "per cent age"])("gives null for %j", (text) => {
    expect(parseUnit(text)).toBeNull();
  });
});

describe("parsePolarity", () => {
  it.each([
    ["higher is better", "higher-is-better"],
    ["Higher-is-better", "higher-is-better"],
    ["higher", "higher-is-better"],
    ["up", "higher-is-better"],
    ["↑", "higher-is-better"],
    ["lower is better", "lower-is-better"],
    ["lower", "lower-is-better"],
    ["DOWN", "lower-is-better"],
    ["↓", "lower-is-better"],
    ["neutral", "neutral"],
  ])("reads %j as %s", (text, polarity) => {
    expect(parsePolarity(text)).toBe(polarity);
  });

  it.each(["", "better", "sideways"])("gives null for %j", (text) => {
    expect(parsePolarity(text)).toBeNull();
  });
});

describe("parseAggregation", () => {
  it.each([
    ["sum", "sum"],
    ["Total", "sum"],
    ["average", "average"],
    ["mean", "average"],
    ["last", "last"],
    ["latest", "last"],
  ])("reads %j as %s", (text, aggregation) => {
    expect(parseAggregation(text)).toBe(aggregation);
  });

  it.each(["", "median"])("gives null for %j", (text) => {
    expect(parseAggregation(text)).toBeNull();
  });
});

describe("parseReportWindow", () => {
  it.each([
    ["year to date", "ytd"],
    ["Year-to-date", "ytd"],
    ["YTD", "ytd"],
    ["quarter", "quarter"],
    ["latest", "latest"],
  ])("reads %j as %s", (text, window) => {
    expect(parseReportWindow(text)).toBe(window);
  });

  it.each(["", "monthly"])("gives null for %j", (text) => {
    expect(parseReportWindow(text)).toBeNull();
  });
});

describe("parseComparisonBasis", () => {
  it.each([
    ["same period last year", "same-period-last-year"],
    ["last year", "same-period-last-year"],
    ["previous period", "previous-period"],
    ["Previous", "previous-period"],
  ])("reads %j as %s", (text, basis) => {
    expect(parseComparisonBasis(text)).toBe(basis);
  });

  it.each(["", "target"])("gives null for %j", (text) => {
    expect(parseComparisonBasis(text)).toBeNull();
  });
});

describe("parseRag", () => {
  it.each([
    ["Green", "green"],
    ["green", "green"],
    ["G", "green"],
    ["Amber", "amber"],
    ["A", "amber"],
    ["Yellow", "amber"],
    ["y", "amber"],
    ["Red", "red"],
    ["R", "red"],
  ])("reads %j as %s", (text, rag) => {
    expect(parseRag(text)).toBe(rag);
  });

  it("reads the workbook's own labels", () => {
    const labels = { green: "On track", amber: "At risk", red: "Off track" };
    expect(parseRag("on track", labels)).toBe("green");
    expect(parseRag("At risk", labels)).toBe("amber");
    expect(parseRag("Off track", labels)).toBe("red");
    expect(parseRag("Amber", labels)).toBe("amber");
  });

  it.each(["", "Blue", "Green/Amber"])("gives null for %j", (text) => {
    expect(parseRag(text)).toBeNull();
  });
});

describe("parseTolerance", () => {
  it("reads 2% and 2 alike", () => {
    expect(parseTolerance("2%")).toBe(2);
    expect(parseTolerance("2")).toBe(2);
    expect(parseTolerance(2)).toBe(2);
  });

  it("reads a percentage-formatted cell", () => {
    expect(parseTolerance(0.025, "0.0%")).toBe(2.5);
  });

  it("reads zero", () => {
    expect(parseTolerance("0%")).toBe(0);
  });

  it.each([null, "", "-2%", "abc", "£2"])("gives null for %j", (cell) => {
    expect(parseTolerance(cell)).toBeNull();
  });
});

describe("parseFiscalStart", () => {
  it.each([
    ["April", 4],
    ["Apr", 4],
    ["apr.", 4],
    ["4", 4],
    [4, 4],
    ["January", 1],
    [12, 12],
  ] as const)("reads %j as %d", (cell, month) => {
    expect(parseFiscalStart(cell)).toBe(month);
  });

  it.each([null, "", "0", 13, "Spring", 4.5])("gives null for %j", (cell) => {
    expect(parseFiscalStart(cell)).toBeNull();
  });
});
