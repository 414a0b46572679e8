import type { Month, Quarter, QuarterNumber } from "../model/period";
import { quarter } from "../model/period";

/**
 * The fiscal quarter a month falls in, for a year starting in `fiscalStartMonth` (1-12). Kept here rather than
 * taken from calc so ingest depends on the model alone.
 * @example fiscalQuarterOf(month(2013, 9), 4) // quarter(2013, 2): September is in Q2 of 2013-14
 */
export function fiscalQuarterOf(m: Month, fiscalStartMonth: number): Quarter {
  const offset = (m.month - fiscalStartMonth + 12) % 12;
  const fiscalYear = m.month >= fiscalStartMonth ? m.year : m.year - 1;
  return quarter(fiscalYear, (Math.floor(offset / 3) + 1) as QuarterNumber);
}
