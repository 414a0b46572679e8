/**
 * Inflates one zip entry piece by piece, within a byte budget checked before the first byte is inflated (the
 * directory's size) and again as bytes come out (a directory can lie). A 4 GB part is refused without being read;
 * a part read in full is never held whole unless the caller keeps it.
 */
import { Inflate } from "fflate";
import type { ZipEntry } from "./readZipDirectory";
import { entryData } from "./readZipDirectory";

export type InflateOutcome =
  /** `stopped`: the caller had what it needed and stopped early. */
  | { readonly ok: true; readonly bytes: number; readonly stopped: boolean }
  | { readonly ok: false; readonly reason: "too-large" | "damaged" | "encrypted" | "unsupported-method"; readonly bytes: number };

/** Compressed bytes handed to the inflater at a time: at most about 1,000 times as much comes out (deflate's limit). */
const INPUT_SLICE = 16 * 1024;

class Stop extends Error {}

/**
 * Calls `onChunk` with the inflated bytes in order; `onChunk` returns `false` to stop early.
 * @example inflateEntry(bytes, entry, (chunk) => void parts.push(chunk), 64 * 1024 * 1024)
 */
export function inflateEntry(
  bytes: Uint8Array,
  entry: ZipEntry,
  onChunk: (chunk: Uint8Array) => boolean | void,
  maxBytes: number,
): InflateOutcome {
  if ((entry.flags & 1) !== 0) return { ok: false, reason: "encrypted", bytes: 0 };
  if (entry.method !== 0 && entry.method !== 8) return { ok: false, reason: "unsupported-method", bytes: 0 };
  if (entry.size > maxBytes) return { ok: false, reason: "too-large", bytes: 0 };
  const data = entryData(bytes, entry);
  if (!data) return { ok: false, reason: "damaged", bytes: 0 };
  // Whichever is smaller: a part may not grow past what the directory promised, nor past the budget.
  const limit = Math.min(maxBytes, entry.size);
  let produced = 0;
  let overflow = false;
  let stopped = false;
  const deliver = (chunk: Uint8Array) => {
    if (chunk.length === 0) return;
    produced += chunk.length;
    if (produced > limit) {
      overflow = true;
      throw new Stop();
    }
    if (onChunk(chunk) === false) {
      stopped = true;
      throw new Stop();
    }
  };
  try {
    if (entry.method === 0) {
      for (let at = 0; at < data.length; at += 1024 * 1024) deliver(data.subarray(at, Math.min(data.length, at + 1024 * 1024)));
    } else {
      const inflater = new Inflate();
      inflater.ondata = (chunk) => deliver(chunk);
      if (data.length === 0) inflater.push(new Uint8Array(0), true);
      for (let at = 0; at < data.length; at += INPUT_SLICE) inflater.push(data.subarray(at, at + INPUT_SLICE), at + INPUT_SLICE >= data.length);
    }
  } catch (error) {
    if (!(error instanceof Stop)) return { ok: false, reason: "damaged", bytes: produced };
    if (overflow) return { ok: false, reason: produced > entry.size && entry.size < maxBytes ? "damaged" : "too-large", bytes: produced };
    return { ok: true, bytes: produced, stopped };
  }
  if (produced !== entry.size && !stopped) return { ok: false, reason: "damaged", bytes: produced };
  return { ok: true, bytes: produced, stopped };
}

/**
 * The whole entry as one array, within the budget; for the small parts a build edits.
 * @example const xml = inflateWhole(bytes, entry, 1 << 26); if (xml.ok) new TextDecoder().decode(xml.data)
 */
export function inflateWhole(
  bytes: Uint8Array,
  entry: ZipEntry,
  maxBytes: number,
): { readonly ok: true; readonly data: Uint8Array } | Extract<InflateOutcome, { ok: false }> {
  const out = new Uint8Array(Math.min(entry.size, maxBytes));
  let at = 0;
  const outcome = inflateEntry(
    bytes,
    entry,
    (chunk) => {
      out.set(chunk, at);
      at += chunk.length;
    },
    maxBytes,
  );
  return outcome.ok ? { ok: true, data: out.subarray(0, at) } : outcome;
}
