/** A run of months whose values are pinned by a published figure: indexes `first`..`last`, inclusive. */
export interface Block {
  readonly first: number;
  readonly last: number;
  /** The level of the block: mean per month for counts, the average for rates. */
  readonly level: number;
}

/**
 * A smooth underlying level for every month, passing through each block's level at the block's centre: linear
 * between centres (on a log scale for counts, so a fall of 7% a year is 7% a year throughout); before the first
 * centre and after the last, the nearest slope carried on more gently (`damping`), as nothing is published there.
 *
 * @example
 * blockLevels(30, [{ first: 12, last: 17, level: 3502 }, { first: 24, last: 29, level: 3263.5 }], { log: true });
 */
export function blockLevels(
  months: number,
  blocks: readonly Block[],
  options: { readonly log: boolean; readonly damping?: number },
): number[] {
  const damping = options.damping ?? 0.4;
  const to = (v: number) => (options.log ? Math.log(Math.max(v, 1e-6)) : v);
  const from = (v: number) => (options.log ? Math.exp(v) : v);
  const points = [...blocks]
    .sort((a, b) => a.first - b.first)
    .map((b) => ({ x: (b.first + b.last) / 2, y: to(b.level) }));
  const first = points[0];
  if (!first) return new Array<number>(months).fill(0);
  const second = points[1];
  const firstSlope = second ? (second.y - first.y) / (second.x - first.x) : 0;
  const levels: number[] = [];
  for (let i = 0; i < months; i++) {
    let y: number;
    const after = points.findIndex((p) => p.x >= i);
    if (after === 0) y = first.y - firstSlope * damping * (first.x - i);
    else if (after === -1) {
      const last = points[points.length - 1] ?? first;
      const prev = points[points.length - 2];
      const slope = prev ? (last.y - prev.y) / (last.x - prev.x) : 0;
      y = last.y + slope * damping * (i - last.x);
    } else {
      const a = points[after - 1] ?? first;
      const b = points[after] ?? first;
      y = a.y + ((b.y - a.y) * (i - a.x)) / (b.x - a.x);
    }
    levels.push(from(y));
  }
  return levels;
}
