/**
 * The command line reads a sheet past `NATIVE_INFLATE_MAX_BYTES` through its codec's `inflateAsync` (zlib in Node's
 * threadpool, inflating the next piece while the main thread scans this one): the grids are those the synchronous
 * reader gives, and every guarantee of the read holds on that path too: the budgets, a directory that lies about a
 * part's size, damaged or truncated data, and stopping once a sheet's head is read.
 */
import { crc32, deflateRawSync } from "zlib";
import { NATIVE_INFLATE_MAX_BYTES, NODE_CODEC } from "../../src/cli/nodeCodec";
import { FileReadError } from "../../src/files/fileReadError";
import { openPackageSource, scanPartAsync } from "../../src/files/read/packageSource";
import { DEFAULT_READ_LIMITS } from "../../src/files/read/readLimits";
import type { ReadLimits } from "../../src/files/read/readLimits";
import { readWorkbookGrids } from "../../src/files/readWorkbook";
import type { Codec } from "../../src/files/zip/codec";
import { FFLATE_CODEC } from "../../src/files/zip/codec";
import { findGrid } from "../../src/model/grid";
import { messageText } from "../../src/messages";
import { FINANCE_PART, pack, sampleBytes, unpack } from "../hostile/hostileWorkbooks";

const MB = 1024 * 1024;

/** A sheet of numbers past the native limit, varied enough that zlib's pieces end inside cells and tags. */
function bigSheetXml(): string {
  const rows: string[] = [];
  let seed = 7;
  let length = 0;
  for (let r = 1; length <= NATIVE_INFLATE_MAX_BYTES + 4 * MB; r++) {
    const cells: string[] = [];
    for (let c = 0; c < 20; c++) cells.push(`<c r="${String.fromCharCode(65 + c)}${r}"><v>${(seed = (seed * 48271) % 2147483647) / 1000}</v></c>`);
    const row = `<row r="${r}">${cells.join("")}</row>`;
    rows.push(row);
    length += row.length;
  }
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows.join("")}</sheetData></worksheet>`;
}

const xml = new TextEncoder().encode(bigSheetXml());
const deflated = new Uint8Array(deflateRawSync(xml));

/** The sample with its Finance sheet replaced by the big one, its compressed data edited, its size as said. */
function withFinance(edit: { readonly data?: (data: Uint8Array) => Uint8Array; readonly size?: number } = {}): Uint8Array {
  const parts = unpack(sampleBytes());
  parts.delete(FINANCE_PART);
  return pack(parts, [{ kind: "deflated", name: FINANCE_PART, data: edit.data ? edit.data(deflated) : deflated, crc32: crc32(xml), size: edit.size ?? xml.length }]);
}

/** Node's codec, counting the parts it inflated asynchronously and how large each was said to be. */
function countingCodec(): { codec: Codec; asyncParts: number[] } {
  const asyncParts: number[] = [];
  return {
    asyncParts,
    codec: {
      ...NODE_CODEC,
      inflateAsync: (data, onChunk, maxBytes) => {
        asyncParts.push(maxBytes);
        return NODE_CODEC.inflateAsync(data, onChunk, maxBytes);
      },
    },
  };
}

async function readError(bytes: Uint8Array, limits: Partial<ReadLimits> = {}): Promise<FileReadError> {
  try {
    await readWorkbookGrids(bytes, { codec: NODE_CODEC, limits });
  } catch (error) {
    if (error instanceof FileReadError) return error;
    throw error;
  }
  throw new Error("read without an error");
}

describe("reading a part over the native limit with the command line's codec", () => {
  const book = withFinance();

  it("reads the grids the synchronous reader reads, inflating the large sheet asynchronously", async () => {
    const { codec, asyncParts } = countingCodec();
    const grids = await readWorkbookGrids(book, { codec });
    expect(grids).toEqual(await readWorkbookGrids(book, { codec: FFLATE_CODEC }));
    const finance = findGrid(grids, "Finance");
    expect(finance?.rows.length).toBeGreaterThan(25_000);
    expect(finance?.rows[0]?.length).toBe(20);
    expect(asyncParts).toContain(xml.length);
    expect(xml.length).toBeGreaterThan(NATIVE_INFLATE_MAX_BYTES);
  }, 60_000);

  it("stops inflating once the handler is done, counting only what was inflated", async () => {
    const source = openPackageSource(book, DEFAULT_READ_LIMITS, NODE_CODEC);
    const entry = source.entry(FINANCE_PART);
    if (!entry) throw new Error("test setup: no Finance part");
    const budget = { remaining: DEFAULT_READ_LIMITS.maxTotalBytes };
    let rows = 0;
    const handler = { open: (name: string) => void (name === "row" && (rows += 1)), close: () => undefined, text: () => undefined, done: () => rows >= 20 };
    await scanPartAsync(source, entry, handler, budget, DEFAULT_READ_LIMITS, { label: 'sheet "Finance"', sheet: "Finance" });
    const inflated = DEFAULT_READ_LIMITS.maxTotalBytes - budget.remaining;
    expect(inflated).toBeGreaterThan(0);
    expect(inflated).toBeLessThanOrEqual(4 * MB);
    expect(rows).toBeLessThan(20_000);
  });

  it("refuses a sheet that inflates past the size its directory gives, naming it", async () => {
    const error = await readError(withFinance({ size: NATIVE_INFLATE_MAX_BYTES + MB }));
    expect(error.message).toBe(messageText("FILE_DAMAGED", 'sheet "Finance"', "its compressed data is corrupt or cut short"));
    expect(error.sheet).toBe("Finance");
  });

  it("refuses a sheet that inflates past the part budget, the directory lying to pass it", async () => {
    const lie = NATIVE_INFLATE_MAX_BYTES + MB;
    const error = await readError(withFinance({ size: lie }), { maxPartBytes: lie });
    expect(error.message).toBe(messageText("FILE_PART_TOO_LARGE", 'Sheet "Finance"', "more than 17 MB", "17 MB"));
  });

  it("refuses a sheet past the budget of the whole read before inflating it", async () => {
    const error = await readError(book, { maxTotalBytes: xml.length - 1 });
    expect(error.code).toBe("FILE_PART_TOO_LARGE");
    expect(error.sheet).toBe("Finance");
  });

  it.each([
    ["corrupt", (data: Uint8Array) => data.map((byte, i) => (i > data.length / 2 && i < data.length / 2 + 64 ? 0xff : byte))],
    ["cut short", (data: Uint8Array) => data.subarray(0, data.length >> 1)],
  ])("says a sheet whose compressed data is %s is damaged, naming it", async (_, damage) => {
    const error = await readError(withFinance({ data: damage }));
    expect(error.message).toBe(messageText("FILE_DAMAGED", 'sheet "Finance"', "its compressed data is corrupt or cut short"));
  });
});
