/**
 * A small seeded generator (mulberry32) for generated test and benchmark workbooks: the same seed, the same numbers,
 * on every machine, so a failure can be replayed.
 * @example const random = seededRandom(7); random() // a number in [0, 1), the same for seed 7 every run
 */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
