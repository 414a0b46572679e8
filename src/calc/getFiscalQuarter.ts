import { monthIndex } from "../model/period";
import type { Month, Quarter } from "../model/period";
import { quarterFromIndex, quarterIndexOfMonth } from "./quarterIndex";

/**
 * The fiscal quarter a month falls in.
 * @example getFiscalQuarter(month(2013, 9), 4) // { kind: "quarter", fiscalYear: 2013, quarter: 2 }
 */
export function getFiscalQuarter(m: Month, startMonth: number): Quarter {
  return quarterFromIndex(quarterIndexOfMonth(monthIndex(m), startMonth));
}
