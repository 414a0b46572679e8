import type { CellValue } from "../../model/grid";
import type { Quarter } from "../../model/period";
import { getFiscalQuarter } from "../../calc/getFiscalQuarter";
import { parsePeriod } from "../parse/parsePeriod";
import { periodKey } from "../../calc/periodKey";

/**
 * A Quarter column's cell: a quarter as written (`Q2 2013-14`), or a date or month, read as the fiscal quarter it
 * falls in, or a span that is exactly a quarter (`Jul-Sep 2013`). `null` for a fiscal year or anything else.
 * @example readQuarterCell("Sep-13", undefined, 4) // quarter(2013, 2)
 */
export function readQuarterCell(cell: CellValue, numberFormat: string | undefined, fiscalStartMonth: number): Quarter | null {
  const period = parsePeriod(cell, numberFormat, fiscalStartMonth, { periodColumn: true });
  if (!period) return null;
  switch (period.kind) {
    case "quarter":
      return period;
    case "month":
      return getFiscalQuarter(period, fiscalStartMonth);
    case "year":
      return null;
    case "span": {
      // `Jul-Sep 2013` is the quarter Q2 2013-14 when its months are the quarter's; any other span is not a quarter.
      const q = getFiscalQuarter(period.last, fiscalStartMonth);
      return periodKey(q, fiscalStartMonth) === periodKey(period, fiscalStartMonth) ? q : null;
    }
    default: {
      const unreachable: never = period;
      return unreachable;
    }
  }
}
