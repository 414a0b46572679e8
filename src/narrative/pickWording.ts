/**
 * Wording chosen the way a person varies it, but the same every build: by a stable hash of what is described (the
 * KPI id and the kind of sentence), never by chance or the clock.
 */

/**
 * FNV-1a, 32 bits: a stable, well-spread number for a text, the same on every machine.
 * @example stableHash("P1-01") === stableHash("P1-01")
 */
export function stableHash(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

/**
 * One of the choices, the same one for the same key.
 * @example pickWording("P1-01 change", ["has decreased", "fell"]) // always the same of the two for P1-01
 */
export function pickWording<T>(key: string, choices: readonly [T, ...T[]]): T {
  return choices[stableHash(key) % choices.length] ?? choices[0];
}
