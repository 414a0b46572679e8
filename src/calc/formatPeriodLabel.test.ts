import { fiscalYear, month, monthSpan, quarter } from "../model/period";
import { formatPeriodLabel } from "./formatPeriodLabel";

describe("formatPeriodLabel", () => {
  it("labels months, quarters and years as scorecards do", () => {
    expect(formatPeriodLabel(month(2013, 4 /* Apr */), 4)).toBe("Apr-13");
    expect(formatPeriodLabel(quarter(2013, 2), 4)).toBe("Q2 2013-14");
    expect(formatPeriodLabel(fiscalYear(2013), 4)).toBe("2013/14");
  });

  it("labels a calendar-year fiscal year by its year alone", () => {
    expect(formatPeriodLabel(quarter(2013, 2), 1)).toBe("Q2 2013");
    expect(formatPeriodLabel(fiscalYear(2013), 1)).toBe("2013");
  });

  it("labels a span as its table does", () => {
    const span = monthSpan(month(2012, 1 /* Jan */), month(2012, 3 /* Mar */), "range", "Jan 12 - Mar 12");
    expect(formatPeriodLabel(span, 4)).toBe("Jan 12 - Mar 12");
  });

  it("labels a month, quarter or year as its table does where it was written otherwise", () => {
    expect(formatPeriodLabel({ ...quarter(2024, 1), label: "Q1 2024/25" }, 4)).toBe("Q1 2024/25");
    expect(formatPeriodLabel({ ...month(2018, 4), label: "Apr 18" }, 4)).toBe("Apr 18");
  });

  it("crosses the century", () => {
    expect(formatPeriodLabel(quarter(1999, 4), 4)).toBe("Q4 1999-00");
  });
});
