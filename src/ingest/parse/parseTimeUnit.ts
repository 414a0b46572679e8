import type { TimeUnit } from "../../model/kpi";
import { keyOf } from "./keyOf";
import { VALUE_UNIT_FORMS } from "./parseValue";

/**
 * The time unit a unit cell names, in the forms a value may be written with (`days`, `mins`, `hrs`), alone or in
 * brackets after `duration` (`Duration (days)`); `null` for anything else, including `duration` alone.
 * @example parseTimeUnit("days") === "days"; parseTimeUnit("Duration (secs)") === "seconds"
 */
export function parseTimeUnit(text: string): TimeUnit | null {
  const key = keyOf(text);
  const inner = /^(?:duration|time)\s*\((.+)\)$/.exec(key)?.[1]?.trim() ?? key;
  return TIME_FORMS.get(inner) ?? null;
}

const TIME_FORMS = new Map<string, TimeUnit>(
  VALUE_UNIT_FORMS.flatMap((f) => (f.timeUnit === undefined ? [] : f.forms.map((form) => [form, f.timeUnit] as [string, TimeUnit]))),
);
