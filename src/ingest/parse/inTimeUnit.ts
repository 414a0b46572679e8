import type { TimeUnit } from "../../model/kpi";
import { MINUTES_PER } from "../../model/kpi";

/**
 * A duration read as minutes, in a KPI's time unit (minutes when it has none), without float noise.
 * @example inTimeUnit(48960, "days") === 34; inTimeUnit(0.3, "seconds") === 18
 */
export function inTimeUnit(minutes: number, timeUnit: TimeUnit | undefined): number {
  return timeUnit === undefined || timeUnit === "minutes" ? minutes : Number((minutes / MINUTES_PER[timeUnit]).toPrecision(12));
}
