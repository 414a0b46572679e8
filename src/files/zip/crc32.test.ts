import { crc32 } from "./crc32";

/** The textbook CRC-32, a byte at a time, to check the eight-byte steps against. */
function crc32ByteByByte(data: Uint8Array): number {
  let c = ~0;
  for (const byte of data) {
    c ^= byte;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  }
  return ~c >>> 0;
}

describe("crc32", () => {
  it("gives the standard check values", () => {
    expect(crc32(new TextEncoder().encode("123456789"))).toBe(0xcbf43926);
    expect(crc32(new Uint8Array(0))).toBe(0);
    expect(crc32(new TextEncoder().encode("The quick brown fox jumps over the lazy dog"))).toBe(0x414fa339);
  });

  it("agrees with the byte-by-byte CRC at every length around the eight-byte step, whole and in pieces", () => {
    let seed = 7;
    const bytes = Uint8Array.from({ length: 300 }, () => (seed = (seed * 48271) % 2147483647) & 0xff);
    for (let length = 0; length <= bytes.length; length++) {
      const data = bytes.subarray(0, length);
      const expected = crc32ByteByByte(data);
      expect(crc32(data)).toBe(expected);
      const cut = Math.floor(length / 3);
      expect(crc32(data.subarray(cut), crc32(data.subarray(0, cut)))).toBe(expected);
    }
  });
});
