/**
 * Raw deflate as the zip code needs it, behind one small interface so each shell can bring the fastest it has:
 * fflate everywhere (it runs in the browser, and inflates streaming), Node's own zlib on the command line
 * (`src/cli/nodeCodec.ts`), which also inflates large parts off the main thread (`inflateAsync`).
 */
import { Inflate, deflateSync } from "fflate";

export interface Codec {
  /**
   * Inflates `data`, handing the output to `onChunk` in order, at most `maxBytes` of it in all; `onChunk` returns
   * `false` to stop. Throws `InflateLimitError` past `maxBytes`, any other error for data that is not deflate.
   */
  inflate(data: Uint8Array, onChunk: (chunk: Uint8Array) => boolean | void, maxBytes: number): void;
  /**
   * `inflate` as a promise, for a shell that can inflate while the caller works through the last chunk (Node's zlib
   * runs in its threadpool); it rejects where `inflate` throws. Without it, the reader inflates synchronously.
   */
  inflateAsync?(data: Uint8Array, onChunk: (chunk: Uint8Array) => boolean | void, maxBytes: number): Promise<void>;
  deflate(data: Uint8Array): Uint8Array;
}

export class InflateLimitError extends Error {}
export class InflateStopped extends Error {}

/** Compressed bytes handed to fflate at a time: at most about 1,000 times as much comes out (deflate's limit). */
const INPUT_SLICE = 64 * 1024;

/** fflate, streaming: memory stays at a slice of output whatever the part's size. */
export const FFLATE_CODEC: Codec = {
  inflate(data, onChunk, maxBytes) {
    let produced = 0;
    const inflater = new Inflate((chunk) => {
      if (chunk.length === 0) return;
      produced += chunk.length;
      if (produced > maxBytes) throw new InflateLimitError();
      if (onChunk(chunk) === false) throw new InflateStopped();
    });
    if (data.length === 0) inflater.push(new Uint8Array(0), true);
    for (let at = 0; at < data.length; at += INPUT_SLICE) inflater.push(data.subarray(at, at + INPUT_SLICE), at + INPUT_SLICE >= data.length);
  },
  deflate: (data) => deflateSync(data, { level: 6 }),
};
