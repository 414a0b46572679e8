/**
 * An .xlsx package held as its zip entries. Entries are kept as the original bytes until a step changes them, so
 * everything we do not touch is written back byte for byte, in its original order.
 */
import { unzipSync, zipSync } from "fflate";
import type { XmlDocument } from "./xmlDom";
import { parseXml, serializeXml } from "./xmlDom";

/** 1 Jan 1980, the earliest time a zip entry can carry. */
const PACKAGE_MTIME = new Date(1980, 0, 1);

export interface XlsxPackage {
  has(part: string): boolean;
  /** The part's text (UTF-8), `null` when absent. */
  text(part: string): string | null;
  /** The part parsed, `null` when absent or not well-formed. */
  xml(part: string): XmlDocument | null;
  setText(part: string, text: string): void;
  setXml(part: string, doc: XmlDocument): void;
  remove(part: string): void;
  /** Every entry name, lower-cased, for choosing free part names. */
  takenNames(): Set<string>;
  parts(): string[];
  toZip(): Uint8Array;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder("utf-8");

/**
 * Opens the zip, `null` when the bytes are not a readable zip.
 * @example openPackage(bytes)?.text("[Content_Types].xml")
 */
export function openPackage(bytes: Uint8Array): XlsxPackage | null {
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(bytes);
  } catch {
    return null;
  }
  // Folder entries ("xl/") are not parts, but they are kept so every original entry comes out again.
  const files = new Map<string, Uint8Array>(Object.entries(entries));
  return {
    has: (part) => files.has(part),
    text: (part) => {
      const data = files.get(part);
      return data ? decoder.decode(data) : null;
    },
    xml(part) {
      const text = this.text(part);
      return text === null ? null : parseXml(text);
    },
    setText: (part, text) => void files.set(part, encoder.encode(text)),
    setXml(part, doc) {
      this.setText(part, serializeXml(doc));
    },
    remove: (part) => void files.delete(part),
    takenNames: () => new Set([...files.keys()].map((k) => k.toLowerCase())),
    parts: () => [...files.keys()],
    toZip: () => {
      // [Content_Types].xml first, as Excel and most readers expect; the rest in the original order.
      const ordered: Record<string, Uint8Array | [Uint8Array, { level: 0 }]> = {};
      const ct = files.get("[Content_Types].xml");
      if (ct) ordered["[Content_Types].xml"] = ct;
      for (const [name, data] of files) {
        if (name === "[Content_Types].xml") continue;
        // Images are compressed already; deflating them again only costs time on big workbooks.
        ordered[name] = /\.(png|jpe?g|gif)$/i.test(name) ? [data, { level: 0 }] : data;
      }
      // A fixed timestamp: the same workbook built twice is the same bytes, whenever it was built.
      return zipSync(ordered, { level: 6, mtime: PACKAGE_MTIME });
    },
  };
}
