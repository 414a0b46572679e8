import type { Quarter } from "../model/period";
import { twoDigitYear } from "./formatFiscalYearLabel";
import { normaliseStartMonth } from "./quarterIndex";

/**
 * A quarter as scorecards name it (and as output sheet names use it): `Q2 2013-14`; `Q2 2013` when the fiscal year
 * starts in January.
 * @example formatQuarterLabel(quarter(2013, 2), 4) === "Q2 2013-14"
 */
export function formatQuarterLabel(q: Quarter, startMonth: number): string {
  if (normaliseStartMonth(startMonth) === 1) return `Q${q.quarter} ${q.fiscalYear}`;
  return `Q${q.quarter} ${q.fiscalYear}-${twoDigitYear(q.fiscalYear + 1)}`;
}
