import { month, monthSpan, quarter } from "../../model/period";
import { classifyHeader } from "./classifyHeader";

const h = (text: string) => ({ text });
const role = (top: string, sub?: string) => classifyHeader(h(top), sub === undefined ? null : h(sub), 4)?.role;

describe("classifyHeader", () => {
  it("reads seed 000's headers", () => {
    expect(["Priority", "Key Performance Indicators", "2013/14 Target", "Previous Performance", "Current Performance"].map((t) => role(t))).toEqual([
      "priority",
      "name",
      "target",
      "previous",
      "current",
    ]);
    expect(role("Change", "Actual")).toBe("change");
    expect(role("Change", "Percentage")).toBe("change");
  });

  it("reads Apr - Sep over a fiscal year as the year to date, April to September of that year", () => {
    const clue = classifyHeader(h("Apr - Sep"), h("2012/13"), 4);
    const ytd = monthSpan(month(2012, 4), month(2012, 9), "year-to-date", "Apr - Sep 2012/13");
    expect(clue).toMatchObject({ role: "period", period: { kind: "explicit", period: ytd } });
    expect(classifyHeader(h("Apr - Sep 2012/13"), null, 4)).toMatchObject({ role: "period", period: { kind: "explicit", period: ytd } });
  });

  it("reads spans of months, labelled as the header writes them", () => {
    const clue = classifyHeader(h("Jan 12 - Mar 12"), null, 4);
    expect(clue).toMatchObject({ role: "period", period: { kind: "explicit", period: monthSpan(month(2012, 1), month(2012, 3), "range", "Jan 12 - Mar 12") } });
  });

  it("labels a period followed by words of the table's own as the header writes it, not words before it", () => {
    // Devon and Cornwall PCC's indicator grades: `September 2019 Panel`, `June 2019 Panel`.
    expect(classifyHeader(h("September 2019 Panel"), null, 4)).toMatchObject({ role: "period", period: { period: { ...month(2019, 9), label: "September 2019 Panel" } } });
    expect(classifyHeader(h("Establishment at 30 Sep 13"), null, 4)).toMatchObject({ period: { period: { ...month(2013, 9), label: "30 Sep 13" } } });
    expect(classifyHeader(h("Q2 2013-14 actual"), null, 4)?.period).toEqual({ kind: "explicit", period: quarter(2013, 2) });
    expect(classifyHeader(h("Q2 2013-14 %"), null, 4)?.period).toEqual({ kind: "explicit", period: quarter(2013, 2) });
  });

  it("reads a header comparing two periods as a change column", () => {
    expect(classifyHeader(h("12m to Apr-15 -v- 12m to Apr-14"), null, 4)).toMatchObject({ role: "change", period: { kind: "comparison" } });
  });

  it("reads a KPI named over its periods (seed 000's re-offending rates) as a label of the period columns", () => {
    expect(classifyHeader(h("Actual rate of re-offending"), h("2011/12"), 4)).toMatchObject({ role: "period", measureLabel: "Actual rate of re-offending" });
  });

  it("reads seed 002's headers: measures, indicators, RAG per quarter, detail, themes", () => {
    expect(["Measures of Success", "Additional Key Indicators", "Target", "Current", "Detail"].map((t) => role(t))).toEqual(["name", "name", "target", "current", "commentary"]);
    expect(classifyHeader(h("RAG Q2"), null, 4)).toMatchObject({ role: "rag", period: { kind: "quarter-only", quarter: 2 } });
    expect(classifyHeader(h("Theme"), null, 4)).toMatchObject({ role: "name", themeWord: true });
    expect(classifyHeader(h("Q3"), null, 4)).toMatchObject({ role: "period", confidence: 0.7 });
  });

  it("reads a period over the figure it heads", () => {
    expect(classifyHeader(h("Q2 2013-14"), h("Actual"), 4)).toMatchObject({ role: "period", period: { kind: "explicit", period: quarter(2013, 2) } });
    expect(classifyHeader(h("Q2 2013-14"), h("RAG"), 4)).toMatchObject({ role: "rag", period: { kind: "explicit", period: quarter(2013, 2) } });
  });

  it("reads long data's columns, marking value words", () => {
    expect(classifyHeader(h("Month"), null, 4)?.role).toBe("period-label");
    expect(classifyHeader(h("Value"), null, 4)).toMatchObject({ role: "current", valueWord: true });
    expect(classifyHeader(h("Area"), null, 4)?.role).toBe("segment");
  });

  it("reads seed 000's budget headers by the group over them", () => {
    const finance = (top: string, sub: string) => classifyHeader(h(top), h(sub), 4)?.finance;
    expect(finance("Year to Date Figures", "Budget £000's")).toBe("budget-ytd");
    expect(finance("Year to Date Figures", "Actuals £000's")).toBe("actual-ytd");
    expect(finance("Year to Date Figures", "Variance £000's")).toBe("variance-ytd");
    expect(finance("Projected Year End Figures", "Budget £000's")).toBe("budget-full-year");
    expect(finance("Projected Year End Figures", "Projection £000's")).toBe("projection-full-year");
    expect(finance("Projected Year End Figures", "Variance £000's")).toBe("variance-full-year");
  });

  describe("edge cases", () => {
    it("proposes to ignore a header it does not know, with low confidence and a reason", () => {
      expect(classifyHeader(h("In the Spotlight"), null, 4)).toMatchObject({ role: "ignore", confidence: 0.3, reason: 'the header "In the Spotlight" is not one the scorecard knows' });
    });

    it("gives null for a column with no header at all", () => {
      expect(classifyHeader(h(""), null, 4)).toBeNull();
    });
  });
});
