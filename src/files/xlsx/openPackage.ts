/**
 * An .xlsx package held as its zip entries. An entry nobody changes is written back as its original compressed
 * bytes (no inflate, no deflate: byte for byte, in its original order, with its own compression); only the parts a
 * build edits are inflated, each within a size limit, and only those it writes are deflated.
 */
import { Deflate } from "fflate";
import type { Codec } from "../zip/codec";
import { FFLATE_CODEC } from "../zip/codec";
import { crc32 } from "../zip/crc32";
import { inflateEntry, inflateWhole } from "../zip/inflateEntry";
import type { ZipEntry } from "../zip/readZipDirectory";
import { entryData, readZipDirectory } from "../zip/readZipDirectory";
import type { ZipItem } from "../zip/writeZip";
import { writeZip } from "../zip/writeZip";
import type { XmlDocument } from "./xmlDom";
import { parseXml, serializeXml } from "./xmlDom";

/** The largest part the writer inflates whole to edit (workbook, styles, relationships, content types, ...). */
export const MAX_EDITED_PART_BYTES = 64 * 1024 * 1024;

export interface XlsxPackage {
  has(part: string): boolean;
  /** The part's text (UTF-8), `null` when absent, unreadable, or larger than `MAX_EDITED_PART_BYTES`. */
  text(part: string): string | null;
  /** The part parsed, `null` when absent or not well-formed. */
  xml(part: string): XmlDocument | null;
  setText(part: string, text: string): void;
  setXml(part: string, doc: XmlDocument): void;
  /**
   * Edits the start of a part, before `marker` (e.g. a sheet's `<sheetViews>`, before `<sheetData`), however large
   * the part: the rest is streamed through and recompressed, never held whole. `edit` returns the head unchanged
   * to leave the part as it is. Returns whether the part changed.
   */
  editHead(part: string, marker: string, edit: (head: string) => string): boolean;
  remove(part: string): void;
  /** Every entry name, lower-cased, for choosing free part names. */
  takenNames(): Set<string>;
  parts(): string[];
  toZip(): Uint8Array;
}

type Slot =
  | { readonly kind: "original"; readonly name: string; readonly entry: ZipEntry }
  | { readonly kind: "text"; readonly name: string; readonly data: Uint8Array }
  | { readonly kind: "deflated"; readonly name: string; readonly data: Uint8Array; readonly crc32: number; readonly size: number };

const encoder = new TextEncoder();

/** OPC part names compare case-insensitively; a stray leading `/` in a zip name is not part of it. */
function keyOf(part: string): string {
  return part.replace(/^\/+/, "").toLowerCase();
}

/**
 * Opens the zip, `null` when the bytes are not a readable zip.
 * @example openPackage(bytes)?.text("[Content_Types].xml")
 */
export function openPackage(bytes: Uint8Array, codec: Codec = FFLATE_CODEC): XlsxPackage | null {
  const directory = readZipDirectory(bytes);
  if (!directory.ok) return null;
  // Folder entries ("xl/") are not parts, but they are kept so every original entry comes out again; so are
  // duplicate names (a damaged zip), after the first, which is the one read and edited.
  const slots = new Map<string, Slot>();
  const duplicates: Slot[] = [];
  for (const entry of directory.entries) {
    const slot: Slot = { kind: "original", name: entry.name, entry };
    if (slots.has(keyOf(entry.name))) duplicates.push(slot);
    else slots.set(keyOf(entry.name), slot);
  }
  const nameOf = (part: string) => slots.get(keyOf(part))?.name ?? part;

  const pkg: XlsxPackage = {
    has: (part) => slots.has(keyOf(part)),
    text(part) {
      const slot = slots.get(keyOf(part));
      if (!slot) return null;
      if (slot.kind === "text") return new TextDecoder("utf-8").decode(slot.data);
      if (slot.kind === "deflated") return null;
      const inflated = inflateWhole(bytes, slot.entry, MAX_EDITED_PART_BYTES, codec);
      return inflated.ok ? new TextDecoder("utf-8").decode(inflated.data) : null;
    },
    xml(part) {
      const text = pkg.text(part);
      return text === null ? null : parseXml(text);
    },
    setText(part, text) {
      slots.set(keyOf(part), { kind: "text", name: nameOf(part), data: encoder.encode(text) });
    },
    setXml(part, doc) {
      pkg.setText(part, serializeXml(doc));
    },
    editHead(part, marker, edit) {
      const slot = slots.get(keyOf(part));
      if (!slot || slot.kind !== "original") return false;
      const rewritten = rewriteHead(bytes, slot.entry, marker, edit, codec);
      if (!rewritten) return false;
      slots.set(keyOf(part), { kind: "deflated", name: slot.name, ...rewritten });
      return true;
    },
    remove: (part) => void slots.delete(keyOf(part)),
    takenNames: () => new Set([...slots.keys()]),
    parts: () => [...slots.values()].map((s) => s.name),
    toZip() {
      // [Content_Types].xml first, as Excel and most readers expect; the rest in the original order.
      const ordered = [...slots.values()];
      const types = ordered.findIndex((s) => keyOf(s.name) === "[content_types].xml");
      if (types > 0) ordered.unshift(...ordered.splice(types, 1));
      return writeZip(
        [...ordered, ...duplicates].map((slot) => zipItem(bytes, slot)),
        codec,
      );
    },
  };
  return pkg;
}

function zipItem(bytes: Uint8Array, slot: Slot): ZipItem {
  switch (slot.kind) {
    case "original": {
      const data = entryData(bytes, slot.entry);
      // The directory was read from these very bytes; an entry whose data is not there cannot be copied.
      if (!data) throw new Error(`The part ${slot.name} is damaged: its data is not where the zip directory says.`);
      return { kind: "copy", entry: slot.entry, data };
    }
    case "text":
      return { kind: "new", name: slot.name, data: slot.data };
    case "deflated":
      return { kind: "deflated", name: slot.name, data: slot.data, crc32: slot.crc32, size: slot.size };
    default: {
      const never: never = slot;
      throw new Error(`Unknown slot ${String(never)}`);
    }
  }
}

/**
 * Streams a part through: the text before `marker` goes through `edit`, the rest is passed on as it is, and the
 * whole is deflated again piece by piece. `null` when the head needs no change (or the part cannot be read).
 */
function rewriteHead(
  bytes: Uint8Array,
  entry: ZipEntry,
  marker: string,
  edit: (head: string) => string,
  codec: Codec,
): { readonly data: Uint8Array; readonly crc32: number; readonly size: number } | null {
  // First look at the head alone: most parts need no change, and looking costs a few kilobytes of inflating.
  const head = readHead(bytes, entry, marker, codec);
  if (head === null) return null;
  const edited = edit(head.text);
  if (edited === head.text) return null;

  const out: Uint8Array[] = [];
  let crc = 0;
  let size = 0;
  const deflater = new Deflate({ level: 6 }, (chunk) => void out.push(chunk));
  const push = (chunk: Uint8Array, final: boolean) => {
    crc = crc32(chunk, crc);
    size += chunk.length;
    deflater.push(chunk, final);
  };
  push(encoder.encode(edited), false);
  let skip = head.bytes;
  const outcome = inflateEntry(
    bytes,
    entry,
    (chunk) => {
      if (skip >= chunk.length) {
        skip -= chunk.length;
        return;
      }
      push(skip > 0 ? chunk.subarray(skip) : chunk, false);
      skip = 0;
    },
    Number.MAX_SAFE_INTEGER,
    codec,
  );
  if (!outcome.ok) return null;
  push(new Uint8Array(0), true);
  const data = new Uint8Array(out.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const chunk of out) {
    data.set(chunk, at);
    at += chunk.length;
  }
  return { data, crc32: crc, size };
}

/** The part's text before `marker` (the whole part if it has none, within the edit limit), and its length in bytes. */
function readHead(bytes: Uint8Array, entry: ZipEntry, marker: string, codec: Codec): { readonly text: string; readonly bytes: number } | null {
  const chunks: Uint8Array[] = [];
  let length = 0;
  let found = -1;
  const probe = encoder.encode(marker);
  // The marker may straddle two chunks: each chunk is searched together with the end of the one before.
  let tail = new Uint8Array(0);
  const outcome = inflateEntry(
    bytes,
    entry,
    (chunk) => {
      const window = concat([tail, chunk], tail.length + chunk.length);
      const at = indexOfBytes(window, probe, 0);
      if (at >= 0) found = length - tail.length + at;
      chunks.push(chunk);
      length += chunk.length;
      tail = window.slice(Math.max(0, window.length - probe.length + 1));
      if (found >= 0 || length > MAX_EDITED_PART_BYTES) return false;
    },
    Number.MAX_SAFE_INTEGER,
    codec,
  );
  if (!outcome.ok) return null;
  if (found < 0 && (outcome.stopped || length !== entry.size)) return null;
  const all = concat(chunks, length);
  const end = found >= 0 ? found : length;
  return { text: new TextDecoder("utf-8").decode(all.subarray(0, end)), bytes: end };
}

function concat(chunks: readonly Uint8Array[], length: number): Uint8Array {
  if (chunks.length === 1 && chunks[0]) return chunks[0];
  const all = new Uint8Array(length);
  let at = 0;
  for (const chunk of chunks) {
    all.set(chunk, at);
    at += chunk.length;
  }
  return all;
}

function indexOfBytes(haystack: Uint8Array, needle: Uint8Array, from: number): number {
  const first = needle[0];
  outer: for (let i = haystack.indexOf(first as number, from); i >= 0 && i + needle.length <= haystack.length; i = haystack.indexOf(first as number, i + 1)) {
    for (let k = 1; k < needle.length; k++) if (haystack[i + k] !== needle[k]) continue outer;
    return i;
  }
  return -1;
}
