import { parseMarkedValue } from "./parseMarkedValue";

const number = (value: number, numberKind: "plain" | "percent" | "currency" = "plain") => ({ kind: "number", value, numberKind, footnote: null });

describe("parseMarkedValue", () => {
  it("reads seed 002's measures: a trend mark before the figure", () => {
    expect(parseMarkedValue("↓ -5%")).toEqual({ parsed: number(-5, "percent"), mark: "↓", second: null });
    expect(parseMarkedValue("-- 46%")).toEqual({ parsed: number(46, "percent"), mark: "--", second: null });
    expect(parseMarkedValue("↑ 1,431.79")).toEqual({ parsed: number(1431.79), mark: "↑", second: null });
    expect(parseMarkedValue("↑ £731k")).toEqual({ parsed: number(731_000, "currency"), mark: "↑", second: null });
    expect(parseMarkedValue("-- +0.8%")).toEqual({ parsed: number(0.8, "percent"), mark: "--", second: null });
  });

  it("reads seed 002's indicators: a percentage, then the change in number in brackets", () => {
    expect(parseMarkedValue("+1.0% (+8)")).toEqual({ parsed: number(1, "percent"), mark: null, second: "+8" });
    expect(parseMarkedValue("-3.1%(-24)")).toEqual({ parsed: number(-3.1, "percent"), mark: null, second: "-24" });
    expect(parseMarkedValue("-14.2% (-1,988)")).toEqual({ parsed: number(-14.2, "percent"), mark: null, second: "-1,988" });
    expect(parseMarkedValue("-93% (2)")).toEqual({ parsed: number(-93, "percent"), mark: null, second: "2" });
  });

  it("reads a trend mark alone as no figure, keeping the mark", () => {
    expect(parseMarkedValue("↑")).toEqual({ parsed: { kind: "no-data", text: "↑" }, mark: "↑", second: null });
  });

  it("reads everything parseValue reads as parseValue does", () => {
    expect(parseMarkedValue("(45)")).toEqual({ parsed: number(-45), mark: null, second: null });
    expect(parseMarkedValue(0.255, "0.0%")).toEqual({ parsed: number(25.5, "percent"), mark: null, second: null });
    expect(parseMarkedValue("TBC").parsed).toEqual({ kind: "no-data", text: "TBC" });
    expect(parseMarkedValue("ADQ.").parsed.kind).toBe("grade");
  });

  describe("edge cases", () => {
    it("keeps a dash before a number a minus sign, and a lone dash no data", () => {
      expect(parseMarkedValue("- 46%").parsed).toEqual(number(-46, "percent"));
      expect(parseMarkedValue("-")).toEqual({ parsed: { kind: "no-data", text: "-" }, mark: null, second: null });
    });

    it("leaves text that is still no figure unreadable, without a mark", () => {
      expect(parseMarkedValue("↑ SEE FINANCE SLIDES")).toEqual({ parsed: { kind: "unreadable", text: "↑ SEE FINANCE SLIDES" }, mark: null, second: null });
      expect(parseMarkedValue("12 (about)")).toEqual({ parsed: { kind: "unreadable", text: "12 (about)" }, mark: null, second: null });
    });

    it("does not split a bracketed figure after a plain number, which could be a negative", () => {
      expect(parseMarkedValue("1,431 (45)").parsed.kind).toBe("unreadable");
    });
  });
});
