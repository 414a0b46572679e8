import { allocateToTotal } from "./allocateToTotal";
import { blockLevels } from "./blockLevels";
import type { Rng } from "./createRng";

/** A run of months (indexes `first`..`last`, inclusive) that must add up to a published total. */
export interface CountBlock {
  readonly first: number;
  readonly last: number;
  readonly total: number;
}

export interface GenerateCountSeriesOptions {
  readonly months: number;
  readonly blocks: readonly CountBlock[];
  /** Relative seasonal factor for month index i (1 = an average month). */
  readonly seasonal: (index: number) => number;
  /** Extra shaping for month index i, e.g. a summer rise the commentary describes. Default 1. */
  readonly shape?: (index: number) => number;
  /** Relative month-to-month noise, as a standard deviation (0.03 = 3%). */
  readonly noise: number;
  readonly rng: Rng;
}

/**
 * Monthly counts that add up exactly to every published block total, with a slow trend between the blocks,
 * seasonality and noise elsewhere. Months outside every block are plausible, not published.
 *
 * @example
 * generateCountSeries({ months: 30, blocks: [{ first: 12, last: 17, total: 21012 }], seasonal: () => 1, noise: 0.03, rng });
 */
export function generateCountSeries(options: GenerateCountSeriesOptions): number[] {
  const { months, blocks, seasonal, noise, rng } = options;
  const shape = options.shape ?? (() => 1);
  const levels = blockLevels(
    months,
    blocks.map((b) => {
      let seasonalSum = 0;
      for (let i = b.first; i <= b.last; i++) seasonalSum += seasonal(i) * shape(i);
      return { first: b.first, last: b.last, level: b.total / seasonalSum };
    }),
    { log: true },
  );
  // Noise is cut off at two standard deviations: a sample month should look ordinary unless shaped not to.
  const draw = () => Math.max(-2, Math.min(2, rng.normal()));
  const weights = levels.map(
    (level, i) => level * seasonal(i) * shape(i) * Math.exp(noise * draw() - (noise * noise) / 2),
  );
  const values = weights.map((w) => Math.max(0, Math.round(w)));
  for (const block of blocks) {
    const parts = allocateToTotal(block.total, weights.slice(block.first, block.last + 1));
    parts.forEach((p, k) => {
      values[block.first + k] = p;
    });
  }
  return values;
}
