/**
 * An .xlsx package as the reader sees it: the zip's directory, parts found by name, and each part streamed through
 * the XML scanner within the read's byte budget. Nothing is inflated until a part is scanned, and only the parts a
 * build reads are scanned: a 4 GB printer-settings part or image costs nothing.
 */
import { FileReadError } from "../fileReadError";
import type { Codec } from "../zip/codec";
import { FFLATE_CODEC } from "../zip/codec";
import type { ZipEntry } from "../zip/readZipDirectory";
import { readZipDirectory } from "../zip/readZipDirectory";
import type { InflateOutcome } from "../zip/inflateEntry";
import { inflateEntry, inflateEntryAsync } from "../zip/inflateEntry";
import { XmlScanner, XmlTokenTooLongError } from "../xml/scanXml";
import type { XmlHandler } from "../xml/scanXml";
import { describeNonWorkbook } from "./describeNonWorkbook";
import type { ReadLimits } from "./readLimits";

export interface PackageSource {
  readonly bytes: Uint8Array;
  readonly codec: Codec;
  readonly entries: readonly ZipEntry[];
  /** The entry of a part by its name: case-insensitive as OPC names are, a stray leading `/` in the zip ignored. */
  entry(part: string): ZipEntry | undefined;
}

/** Bytes of XML still allowed for this read. */
export interface ByteBudget {
  remaining: number;
}

function partKey(name: string): string {
  return name.replace(/^\/+/, "").toLowerCase();
}

/**
 * Opens the zip directory; throws a `FileReadError` saying what the file is when it is not a zip package.
 * @example const source = openPackageSource(bytes, DEFAULT_READ_LIMITS); source.entry("xl/workbook.xml")
 */
export function openPackageSource(bytes: Uint8Array, limits: ReadLimits, codec: Codec = FFLATE_CODEC): PackageSource {
  const directory = readZipDirectory(bytes, limits.maxEntries);
  if (!directory.ok) {
    const why = describeNonWorkbook(bytes, directory, limits.maxEntries);
    throw new FileReadError(why.code, { sheet: "", cell: "" }, ...why.args);
  }
  const byName = new Map<string, ZipEntry>();
  for (const entry of directory.entries) {
    const key = partKey(entry.name);
    if (!byName.has(key)) byName.set(key, entry);
  }
  return { bytes, codec, entries: directory.entries, entry: (part) => byName.get(partKey(part)) };
}

function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024 * 1024) return `${(bytes / (1024 * 1024 * 1024)).toFixed(1)} GB`;
  return `${Math.max(1, Math.round(bytes / (1024 * 1024)))} MB`;
}

/**
 * A part in UTF-16 (OPC allows it, with a byte-order mark) re-encoded as UTF-8 piece by piece for the scanner;
 * `null` for the usual UTF-8.
 */
function utf16Transcoder(first: Uint8Array): ((chunk: Uint8Array | null) => Uint8Array) | null {
  const encoding = first[0] === 0xff && first[1] === 0xfe ? "utf-16le" : first[0] === 0xfe && first[1] === 0xff ? "utf-16be" : null;
  if (encoding === null) return null;
  const decoder = new TextDecoder(encoding);
  const encoder = new TextEncoder();
  return (chunk) => encoder.encode(chunk === null ? decoder.decode() : decoder.decode(chunk, { stream: true }));
}

type ScanHandler = XmlHandler & { done?: () => boolean };

interface ScanWhere {
  readonly label: string;
  readonly sheet: string;
}

/**
 * One part's scan: the bytes it may inflate to, the chunk handler feeding the scanner, and its end. The part's size
 * in the directory is checked here, before anything is inflated.
 */
function startScan(entry: ZipEntry, handler: ScanHandler, budget: ByteBudget, limits: ReadLimits, where: ScanWhere, onScanner?: (scanner: XmlScanner) => void) {
  const allowed = Math.min(limits.maxPartBytes, budget.remaining);
  if (entry.size > allowed) {
    throw new FileReadError("FILE_PART_TOO_LARGE", { sheet: where.sheet, cell: "" }, capitalise(where.label), formatBytes(entry.size), formatBytes(entry.size > limits.maxPartBytes ? limits.maxPartBytes : limits.maxTotalBytes));
  }
  const scanner = new XmlScanner(handler);
  onScanner?.(scanner);
  let transcode: ((chunk: Uint8Array | null) => Uint8Array) | null | undefined;
  return {
    allowed,
    onChunk: (chunk: Uint8Array): boolean => {
      if (transcode === undefined) transcode = utf16Transcoder(chunk);
      const bytes = transcode ? transcode(chunk) : chunk;
      inCatalogue(where, () => scanner.write(bytes));
      return handler.done?.() !== true;
    },
    /** Ends the scan of a part read to its end, then settles the budget and the outcome. */
    finish: (outcome: InflateOutcome): void => {
      if (outcome.ok && !outcome.stopped) {
        const rest = transcode ? transcode(null) : null;
        inCatalogue(where, () => {
          if (rest) scanner.write(rest);
          scanner.end();
        });
      }
      settleScan(outcome, allowed, budget, where);
    },
  };
}

/** Runs the scanner, saying an endless token in the catalogue's words: it is not XML a spreadsheet holds. */
function inCatalogue(where: ScanWhere, scan: () => void): void {
  try {
    scan();
  } catch (error) {
    if (error instanceof XmlTokenTooLongError) throw new FileReadError("FILE_DAMAGED", { sheet: where.sheet, cell: "" }, where.label, "it is not XML a spreadsheet would hold");
    throw error;
  }
}

/** Counts what was inflated against the budget; throws the `FileReadError` of a part that could not be read. */
function settleScan(outcome: InflateOutcome, allowed: number, budget: ByteBudget, where: ScanWhere): void {
  const at = { sheet: where.sheet, cell: "" };
  budget.remaining -= outcome.bytes;
  if (outcome.ok) return;
  switch (outcome.reason) {
    case "too-large":
      throw new FileReadError("FILE_PART_TOO_LARGE", at, capitalise(where.label), `more than ${formatBytes(allowed)}`, formatBytes(allowed));
    case "damaged":
      throw new FileReadError("FILE_DAMAGED", at, where.label, "its compressed data is corrupt or cut short");
    case "encrypted":
      throw new FileReadError("FILE_PASSWORD_PROTECTED", at);
    case "unsupported-method":
      throw new FileReadError("FILE_UNSUPPORTED_COMPRESSION", at, capitalise(where.label));
    default: {
      const never: never = outcome.reason;
      throw new Error(`Unknown inflate outcome ${String(never)}`);
    }
  }
}

/**
 * Streams a part through `handler`; `label` names it in messages (`sheet "Measurements"`). Stops early, without an
 * error, when `handler` sets `done()` to true. Throws `FileReadError` for a part that is too large or damaged.
 * @example scanPart(source, entry, handler, budget, limits, { label: "the shared strings", sheet: "" })
 */
export function scanPart(
  source: PackageSource,
  entry: ZipEntry,
  handler: ScanHandler,
  budget: ByteBudget,
  limits: ReadLimits,
  where: ScanWhere,
  onScanner?: (scanner: XmlScanner) => void,
): void {
  const scan = startScan(entry, handler, budget, limits, where, onScanner);
  scan.finish(inflateEntry(source.bytes, entry, scan.onChunk, scan.allowed, source.codec));
}

/**
 * `scanPart` through the codec's `inflateAsync` where it has one: on the command line a large sheet is inflated in
 * Node's threadpool while the chunk before is scanned, so the two no longer add up. The same checks, outcome and errors.
 * @example await scanPartAsync(source, entry, handler, budget, limits, { label: `sheet "KPIs"`, sheet: "KPIs" })
 */
export async function scanPartAsync(
  source: PackageSource,
  entry: ZipEntry,
  handler: ScanHandler,
  budget: ByteBudget,
  limits: ReadLimits,
  where: ScanWhere,
  onScanner?: (scanner: XmlScanner) => void,
): Promise<void> {
  const scan = startScan(entry, handler, budget, limits, where, onScanner);
  scan.finish(await inflateEntryAsync(source.bytes, entry, scan.onChunk, scan.allowed, source.codec));
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
