/**
 * Small builders for calc's tests: a KPI with sensible defaults and monthly measurements. Test support only;
 * not exported from `src/calc/index.ts`.
 */
import { testKpi } from "../model/testing/testKpi";
import { DEFAULT_SETTINGS } from "../model/kpi";
import type { KpiModel, Measurement } from "../model/kpi";
import { monthFromIndex } from "../model/period";
import type { Period } from "../model/period";

export { testKpi };

export function measurement(kpiId: string, period: Period, value: number | null, segment: string | null = null): Measurement {
  return { kpiId, period, value, segment, source: { sheet: "Measurements", cell: "C2" } };
}

/** Consecutive monthly measurements starting at (year, month). */
export function monthly(
  kpiId: string,
  year: number,
  fromMonth: number,
  values: readonly (number | null)[],
  segment: string | null = null,
): Measurement[] {
  const first = year * 12 + fromMonth - 1;
  return values.map((v, i) => measurement(kpiId, monthFromIndex(first + i), v, segment));
}

/** A total spread over `months` whole-number months (the remainder on the first), for exact window sums. */
export function spread(total: number, months: number): number[] {
  const each = Math.floor(total / months);
  return Array.from({ length: months }, (_, i) => (i === 0 ? total - each * (months - 1) : each));
}

export function testModel(overrides: Partial<KpiModel>): KpiModel {
  return {
    settings: DEFAULT_SETTINGS,
    kpis: [],
    measurements: [],
    notes: [],
    themes: [],
    finance: [],
    issues: [],
    ...overrides,
  };
}
