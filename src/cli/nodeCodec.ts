/**
 * The command line's codec: Node's native zlib deflates the parts a build writes, about three times fflate's speed
 * (measured: 8 MB of sheet XML in 230 ms against 780 ms), and inflates the parts of up to `NATIVE_INFLATE_MAX_BYTES`
 * whole: in a process that has just started, fflate's JavaScript is not yet compiled, and it took 71 ms of CPU for
 * the 0.8 MB sheet of a 10-KPI workbook that zlib inflates in 2 ms. Larger parts are streamed, never held whole (a
 * 500 MB part would break the memory bound). The reader's `inflateAsync` streams them through zlib in Node's
 * threadpool, which inflates the next piece while the main thread scans this one: the 1,000-KPI workbook (an 87 MB
 * sheet) read in 610 ms of wall against 950 ms through fflate, of which 240 ms is zlib's speed (710 ms streamed
 * without the overlap) and 100 ms the overlap. `inflate`, synchronous, streams them through fflate: Node has no
 * synchronous streaming inflate, and the 87 MB sheet inflated whole and then scanned measured slower.
 */
import { createInflateRaw, deflateRawSync, inflateRawSync } from "zlib";
import type { ZlibOptions } from "zlib";
import type { TransformOptions } from "stream";
import type { Codec } from "../files/zip/codec";
import { FFLATE_CODEC, InflateLimitError, InflateStopped } from "../files/zip/codec";

/** Parts up to this size (as the zip directory gives it, and as inflated) are inflated whole by zlib. */
export const NATIVE_INFLATE_MAX_BYTES = 16 * 1024 * 1024;

/** The whole part is handed on in pieces of this size, as fflate hands on its output. */
const PIECE_BYTES = 1024 * 1024;

/**
 * A streamed part's pieces: zlib inflates the next one in the threadpool while the main thread scans this one, and
 * runs no further ahead, so memory stays at a few pieces whatever the part's size. Each piece is a round trip to the
 * threadpool (zlib's default is 16 KB): the 1,000-KPI workbook read in 530-550 ms of wall with 4 MB pieces, against
 * 630-700 ms with 1 MB and 670-680 ms with 256 KB.
 */
const STREAM_PIECE_BYTES = 4 * 1024 * 1024;

function inflateWhole(data: Uint8Array, onChunk: (chunk: Uint8Array) => boolean | void, maxBytes: number): void {
  let out: Buffer;
  try {
    // More than `maxBytes` out (a directory that lies about the size) stops zlib at once with a RangeError.
    out = inflateRawSync(data, { maxOutputLength: Math.max(1, maxBytes) });
  } catch (error) {
    if ((error as { code?: string }).code === "ERR_BUFFER_TOO_LARGE") throw new InflateLimitError();
    throw error;
  }
  if (out.length > maxBytes) throw new InflateLimitError();
  for (let at = 0; at < out.length; at += PIECE_BYTES) {
    if (onChunk(out.subarray(at, Math.min(out.length, at + PIECE_BYTES))) === false) throw new InflateStopped();
  }
}

/**
 * Streams `data` through zlib in the threadpool. The stream is read in paused mode, a piece per 'readable': zlib
 * goes on with the next piece while `onChunk` runs (a 'data' handler would hold it until the handler returned).
 * @example await inflateStreaming(deflated, (chunk) => scanner.write(chunk), entry.size)
 */
export function inflateStreaming(data: Uint8Array, onChunk: (chunk: Uint8Array) => boolean | void, maxBytes: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const options: ZlibOptions & TransformOptions = { chunkSize: STREAM_PIECE_BYTES, readableHighWaterMark: STREAM_PIECE_BYTES };
    const inflater = createInflateRaw(options);
    let produced = 0;
    let settled = false;
    const settle = (error?: unknown): void => {
      if (settled) return;
      settled = true;
      // Stopped early or failed: zlib's work ahead is dropped, its buffers freed.
      inflater.destroy();
      if (error === undefined) resolve();
      else reject(error);
    };
    inflater.on("readable", () => {
      try {
        for (let chunk: Buffer | null; !settled && (chunk = inflater.read() as Buffer | null) !== null; ) {
          produced += chunk.length;
          if (produced > maxBytes) settle(new InflateLimitError());
          else if (onChunk(chunk) === false) settle(new InflateStopped());
        }
      } catch (error) {
        settle(error);
      }
    });
    inflater.on("end", () => settle());
    // After `settle`, a late error of the destroyed stream is nobody's: listened to, so it never crashes the process.
    inflater.on("error", (error) => settle(error));
    inflater.end(Buffer.from(data.buffer, data.byteOffset, data.byteLength));
  });
}

export const NODE_CODEC: Required<Codec> = {
  inflate(data, onChunk, maxBytes) {
    if (maxBytes > NATIVE_INFLATE_MAX_BYTES) FFLATE_CODEC.inflate(data, onChunk, maxBytes);
    else inflateWhole(data, onChunk, maxBytes);
  },
  async inflateAsync(data, onChunk, maxBytes) {
    if (maxBytes > NATIVE_INFLATE_MAX_BYTES) await inflateStreaming(data, onChunk, maxBytes);
    else inflateWhole(data, onChunk, maxBytes);
  },
  deflate: (data) => deflateRawSync(data, { level: 6 }),
};
