import { month, quarter } from "../../model/period";
import { periodLabel } from "./periodLabel";

describe("periodLabel", () => {
  it("labels months, quarters and years as scorecards do", () => {
    expect(periodLabel(month(2013, 4 /* Apr */), 4)).toBe("Apr-13");
    expect(periodLabel(quarter(2013, 2), 4)).toBe("Q2 2013-14");
    expect(periodLabel({ kind: "year", fiscalYear: 2013 }, 4)).toBe("2013/14");
  });

  it("labels a calendar-year fiscal year by its year alone", () => {
    expect(periodLabel(quarter(2013, 2), 1)).toBe("Q2 2013");
    expect(periodLabel({ kind: "year", fiscalYear: 2013 }, 1)).toBe("2013");
  });

  it("crosses the century", () => {
    expect(periodLabel(quarter(1999, 4), 4)).toBe("Q4 1999-00");
  });
});
