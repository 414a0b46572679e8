import { capitalise, inPeriod, joinList, plural } from "./sentenceText";

describe("sentenceText", () => {
  it("puts a figure in a period, or at the day a table dates it", () => {
    expect(inPeriod("Apr - Sep 2013/14")).toBe(" in Apr - Sep 2013/14");
    expect(inPeriod("12 months to Apr-15")).toBe(" in 12 months to Apr-15");
    expect(inPeriod("Apr 18")).toBe(" in Apr 18");
    expect(inPeriod("31 March 2002")).toBe(" at 31 March 2002");
    expect(inPeriod("1 Apr 13")).toBe(" at 1 Apr 13");
    expect(inPeriod("2013-04-01")).toBe(" at 2013-04-01");
    expect(inPeriod("31/03/2002")).toBe(" at 31/03/2002");
    expect(inPeriod("  ")).toBe("");
  });

  it("writes lists, counts and capitals as UK prose does", () => {
    expect(joinList(["Purbeck", "Poole", "Weymouth"])).toBe("Purbeck, Poole and Weymouth");
    expect(joinList(["Poole"])).toBe("Poole");
    expect(plural(1, "KPI")).toBe("1 KPI");
    expect(plural(3, "KPI")).toBe("3 KPIs");
    expect(capitalise("in Q2, ASB")).toBe("In Q2, ASB");
  });
});
