import type { Quarter } from "../../model/period";
import { parsePeriodText } from "./parsePeriodText";

/**
 * A fiscal quarter as scorecards and the column mapping's report quarter name it: `Q2 2013-14`, `Q2 2013/14`,
 * `2013/14 Q2`, `Q2 13/14`, `Q2 FY2013/14` (the quarter forms of `PERIOD_FORMS`). When the fiscal year starts in
 * January the year stands alone: `Q2 2013`, `2013 Q2`; with any other start that is a calendar quarter, not a fiscal
 * one, and gives `null`, as does anything else.
 * @example parseQuarter("Q2 2013-14", 4) // { kind: "quarter", fiscalYear: 2013, quarter: 2 }
 */
export function parseQuarter(text: string, fiscalStartMonth: number): Quarter | null {
  const read = parsePeriodText(text, fiscalStartMonth);
  return read?.reading.kind === "period" && read.reading.period.kind === "quarter" ? read.reading.period : null;
}
