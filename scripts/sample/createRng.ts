/**
 * A seeded pseudo-random generator (mulberry32), so `npm run sample` writes the same workbook every time.
 * `Math.random` is never used for the sample.
 */
export interface Rng {
  /** Uniform in [0, 1). */
  next(): number;
  /** Standard normal (Box-Muller). */
  normal(): number;
}

/**
 * A generator seeded from a text, so each series draws from its own stream and changing one KPI's generation
 * leaves every other series as it was.
 *
 * @example
 * const rng = createRng("sample-2013-14/P1-01");
 * rng.next(); // the same number on every run
 */
export function createRng(seedText: string): Rng {
  let state = hashText(seedText);
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const normal = (): number => {
    const u = Math.max(next(), Number.EPSILON);
    const v = next();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  };
  return { next, normal };
}

/** FNV-1a: a stable 32-bit seed from a text. */
function hashText(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}
