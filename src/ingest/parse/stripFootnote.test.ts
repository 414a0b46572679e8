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
});
