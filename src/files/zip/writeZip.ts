/**
 * Writes a zip from entries that are either copied as they were (their compressed bytes, method, CRC and date
 * untouched: no inflate/deflate round trip, and a part stored uncompressed stays stored) or new (deflated here).
 * Zip64 records are written when the package needs them: 65,535 entries or more, or a part or offset past 4 GB.
 */
import type { Codec } from "./codec";
import { FFLATE_CODEC } from "./codec";
import { crc32 } from "./crc32";
import type { ZipEntry } from "./readZipDirectory";

export type ZipItem =
  /** An entry of the input, copied: `data` is its compressed bytes. */
  | { readonly kind: "copy"; readonly entry: ZipEntry; readonly data: Uint8Array }
  /** A new or changed part, deflated here. */
  | { readonly kind: "new"; readonly name: string; readonly data: Uint8Array }
  /** A new or changed part compressed already (deflate), e.g. by a streaming rewrite. */
  | { readonly kind: "deflated"; readonly name: string; readonly data: Uint8Array; readonly crc32: number; readonly size: number };

interface Prepared {
  readonly name: Uint8Array;
  readonly method: number;
  readonly flags: number;
  readonly crc32: number;
  readonly size: number;
  readonly data: Uint8Array;
  readonly time: number;
  readonly date: number;
}

const encoder = new TextEncoder();
const U32_MAX = 0xffffffff;
/** 1 Jan 1980, 00:00, the earliest time a zip entry can carry: the same workbook built twice is the same bytes. */
const FIXED_DATE = (1 << 5) | 1;

function prepare(item: ZipItem, codec: Codec): Prepared {
  switch (item.kind) {
    case "copy": {
      const e = item.entry;
      // Sizes go in the local header now, so the data-descriptor flag (bit 3) is cleared.
      return { name: e.rawName, method: e.method, flags: e.flags & ~8, crc32: e.crc32, size: e.size, data: item.data, time: e.time, date: e.date };
    }
    case "new": {
      const name = encoder.encode(item.name);
      return { name, method: 8, flags: utf8Flag(name), crc32: crc32(item.data), size: item.data.length, data: codec.deflate(item.data), time: 0, date: FIXED_DATE };
    }
    case "deflated": {
      const name = encoder.encode(item.name);
      return { name, method: 8, flags: utf8Flag(name), crc32: item.crc32, size: item.size, data: item.data, time: 0, date: FIXED_DATE };
    }
    default: {
      const never: never = item;
      throw new Error(`Unknown zip item ${String(never)}`);
    }
  }
}

/** Bit 11 says the name is UTF-8; set only when it has non-ASCII bytes, as zip tools do. */
function utf8Flag(name: Uint8Array): number {
  return name.some((b) => b > 0x7f) ? 1 << 11 : 0;
}

class Writer {
  readonly view: DataView;
  at = 0;
  constructor(readonly bytes: Uint8Array) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }
  u16(v: number): void {
    this.view.setUint16(this.at, v, true);
    this.at += 2;
  }
  u32(v: number): void {
    this.view.setUint32(this.at, v >>> 0, true);
    this.at += 4;
  }
  u64(v: number): void {
    this.u32(v % 0x1_0000_0000);
    this.u32(Math.floor(v / 0x1_0000_0000));
  }
  put(data: Uint8Array): void {
    this.bytes.set(data, this.at);
    this.at += data.length;
  }
}

/**
 * The zip of `items`, in order.
 * @example writeZip([{ kind: "new", name: "a.txt", data: new TextEncoder().encode("hello") }])
 */
export function writeZip(items: readonly ZipItem[], codec: Codec = FFLATE_CODEC): Uint8Array {
  const entries = items.map((item) => prepare(item, codec));
  // Sizes first: local headers, then the central directory, then the end records.
  const offsets: number[] = [];
  let at = 0;
  for (const e of entries) {
    offsets.push(at);
    const big = e.size >= U32_MAX || e.data.length >= U32_MAX;
    at += 30 + e.name.length + (big ? 20 : 0) + e.data.length;
  }
  const directoryOffset = at;
  const centralExtras = entries.map((e, i) => {
    let n = 0;
    if (e.size >= U32_MAX) n += 8;
    if (e.data.length >= U32_MAX) n += 8;
    if ((offsets[i] ?? 0) >= U32_MAX) n += 8;
    return n === 0 ? 0 : n + 4;
  });
  const directorySize = entries.reduce((sum, e, i) => sum + 46 + e.name.length + (centralExtras[i] ?? 0), 0);
  const zip64 = entries.length >= 0xffff || directoryOffset >= U32_MAX || directorySize >= U32_MAX || centralExtras.some((n) => n > 0);
  const total = directoryOffset + directorySize + (zip64 ? 56 + 20 : 0) + 22;
  const w = new Writer(new Uint8Array(total));

  entries.forEach((e) => {
    const big = e.size >= U32_MAX || e.data.length >= U32_MAX;
    w.u32(0x04034b50);
    w.u16(big ? 45 : 20);
    w.u16(e.flags);
    w.u16(e.method);
    w.u16(e.time);
    w.u16(e.date);
    w.u32(e.crc32);
    w.u32(big ? U32_MAX : e.data.length);
    w.u32(big ? U32_MAX : e.size);
    w.u16(e.name.length);
    w.u16(big ? 20 : 0);
    w.put(e.name);
    if (big) {
      w.u16(0x0001);
      w.u16(16);
      w.u64(e.size);
      w.u64(e.data.length);
    }
    w.put(e.data);
  });

  entries.forEach((e, i) => {
    const offset = offsets[i] ?? 0;
    const extra = centralExtras[i] ?? 0;
    w.u32(0x02014b50);
    w.u16(extra > 0 ? 45 : 20); // made by: MS-DOS, spec 2.0 (4.5 with zip64)
    w.u16(extra > 0 ? 45 : 20);
    w.u16(e.flags);
    w.u16(e.method);
    w.u16(e.time);
    w.u16(e.date);
    w.u32(e.crc32);
    w.u32(e.data.length >= U32_MAX ? U32_MAX : e.data.length);
    w.u32(e.size >= U32_MAX ? U32_MAX : e.size);
    w.u16(e.name.length);
    w.u16(extra);
    w.u16(0); // comment
    w.u16(0); // disk
    w.u16(0); // internal attributes
    w.u32(0); // external attributes
    w.u32(offset >= U32_MAX ? U32_MAX : offset);
    w.put(e.name);
    if (extra > 0) {
      w.u16(0x0001);
      w.u16(extra - 4);
      // In this order, and only those marked 0xFFFFFFFF above (APPNOTE 4.5.3).
      if (e.size >= U32_MAX) w.u64(e.size);
      if (e.data.length >= U32_MAX) w.u64(e.data.length);
      if (offset >= U32_MAX) w.u64(offset);
    }
  });

  if (zip64) {
    const record = w.at;
    w.u32(0x06064b50);
    w.u64(44); // size of the rest of this record
    w.u16(45);
    w.u16(45);
    w.u32(0);
    w.u32(0);
    w.u64(entries.length);
    w.u64(entries.length);
    w.u64(directorySize);
    w.u64(directoryOffset);
    w.u32(0x07064b50);
    w.u32(0);
    w.u64(record);
    w.u32(1);
  }
  w.u32(0x06054b50);
  w.u16(0);
  w.u16(0);
  w.u16(zip64 ? 0xffff : entries.length);
  w.u16(zip64 ? 0xffff : entries.length);
  w.u32(zip64 ? U32_MAX : directorySize);
  w.u32(zip64 ? U32_MAX : directoryOffset);
  w.u16(0);
  return w.bytes;
}
