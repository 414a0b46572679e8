import { deflateRawSync } from "zlib";
import { FFLATE_CODEC, InflateLimitError, InflateStopped } from "../files/zip/codec";
import { NATIVE_INFLATE_MAX_BYTES, NODE_CODEC } from "./nodeCodec";

function inflated(data: Uint8Array, maxBytes: number, codec = NODE_CODEC): { bytes: Uint8Array; chunks: number } {
  const chunks: Uint8Array[] = [];
  codec.inflate(data, (chunk) => void chunks.push(chunk.slice()), maxBytes);
  return { bytes: Buffer.concat(chunks), chunks: chunks.length };
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
    // Numbers that compress about 3:1, so the compressed part spans many of fflate's 64 KB input slices.
    let seed = 1;
    const cells = [];
    while (cells.length * 12 <= NATIVE_INFLATE_MAX_BYTES) cells.push(`<v>${(seed = (seed * 48271) % 2147483647)}</v>`);
    const big = Buffer.from(cells.join(""));
    const result = inflated(deflateRawSync(big), big.length);
    expect(Buffer.compare(result.bytes, big)).toBe(0);
    // zlib would hand on 1 MB pieces of one whole buffer; fflate hands on what each slice of input gives.
    expect(result.chunks).toBeGreaterThan(Math.ceil(big.length / (1024 * 1024)));
  });
});
