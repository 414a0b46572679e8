import { readFileSync } from "fs";
import { join } from "path";
import { deflateRawSync } from "zlib";
import type { Codec } from "../files/zip/codec";
import { FFLATE_CODEC, InflateLimitError, InflateStopped } from "../files/zip/codec";
import { entryData, readZipDirectory } from "../files/zip/readZipDirectory";
import { NATIVE_INFLATE_MAX_BYTES, NODE_CODEC, inflateStreaming } from "./nodeCodec";

function inflated(data: Uint8Array, maxBytes: number, codec: Codec = NODE_CODEC): { bytes: Uint8Array; chunks: number } {
  const chunks: Uint8Array[] = [];
  codec.inflate(data, (chunk) => void chunks.push(chunk.slice()), maxBytes);
  return { bytes: Buffer.concat(chunks), chunks: chunks.length };
}

/** Numbers that compress about 3:1, so the compressed part spans many of fflate's 64 KB input slices. */
function numbersPast(bytes: number): Buffer {
  let seed = 1;
  const cells = [];
  while (cells.length * 12 <= bytes) cells.push(`<v>${(seed = (seed * 48271) % 2147483647)}</v>`);
  return Buffer.from(cells.join(""));
}

type Inflate = (data: Uint8Array, onChunk: (chunk: Uint8Array) => boolean | void, maxBytes: number) => Promise<void>;

async function inflatedAsync(data: Uint8Array, maxBytes: number, inflate: Inflate = NODE_CODEC.inflateAsync): Promise<{ bytes: Uint8Array; chunks: number[] }> {
  const chunks: Uint8Array[] = [];
  await inflate(data, (chunk) => void chunks.push(chunk.slice()), maxBytes);
  return { bytes: Buffer.concat(chunks), chunks: chunks.map((c) => c.length) };
}

/** What `promise` rejects with (`null` if it resolves). */
async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  return null;
}

describe("NODE_CODEC", () => {
  const text = Buffer.from("<row><c r=\"A1\"><v>1</v></c></row>".repeat(100_000));
  const data = deflateRawSync(text);

  it("inflates a part within the native limit as fflate does, in pieces", () => {
    const native = inflated(data, text.length);
    expect(Buffer.compare(native.bytes, text)).toBe(0);
    expect(Buffer.compare(native.bytes, inflated(data, text.length, FFLATE_CODEC).bytes)).toBe(0);
    expect(native.chunks).toBe(Math.ceil(text.length / (1024 * 1024)));
  });

  it("refuses more output than the directory promised, as fflate does", () => {
    expect(() => inflated(data, text.length - 1)).toThrow(InflateLimitError);
    expect(() => inflated(data, text.length - 1, FFLATE_CODEC)).toThrow(InflateLimitError);
  });

  it("stops when the caller has what it needs", () => {
    let calls = 0;
    expect(() => NODE_CODEC.inflate(data, () => (calls += 1) < 1, text.length)).toThrow(InflateStopped);
    expect(calls).toBe(1);
  });

  it("throws for data that is not deflate or is cut short", () => {
    const thrown = (bytes: Uint8Array) => {
      try {
        inflated(bytes, text.length);
      } catch (error) {
        return error;
      }
      return null;
    };
    for (const bad of [new Uint8Array([0xff, 0xff, 0xff, 0xff]), data.subarray(0, data.length >> 1), new Uint8Array(0)]) {
      const error = thrown(bad);
      // Jest's sandbox has its own Error, so the error is checked by what it says.
      expect(String((error as Error | null)?.message ?? "")).not.toBe("");
      expect(error).not.toBeInstanceOf(InflateLimitError);
    }
  });

  it("streams parts over the native limit through fflate, never holding them whole", () => {
    const big = numbersPast(NATIVE_INFLATE_MAX_BYTES);
    const result = inflated(deflateRawSync(big), big.length);
    expect(Buffer.compare(result.bytes, big)).toBe(0);
    // zlib would hand on 1 MB pieces of one whole buffer; fflate hands on what each slice of input gives.
    expect(result.chunks).toBeGreaterThan(Math.ceil(big.length / (1024 * 1024)));
  });
});

describe("NODE_CODEC.inflateAsync", () => {
  const text = Buffer.from("<row><c r=\"A1\"><v>1</v></c></row>".repeat(100_000));
  const data = deflateRawSync(text);
  // Past the native limit, so the codec streams it through zlib's threadpool.
  const big = numbersPast(NATIVE_INFLATE_MAX_BYTES + 4 * 1024 * 1024);
  const bigData = deflateRawSync(big);

  it("inflates every part of the sample as the synchronous path does, streamed or whole", async () => {
    const bytes = new Uint8Array(readFileSync(join(__dirname, "..", "..", "samples", "sample-kpi-workbook.xlsx")));
    const directory = readZipDirectory(bytes);
    if (!directory.ok) throw new Error("test setup: the sample is not a zip");
    const deflated = directory.entries.filter((entry) => entry.method === 8);
    expect(deflated.length).toBeGreaterThan(5);
    for (const entry of deflated) {
      const part = entryData(bytes, entry) ?? new Uint8Array(0);
      const expected = inflated(part, entry.size, FFLATE_CODEC).bytes;
      expect(expected.length).toBe(entry.size);
      expect(Buffer.compare((await inflatedAsync(part, entry.size, inflateStreaming)).bytes, expected)).toBe(0);
      expect(Buffer.compare((await inflatedAsync(part, entry.size)).bytes, expected)).toBe(0);
    }
  });

  it("streams a part over the native limit through zlib, in pieces of at most 4 MB, after it has returned", async () => {
    const chunks: Uint8Array[] = [];
    const pending = NODE_CODEC.inflateAsync(bigData, (chunk) => void chunks.push(chunk.slice()), big.length);
    // Nothing is inflated on the caller's turn: zlib works in the threadpool, the chunks come on later turns.
    expect(chunks.length).toBe(0);
    await pending;
    expect(Buffer.compare(Buffer.concat(chunks), big)).toBe(0);
    expect(Math.max(...chunks.map((c) => c.length))).toBeLessThanOrEqual(4 * 1024 * 1024);
    // fflate hands on what each 64 KB slice of input gives: hundreds of pieces where zlib gives a few.
    expect(chunks.length).toBeLessThan(inflated(bigData, big.length, FFLATE_CODEC).chunks / 10);
  });

  it("refuses more output than the directory promised, as the synchronous path does", async () => {
    expect(await rejection(NODE_CODEC.inflateAsync(bigData, () => true, big.length - 1))).toBeInstanceOf(InflateLimitError);
    expect(await rejection(inflateStreaming(data, () => true, text.length - 1))).toBeInstanceOf(InflateLimitError);
    expect(await rejection(NODE_CODEC.inflateAsync(data, () => true, text.length - 1))).toBeInstanceOf(InflateLimitError);
  });

  it("stops when the caller has what it needs, inflating nothing more", async () => {
    let calls = 0;
    expect(await rejection(NODE_CODEC.inflateAsync(bigData, () => (calls += 1) < 1, big.length))).toBeInstanceOf(InflateStopped);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(calls).toBe(1);
  });

  it("rejects with the caller's own error", async () => {
    const own = new Error("the sheet's cell budget");
    expect(await rejection(NODE_CODEC.inflateAsync(bigData, () => {
      throw own;
    }, big.length))).toBe(own);
  });

  it("rejects data that is not deflate or is cut short", async () => {
    for (const bad of [new Uint8Array([0xff, 0xff, 0xff, 0xff]), bigData.subarray(0, bigData.length >> 1), new Uint8Array(0)]) {
      const error = await rejection(NODE_CODEC.inflateAsync(bad, () => true, big.length));
      expect(String((error as Error | null)?.message ?? "")).not.toBe("");
      expect(error).not.toBeInstanceOf(InflateLimitError);
    }
  });
});
