import { cleanText } from "./cleanText";

export type TrendMarkDirection = "up" | "down" | "flat";

/**
 * A published trend mark, as seed 002 prints them (`∧`, `∨`, `^`, `V`, `-`) and as analysts type them (`↑`, `↓`,
 * `▲`, `▼`, `→`, `--`, `=`). `null` for anything else, including blank.
 * @example parseTrendMark("∨") === "down"
 */
export function parseTrendMark(text: string): TrendMarkDirection | null {
  return MARKS.get(cleanText(text)) ?? null;
}

const UP = ["∧", "^", "↑", "▲", "⬆", "↗", "△", "⇧", "up"];
const DOWN = ["∨", "V", "v", "↓", "▼", "⬇", "↘", "▽", "⇩", "down"];
const FLAT = ["-", "--", "–", "—", "=", "→", "↔", "⟷", "►", "flat", "same", "no change"];

const MARKS = new Map<string, TrendMarkDirection>([
  ...UP.map((m) => [m, "up"] as const),
  ...DOWN.map((m) => [m, "down"] as const),
  ...FLAT.map((m) => [m, "flat"] as const),
]);
