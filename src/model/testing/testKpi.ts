import type { Kpi } from "../kpi";

/**
 * A KPI for tests: a count, lower is better, year to date against the same period last year, no target; every
 * field can be overridden. Shared by the tests of ingest, calc and layout so a new KPI field is added once.
 * @example testKpi({ id: "P1-02", unit: "percent", polarity: "higher-is-better" })
 */
export function testKpi(overrides: Partial<Kpi> & Pick<Kpi, "id">): Kpi {
  return {
    priority: "1. Reduce the number of victims of crime and ASB",
    name: overrides.id,
    parentId: null,
    unit: "count",
    polarity: "lower-is-better",
    aggregation: "sum",
    comparison: { window: "ytd", against: "same-period-last-year" },
    target: { kind: "none" },
    targetText: "",
    tolerance: null,
    baseline: null,
    trajectory: null,
    owner: null,
    decimals: null,
    source: { sheet: "KPIs", cell: "A2" },
    ...overrides,
  };
}
