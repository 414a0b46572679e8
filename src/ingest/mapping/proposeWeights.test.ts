import { testKpi } from "../../model/testing/testKpi";
import type { Kpi, Measurement } from "../../model/kpi";
import { fiscalYear, month } from "../../model/period";
import { proposeWeights } from "./proposeWeights";

const mean = (id: string, name: string, more: Partial<Kpi> = {}) => testKpi({ id, name, unit: "duration", aggregation: "average", statistic: "mean", priority: "Ambulance", ...more });
const count = (id: string, name: string, more: Partial<Kpi> = {}) => testKpi({ id, name, unit: "count", aggregation: "sum", priority: "Ambulance", ...more });
const pairs = (kpis: Kpi[], measurements: Measurement[] = []) => proposeWeights(kpis, measurements).map((p) => [p.kpi.name, p.count.name]);
const figure = (kpiId: string, period: Measurement["period"]): Measurement => ({ kpiId, period, value: 7.5, segment: null, source: { sheet: "T", cell: "B2" } });

describe("proposeWeights", () => {
  it("proposes the count for the same subject beside a mean (ambulance response times)", () => {
    expect(
      pairs([count("c1", "Category 1 incidents"), mean("c1m", "Category 1 mean response time"), count("c2", "Category 2 incidents"), mean("c2m", "Category 2 mean response time")]),
    ).toEqual([
      ["Category 1 mean response time", "Category 1 incidents"],
      ["Category 2 mean response time", "Category 2 incidents"],
    ]);
  });

  it("reads past Number of, and the subject's own words (Hansard: housing benefit claims and processing times)", () => {
    expect(pairs([count("a", "Number of Local authority new claims"), mean("b", "Local authority average processing times (days)")])).toEqual([
      ["Local authority average processing times (days)", "Number of Local authority new claims"],
    ]);
  });

  it("proposes nothing it cannot be sure of: no mean word, a percentage, two counts alike, another section, a mean already weighted", () => {
    expect(pairs([count("c1", "Category 1 incidents"), mean("x", "Category 1 response time")])).toEqual([]);
    expect(pairs([count("n", "Number of patients admitted"), testKpi({ id: "p", name: "Percentage of patients admitted on average", unit: "percent", aggregation: "average", statistic: "mean" })])).toEqual([]);
    expect(pairs([count("c1", "Category 1 incidents"), count("c1b", "Category 1 calls"), mean("c1m", "Category 1 mean response time")])).toEqual([]);
    expect(pairs([count("c1", "Category 1 incidents", { priority: "Other" }), mean("c1m", "Category 1 mean response time")])).toEqual([]);
    expect(pairs([count("c1", "Category 1 incidents"), mean("c1m", "Category 1 mean response time", { weightedBy: "c1" })])).toEqual([]);
  });

  it("proposes a table's mean only where its figures are averaged: monthly figures (the charts' rolling average), not years compared as given", () => {
    const table = [count("c1", "Category 1 incidents", { aggregation: "last" }), mean("c1m", "Category 1 mean response time", { aggregation: "last" })];
    expect(pairs(table, [figure("c1m", month(2023, 4)), figure("c1m", month(2023, 5))])).toEqual([["Category 1 mean response time", "Category 1 incidents"]]);
    expect(pairs(table, [figure("c1m", fiscalYear(2022)), figure("c1m", fiscalYear(2023))])).toEqual([]);
  });
});
