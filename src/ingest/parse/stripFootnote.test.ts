import { stripFootnote } from "./stripFootnote";

describe("stripFootnote", () => {
  it.each([
    ["25.5% \u00b9", "25.5%", "\u00b9"],
    ["Positive Outcome Rate\u00b9", "Positive Outcome Rate", "\u00b9"],
    ["Number of Repeat Callers ^o", "Number of Repeat Callers", "^o"],
    ["MSG\u00b2", "MSG", "\u00b2"],
    ["Total Crime *", "Total Crime", "*"],
    ["Total Crime**", "Total Crime", "**"],
    ["Total \u2020", "Total", "\u2020"],
    ["Rate \u00b9\u2070", "Rate", "\u00b9\u2070"],
  ])("splits %j into %j and %j", (text, rest, mark) => {
    expect(stripFootnote(text)).toEqual({ text: rest, mark });
  });

  it.each(["Total Crime", "25.5%", "*", "^o", "", "2 * 3"])("leaves %j alone", (text) => {
    expect(stripFootnote(text)).toEqual({ text, mark: null });
  });

  describe("labels pasted from a table whose superscripts became plain digits", () => {
    it.each([
      ["Lancashire6", "Lancashire", "6"],
      ["ENGLAND AND WALES4,5,6,7", "ENGLAND AND WALES", "4,5,6,7"],
      ["Metropolitan Police12", "Metropolitan Police", "12"],
      ["Dyfed-Powys3", "Dyfed-Powys", "3"],
      ["Wales\u00b9", "Wales", "\u00b9"],
      ["London, City of(6)", "London, City of", "(6)"],
      ["31 March 2002( 3)", "31 March 2002", "( 3)"],
    ])("splits %j into %j and %j", (text, rest, mark) => {
      expect(stripFootnote(text, { label: true })).toEqual({ text: rest, mark });
    });

    it.each(["Category 1", "KS2", "M5", "Covid19", "Year 2019", "Priority 3", "Key Stage 4", "Lancashire123", "Area51x"])("leaves %j alone", (text) => {
      expect(stripFootnote(text, { label: true })).toEqual({ text, mark: null });
    });

    it("leaves figures alone unless told they are labels", () => {
      expect(stripFootnote("Lancashire6")).toEqual({ text: "Lancashire6", mark: null });
    });
  });
});
