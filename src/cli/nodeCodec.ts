/**
 * Node's zlib for the command line: native inflate and deflate, about three times fflate's speed (bench/README.md).
 * Node has no synchronous streaming inflate, so a part is inflated whole, but never past the read's budget
 * (`maxOutputLength`), and handed on in pieces like fflate's.
 */
import { deflateRawSync, inflateRawSync } from "zlib";
import type { Codec } from "../files/zip/codec";
import { InflateLimitError } from "../files/zip/codec";

const PIECE = 64 * 1024;

export const NODE_CODEC: Codec = {
  inflate(data, onChunk, maxBytes) {
    let out: Buffer;
    try {
      out = inflateRawSync(data, { maxOutputLength: maxBytes + 1 });
    } catch (error) {
      if ((error as { code?: string }).code === "ERR_BUFFER_TOO_LARGE") throw new InflateLimitError();
      throw error;
    }
    if (out.length > maxBytes) throw new InflateLimitError();
    for (let at = 0; at < out.length; at += PIECE) if (onChunk(out.subarray(at, at + PIECE)) === false) return;
  },
  deflate: (data) => deflateRawSync(data, { level: 6 }),
};
