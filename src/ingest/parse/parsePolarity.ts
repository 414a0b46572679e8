import type { Polarity } from "../../model/kpi";
import { keyOf } from "./keyOf";

/**
 * Which way is good: `higher is better` (also `higher`, `up`, `↑`), `lower is better` (also `lower`, `down`, `↓`),
 * `neutral`. `null` for anything else, including blank.
 * @example parsePolarity("lower") === "lower-is-better"
 */
export function parsePolarity(text: string): Polarity | null {
  return POLARITIES.get(keyOf(text)) ?? null;
}

const POLARITIES = new Map<string, Polarity>([
  ["higher is better", "higher-is-better"],
  ["higher", "higher-is-better"],
  ["high", "higher-is-better"],
  ["up", "higher-is-better"],
  ["↑", "higher-is-better"],
  ["increase", "higher-is-better"],
  ["lower is better", "lower-is-better"],
  ["lower", "lower-is-better"],
  ["low", "lower-is-better"],
  ["down", "lower-is-better"],
  ["↓", "lower-is-better"],
  ["decrease", "lower-is-better"],
  ["reduce", "lower-is-better"],
  ["neutral", "neutral"],
  ["none", "neutral"],
  ["n/a", "neutral"],
]);
