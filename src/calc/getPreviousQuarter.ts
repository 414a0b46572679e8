import type { Quarter } from "../model/period";
import { quarterFromIndex, quarterIndex } from "./quarterIndex";

/**
 * The quarter before, crossing into the previous fiscal year after Q1.
 * @example getPreviousQuarter(quarter(2013, 1)) // quarter(2012, 4)
 */
export function getPreviousQuarter(q: Quarter): Quarter {
  return quarterFromIndex(quarterIndex(q) - 1);
}
