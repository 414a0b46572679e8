import { blockLevels } from "./blockLevels";
import type { Rng } from "./createRng";

/** A run of months (indexes `first`..`last`, inclusive) whose average must be a published rate, in tenths. */
export interface RateBlock {
  readonly first: number;
  readonly last: number;
  /** The published rate in tenths of a percentage point: 21.1% is 211. */
  readonly averageTenths: number;
}

export interface GenerateRateSeriesOptions {
  readonly months: number;
  readonly blocks: readonly RateBlock[];
  /** Month-to-month noise, in percentage points. */
  readonly noise: number;
  readonly rng: Rng;
  /** Bounds in tenths; default 0..1000 (0% to 100%). */
  readonly minTenths?: number;
  readonly maxTenths?: number;
}

/**
 * Monthly percentages to one decimal place, returned in tenths (211 = 21.1%), whose average over each block is
 * exactly the published rate: the block's values sum to `averageTenths x months`, so any rounding of the average
 * reproduces the published figure. A straight trend runs between the blocks, with noise around it.
 *
 * @example
 * generateRateSeries({ months: 30, blocks: [{ first: 12, last: 17, averageTenths: 211 }], noise: 1, rng });
 */
export function generateRateSeries(options: GenerateRateSeriesOptions): number[] {
  const { months, blocks, noise, rng } = options;
  const min = options.minTenths ?? 0;
  const max = options.maxTenths ?? 1000;
  const clamp = (v: number) => Math.min(max, Math.max(min, v));
  const levels = blockLevels(
    months,
    blocks.map((b) => ({ first: b.first, last: b.last, level: b.averageTenths })),
    { log: false },
  );
  const raw = levels.map((level) => level + noise * 10 * rng.normal());
  const values = raw.map((v) => clamp(Math.round(v)));

  for (const block of blocks) {
    const indexes: number[] = [];
    for (let i = block.first; i <= block.last; i++) indexes.push(i);
    // Centre the block's noise on the published average, then settle the rounding a tenth at a time.
    const mean = indexes.reduce((a, i) => a + (raw[i] ?? 0), 0) / indexes.length;
    const shifted = indexes.map((i) => (raw[i] ?? 0) + block.averageTenths - mean);
    const tenths = shifted.map((v) => clamp(Math.round(v)));
    let diff = block.averageTenths * indexes.length - tenths.reduce((a, b) => a + b, 0);
    const order = shifted
      .map((v, k) => ({ k, residual: v - Math.round(v) }))
      .sort((a, b) => (diff > 0 ? b.residual - a.residual : a.residual - b.residual) || a.k - b.k);
    for (let guard = 0; diff !== 0 && guard < 100000; guard++) {
      const pick = order[guard % order.length];
      if (!pick) break;
      const next = (tenths[pick.k] ?? 0) + Math.sign(diff);
      if (next < min || next > max) continue;
      tenths[pick.k] = next;
      diff -= Math.sign(diff);
    }
    tenths.forEach((t, k) => {
      values[block.first + k] = t;
    });
  }
  return values;
}
