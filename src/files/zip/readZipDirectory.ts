/**
 * The central directory of a zip (an .xlsx package), read without inflating anything: each entry's name, method,
 * sizes and where its compressed bytes lie. Zip64 directories (more than 65,535 entries, or parts and offsets past
 * 4 GB) are read too. What a part will inflate to is known here, before a byte of it is inflated, so budgets can be
 * checked first.
 */

export interface ZipEntry {
  /** The name as stored (UTF-8), e.g. `xl/worksheets/sheet1.xml`; folders end with `/`. */
  readonly name: string;
  /** The name's bytes as stored, so a copied entry keeps them exactly. */
  readonly rawName: Uint8Array;
  /** 0 stored, 8 deflated; anything else cannot be read here. */
  readonly method: number;
  /** General-purpose flags (bit 0: encrypted; bit 3: sizes in a data descriptor; bit 11: UTF-8 name). */
  readonly flags: number;
  readonly crc32: number;
  readonly compressedSize: number;
  /** What the directory says the entry inflates to; a lie is caught while inflating. */
  readonly size: number;
  /** DOS time and date, kept on a copied entry. */
  readonly time: number;
  readonly date: number;
  /** Offset of the entry's local header. */
  readonly localHeaderOffset: number;
}

export type ZipDirectory =
  | { readonly ok: true; readonly entries: readonly ZipEntry[] }
  /** `not-zip`: no zip signature at all; `truncated`: a zip that ends early; `damaged`: a directory that does not add up. */
  | { readonly ok: false; readonly reason: "not-zip" | "truncated" | "damaged" | "too-many-entries"; readonly detail: string };

const EOCD = 0x06054b50;
const ZIP64_EOCD = 0x06064b50;
const ZIP64_LOCATOR = 0x07064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
/** The end record is 22 bytes plus a comment of up to 65,535. */
const MAX_EOCD_SEARCH = 22 + 0xffff;

const utf8 = new TextDecoder("utf-8");

function u16(b: Uint8Array, at: number): number {
  return (b[at] ?? 0) | ((b[at + 1] ?? 0) << 8);
}

function u32(b: Uint8Array, at: number): number {
  return (u16(b, at) | (u16(b, at + 2) << 16)) >>> 0;
}

/** A 64-bit little-endian integer, exact up to 2^53 (no file here is larger). */
function u64(b: Uint8Array, at: number): number {
  return u32(b, at) + u32(b, at + 4) * 0x1_0000_0000;
}

function findEndRecord(b: Uint8Array): number {
  const stop = Math.max(0, b.length - MAX_EOCD_SEARCH);
  for (let i = b.length - 22; i >= stop; i--) {
    if (b[i] === 0x50 && b[i + 1] === 0x4b && b[i + 2] === 0x05 && b[i + 3] === 0x06 && u32(b, i) === EOCD) {
      // The comment must run exactly to the end of the file, or this is a stray signature inside data.
      if (i + 22 + u16(b, i + 20) === b.length) return i;
    }
  }
  return -1;
}

/** The real sizes and offset from a zip64 extra field, for those the fixed fields mark as 0xFFFFFFFF. */
function zip64Fields(extra: Uint8Array, fields: { size: number; compressedSize: number; offset: number }): void {
  for (let at = 0; at + 4 <= extra.length; ) {
    const id = u16(extra, at);
    const length = u16(extra, at + 2);
    if (id === 0x0001) {
      let p = at + 4;
      if (fields.size === 0xffffffff && p + 8 <= at + 4 + length) (fields.size = u64(extra, p)), (p += 8);
      if (fields.compressedSize === 0xffffffff && p + 8 <= at + 4 + length) (fields.compressedSize = u64(extra, p)), (p += 8);
      if (fields.offset === 0xffffffff && p + 8 <= at + 4 + length) fields.offset = u64(extra, p);
      return;
    }
    at += 4 + length;
  }
}

/**
 * Reads the directory of `bytes`, never throwing: a file that is not a zip, or a damaged one, says so.
 * @example const dir = readZipDirectory(bytes); if (dir.ok) dir.entries.map((e) => e.name)
 */
export function readZipDirectory(bytes: Uint8Array, maxEntries = Number.POSITIVE_INFINITY): ZipDirectory {
  const isZip = bytes.length >= 4 && u32(bytes, 0) === LOCAL;
  const end = findEndRecord(bytes);
  if (end < 0) {
    return isZip
      ? { ok: false, reason: "truncated", detail: "the end of the zip directory is missing" }
      : { ok: false, reason: "not-zip", detail: "no zip signature" };
  }
  let count = u16(bytes, end + 10);
  let directorySize = u32(bytes, end + 12);
  let directoryOffset = u32(bytes, end + 16);
  const locator = end - 20;
  if (locator >= 0 && u32(bytes, locator) === ZIP64_LOCATOR) {
    const record = u64(bytes, locator + 8);
    if (record + 56 > bytes.length || u32(bytes, record) !== ZIP64_EOCD) return { ok: false, reason: "damaged", detail: "the zip64 directory record is missing" };
    count = u64(bytes, record + 32);
    directorySize = u64(bytes, record + 40);
    directoryOffset = u64(bytes, record + 48);
  }
  if (count > maxEntries) return { ok: false, reason: "too-many-entries", detail: String(count) };
  if (directoryOffset + directorySize > bytes.length) return { ok: false, reason: "truncated", detail: "the zip directory lies past the end of the file" };

  const entries: ZipEntry[] = [];
  let at = directoryOffset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || u32(bytes, at) !== CENTRAL) return { ok: false, reason: "damaged", detail: `directory entry ${i + 1} of ${count} is not where the directory says` };
    const nameLength = u16(bytes, at + 28);
    const extraLength = u16(bytes, at + 30);
    const commentLength = u16(bytes, at + 32);
    const rawName = bytes.subarray(at + 46, at + 46 + nameLength);
    const fields = { size: u32(bytes, at + 24), compressedSize: u32(bytes, at + 20), offset: u32(bytes, at + 42) };
    zip64Fields(bytes.subarray(at + 46 + nameLength, at + 46 + nameLength + extraLength), fields);
    entries.push({
      name: utf8.decode(rawName),
      rawName,
      method: u16(bytes, at + 10),
      flags: u16(bytes, at + 8),
      crc32: u32(bytes, at + 16),
      compressedSize: fields.compressedSize,
      size: fields.size,
      time: u16(bytes, at + 12),
      date: u16(bytes, at + 14),
      localHeaderOffset: fields.offset,
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return { ok: true, entries };
}

/**
 * The entry's compressed bytes (a view, not a copy), `null` when its local header is not where the directory says
 * or its data runs past the end of the file.
 */
export function entryData(bytes: Uint8Array, entry: ZipEntry): Uint8Array | null {
  const at = entry.localHeaderOffset;
  if (at + 30 > bytes.length || u32(bytes, at) !== LOCAL) return null;
  const start = at + 30 + u16(bytes, at + 26) + u16(bytes, at + 28);
  const end = start + entry.compressedSize;
  return end <= bytes.length ? bytes.subarray(start, end) : null;
}
