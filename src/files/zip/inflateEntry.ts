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

type Failed = Extract<InflateOutcome, { ok: false }>;
type OnChunk = (chunk: Uint8Array) => boolean | void;

/** The entry's data and how much of it may come out, or why it cannot be inflated, checked before any inflating. */
function openEntry(bytes: Uint8Array, entry: ZipEntry, maxBytes: number): { readonly data: Uint8Array; readonly limit: number } | Failed {
  if ((entry.flags & 1) !== 0) return { ok: false, reason: "encrypted", bytes: 0 };
  if (entry.method !== 0 && entry.method !== 8) return { ok: false, reason: "unsupported-method", bytes: 0 };
  if (entry.size > maxBytes) return { ok: false, reason: "too-large", bytes: 0 };
  const data = entryData(bytes, entry);
  if (!data) return { ok: false, reason: "damaged", bytes: 0 };
  if (entry.method === 0 && data.length !== entry.size) return { ok: false, reason: "damaged", bytes: 0 };
  // A part may not grow past what the directory promised (nor, then, past the budget).
  return { data, limit: Math.min(maxBytes, entry.size) };
}

/**
 * Hands the inflated chunks on to the caller, counting them, and turns how inflating ended into an outcome. What
 * the caller throws (a limit it reached, say) is its own, not a sign of damaged data: kept and rethrown.
 */
class Delivery {
  private produced = 0;
  private stopped = false;
  private callerError: { readonly error: unknown } | null = null;

  constructor(private readonly onChunk: OnChunk) {}

  readonly deliver = (chunk: Uint8Array): boolean => {
    this.produced += chunk.length;
    let more: boolean | void;
    try {
      more = this.onChunk(chunk);
    } catch (error) {
      this.callerError = { error };
      throw new InflateStopped();
    }
    if (more === false) {
      this.stopped = true;
      return false;
    }
    return true;
  };

  /** The outcome once inflating has returned (`error` undefined) or thrown `error`. */
  outcome(entry: ZipEntry, maxBytes: number, error?: unknown): InflateOutcome {
    if (this.callerError !== null) throw this.callerError.error;
    if (error instanceof InflateLimitError) return { ok: false, reason: entry.size < maxBytes ? "damaged" : "too-large", bytes: this.produced };
    if (error instanceof InflateStopped) this.stopped = true;
    else if (error !== undefined) return { ok: false, reason: "damaged", bytes: this.produced };
    if (!this.stopped && this.produced !== entry.size) return { ok: false, reason: "damaged", bytes: this.produced };
    return { ok: true, bytes: this.produced, stopped: this.stopped };
  }
}

function deliverStored(data: Uint8Array, deliver: (chunk: Uint8Array) => boolean): void {
  for (let at = 0; at < data.length && deliver(data.subarray(at, Math.min(data.length, at + STORED_SLICE))); at += STORED_SLICE);
}

/**
 * Calls `onChunk` with the inflated bytes in order; `onChunk` returns `false` to stop early.
 * @example inflateEntry(bytes, entry, (chunk) => void parts.push(chunk), 64 * 1024 * 1024)
 */
export function inflateEntry(bytes: Uint8Array, entry: ZipEntry, onChunk: OnChunk, maxBytes: number, codec: Codec = FFLATE_CODEC): InflateOutcome {
  const opened = openEntry(bytes, entry, maxBytes);
  if (!("data" in opened)) return opened;
  const delivery = new Delivery(onChunk);
  try {
    if (entry.method === 0) deliverStored(opened.data, delivery.deliver);
    else codec.inflate(opened.data, delivery.deliver, opened.limit);
  } catch (error) {
    return delivery.outcome(entry, maxBytes, error);
  }
  return delivery.outcome(entry, maxBytes);
}

/**
 * `inflateEntry` with the codec's `inflateAsync` where it has one, so inflating runs ahead while `onChunk` works
 * (the command line's large sheets); otherwise, and for stored entries, the same synchronous work in a promise.
 * @example const outcome = await inflateEntryAsync(bytes, entry, (chunk) => scanner.write(chunk), budget, NODE_CODEC)
 */
export async function inflateEntryAsync(bytes: Uint8Array, entry: ZipEntry, onChunk: OnChunk, maxBytes: number, codec: Codec = FFLATE_CODEC): Promise<InflateOutcome> {
  if (!codec.inflateAsync || entry.method !== 8) return inflateEntry(bytes, entry, onChunk, maxBytes, codec);
  const opened = openEntry(bytes, entry, maxBytes);
  if (!("data" in opened)) return opened;
  const delivery = new Delivery(onChunk);
  try {
    await codec.inflateAsync(opened.data, delivery.deliver, opened.limit);
  } catch (error) {
    return delivery.outcome(entry, maxBytes, error);
  }
  return delivery.outcome(entry, maxBytes);
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
