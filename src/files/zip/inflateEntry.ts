/**
 * Inflates one zip entry piece by piece, within a byte budget checked before the first byte is inflated (the
 * directory's size) and again as bytes come out (a directory can lie). A 4 GB part is refused without being read.
 */
import type { Codec } from "./codec";
import { FFLATE_CODEC, InflateLimitError, InflateStopped } from "./codec";
import type { ZipEntry } from "./readZipDirectory";
import { entryData } from "./readZipDirectory";

export type InflateOutcome =
  /** `stopped`: the caller had what it needed and stopped early. */
  | { readonly ok: true; readonly bytes: number; readonly stopped: boolean }
  | { readonly ok: false; readonly reason: "too-large" | "damaged" | "encrypted" | "unsupported-method"; readonly bytes: number };

/** Stored entries are handed over in pieces of this size, like inflated ones. */
const STORED_SLICE = 1024 * 1024;

/**
 * Calls `onChunk` with the inflated bytes in order; `onChunk` returns `false` to stop early.
 * @example inflateEntry(bytes, entry, (chunk) => void parts.push(chunk), 64 * 1024 * 1024)
 */
export function inflateEntry(
  bytes: Uint8Array,
  entry: ZipEntry,
  onChunk: (chunk: Uint8Array) => boolean | void,
  maxBytes: number,
  codec: Codec = FFLATE_CODEC,
): InflateOutcome {
  if ((entry.flags & 1) !== 0) return { ok: false, reason: "encrypted", bytes: 0 };
  if (entry.method !== 0 && entry.method !== 8) return { ok: false, reason: "unsupported-method", bytes: 0 };
  if (entry.size > maxBytes) return { ok: false, reason: "too-large", bytes: 0 };
  const data = entryData(bytes, entry);
  if (!data) return { ok: false, reason: "damaged", bytes: 0 };
  // A part may not grow past what the directory promised (nor, then, past the budget).
  const limit = Math.min(maxBytes, entry.size);
  let produced = 0;
  let stopped = false;
  // What the caller throws (a limit it reached, say) is its own, not a sign of damaged data: kept and rethrown.
  let callerError: { readonly error: unknown } | null = null;
  const deliver = (chunk: Uint8Array): boolean => {
    produced += chunk.length;
    let more: boolean | void;
    try {
      more = onChunk(chunk);
    } catch (error) {
      callerError = { error };
      throw new InflateStopped();
    }
    if (more === false) {
      stopped = true;
      return false;
    }
    return true;
  };
  try {
    if (entry.method === 0) {
      if (data.length !== entry.size) return { ok: false, reason: "damaged", bytes: 0 };
      for (let at = 0; at < data.length && deliver(data.subarray(at, Math.min(data.length, at + STORED_SLICE))); at += STORED_SLICE);
    } else {
      codec.inflate(data, deliver, limit);
    }
  } catch (error) {
    if (callerError !== null) throw (callerError as { readonly error: unknown }).error;
    if (error instanceof InflateStopped) stopped = true;
    else if (error instanceof InflateLimitError) return { ok: false, reason: entry.size < maxBytes ? "damaged" : "too-large", bytes: produced };
    else return { ok: false, reason: "damaged", bytes: produced };
  }
  if (!stopped && produced !== entry.size) return { ok: false, reason: "damaged", bytes: produced };
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
  codec: Codec = FFLATE_CODEC,
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
    codec,
  );
  return outcome.ok ? { ok: true, data: out.subarray(0, at) } : outcome;
}
