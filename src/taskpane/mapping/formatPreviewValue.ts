import type { TimeUnit, Unit } from "../../model/kpi";
import { TIME_UNIT_SUFFIX } from "../../model/kpi";

/**
 * A previewed figure as the scorecard shows it, without its number formats: `25.2%`, `£1,700,000`, `15.6 mins`,
 * `34 days`, `19,581`; a dash for none.
 * @example formatPreviewValue(25.2, "percent") === "25.2%"
 */
export function formatPreviewValue(value: number | null, unit: Unit, timeUnit: TimeUnit = "minutes"): string {
  if (value === null) return "–";
  const grouped = (n: number) => {
    const [whole = "0", fraction] = String(Math.abs(n)).split(".");
    const digits = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
    return `${n < 0 ? "-" : ""}${digits}${fraction ? `.${fraction}` : ""}`;
  };
  switch (unit) {
    case "percent":
      return `${grouped(value)}%`;
    case "currency":
      return value < 0 ? `-£${grouped(-value)}` : `£${grouped(value)}`;
    case "duration":
      return `${grouped(value)} ${TIME_UNIT_SUFFIX[timeUnit]}`;
    case "count":
    case "rate":
    case "score":
    case "grade":
      return grouped(value);
    default: {
      const unreachable: never = unit;
      return unreachable;
    }
  }
}
