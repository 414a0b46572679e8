import type { Grade } from "../../model/kpi";

/**
 * An inspection grade as published (`ADQ.`, `Good`, `RI`, `Requires improvement`), any case. `null` otherwise.
 * @example parseGrade("ADQ.") === "adequate"
 */
export function parseGrade(text: string): Grade | null {
  const key = text.trim().toLowerCase().replace(/\.$/, "").replace(/[\s-]+/g, " ");
  return GRADE_WORDS.get(key) ?? null;
}

/** Outstanding 5, Good 4, Adequate 3, Requires improvement 2, Inadequate 1. */
export function gradeScore(grade: Grade): number {
  switch (grade) {
    case "outstanding":
      return 5;
    case "good":
      return 4;
    case "adequate":
      return 3;
    case "requires-improvement":
      return 2;
    case "inadequate":
      return 1;
    default: {
      const unreachable: never = grade;
      return unreachable;
    }
  }
}

const GRADE_WORDS = new Map<string, Grade>([
  ["outstanding", "outstanding"],
  ["good", "good"],
  ["adequate", "adequate"],
  ["adq", "adequate"],
  ["requires improvement", "requires-improvement"],
  ["require improvement", "requires-improvement"],
  ["req improvement", "requires-improvement"],
  ["ri", "requires-improvement"],
  ["inadequate", "inadequate"],
]);
