/**
 * Hostile and broken files, generated from the bundled sample at test time (nothing big is committed): each one a
 * way a file has lost an analyst's work or exhausted the machine before (issue 10). The tests
 * (`hostileFiles.test.ts`) assert the message, the exit code and that nothing of the analyst's changed; the bench
 * (`npm run bench -- --hostile`) runs each through the command line as a process and prints its time and memory.
 *
 * Huge parts are made without ever holding them: deflate blocks of a megabyte of zeros (or spaces), each flushed to
 * a byte boundary, repeat to any length, so a 4 GB part is 4 MB of compressed bytes.
 */
import { readFileSync } from "fs";
import { join } from "path";
import { constants, crc32 as zlibCrc32, deflateRawSync } from "zlib";
import { inflateWhole } from "../../src/files/zip/inflateEntry";
import type { ZipEntry } from "../../src/files/zip/readZipDirectory";
import { readZipDirectory } from "../../src/files/zip/readZipDirectory";
import type { ZipItem } from "../../src/files/zip/writeZip";
import { writeZip } from "../../src/files/zip/writeZip";
import { oleFile } from "./oleFile";

export const SAMPLE_PATH = join(__dirname, "..", "..", "samples", "sample-kpi-workbook.xlsx");
/** The sample's Measurements sheet, and its Finance sheet. */
export const MEASUREMENTS_PART = "xl/worksheets/sheet4.xml";
export const FINANCE_PART = "xl/worksheets/sheet7.xml";
const MB = 1024 * 1024;

export function sampleBytes(): Uint8Array {
  return new Uint8Array(readFileSync(SAMPLE_PATH));
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** The parts of a package, inflated, in order (for the small sample only). */
export function unpack(bytes: Uint8Array): Map<string, Uint8Array> {
  const directory = readZipDirectory(bytes);
  if (!directory.ok) throw new Error(`unpack: ${directory.detail}`);
  const parts = new Map<string, Uint8Array>();
  for (const entry of directory.entries) {
    const data = inflateWhole(bytes, entry, 64 * MB);
    if (!data.ok) throw new Error(`unpack: ${entry.name} ${data.reason}`);
    parts.set(entry.name, data.data);
  }
  return parts;
}

/** A package of these parts (text or bytes), plus raw items (huge parts made of deflate blocks). */
export function pack(parts: ReadonlyMap<string, Uint8Array | string>, raw: readonly ZipItem[] = []): Uint8Array {
  const items: ZipItem[] = [...parts].map(([name, data]) => ({ kind: "new", name, data: typeof data === "string" ? encoder.encode(data) : data }));
  return writeZip([...items, ...raw]);
}

function text(parts: ReadonlyMap<string, Uint8Array | string>, name: string): string {
  const data = parts.get(name);
  if (data === undefined) throw new Error(`no part ${name}`);
  return typeof data === "string" ? data : decoder.decode(data);
}

/**
 * A deflate stream of `prefix`, then `megabytes` MB of `fill` bytes, then `suffix`: built from one flushed block
 * repeated, so its size costs nothing to make. Its CRC is computed as zip requires (zlib's crc32, in pieces).
 */
export function repeatedPart(name: string, prefix: string, fill: number, megabytes: number, suffix: string): Extract<ZipItem, { kind: "deflated" }> & { readonly size: number } {
  const flush = { finishFlush: constants.Z_SYNC_FLUSH };
  const head = deflateRawSync(encoder.encode(prefix), flush);
  const block = Buffer.alloc(MB, fill);
  const body = deflateRawSync(block, flush);
  const tail = deflateRawSync(encoder.encode(suffix)); // the final block
  const data = Buffer.concat([head, ...new Array<Buffer>(megabytes).fill(body), tail]);
  // Empty pieces are skipped: Node's crc32 of an empty TextEncoder result returns 0, not the running value.
  const crcOf = (piece: Uint8Array, crc: number) => (piece.length === 0 ? crc : zlibCrc32(piece, crc));
  let crc = crcOf(encoder.encode(prefix), 0);
  for (let i = 0; i < megabytes; i++) crc = crcOf(block, crc);
  crc = crcOf(encoder.encode(suffix), crc);
  return { kind: "deflated", name, data: new Uint8Array(data), crc32: crc, size: encoder.encode(prefix).length + megabytes * MB + encoder.encode(suffix).length };
}

/** The sample with one part's text edited. */
function withEdit(name: string, edit: (xml: string) => string, extra: Readonly<Record<string, string | Uint8Array>> = {}, raw: readonly ZipItem[] = []): Uint8Array {
  const parts: Map<string, Uint8Array | string> = unpack(sampleBytes());
  parts.set(name, edit(text(parts, name)));
  for (const [part, data] of Object.entries(extra)) parts.set(part, data);
  return pack(parts, raw);
}

const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** Issue 10, item 8: one merge from row 100 to the last cell of the sheet, in a file of a few dozen KB. */
export function wholeSheetMerge(): Uint8Array {
  return withEdit(FINANCE_PART, (xml) => xml.replace("</sheetData>", '</sheetData><mergeCells count="1"><mergeCell ref="A100:XFD1048576"/></mergeCells>'));
}

/** Item 8: a data validation over every cell of the data sheet. */
export function wholeSheetValidation(): Uint8Array {
  const validation =
    '<dataValidations count="1"><dataValidation type="decimal" allowBlank="1" showErrorMessage="1" sqref="A1:XFD1048576"><formula1>-1E+100</formula1><formula2>1E+100</formula2></dataValidation></dataValidations>';
  return withEdit(MEASUREMENTS_PART, (xml) => xml.replace(/(<\/sheetData>(?:<mergeCells[^]*?<\/mergeCells>)?)/, `$1${validation}`));
}

/** The sample with one huge binary part (zeros, deflated to a thousandth), referred to by a sheet as Excel does. */
function withHugePart(part: { readonly name: string; readonly contentType: string; readonly sheet: number; readonly relType: string; readonly header: string; readonly megabytes: number }): Uint8Array {
  const extension = part.name.slice(part.name.lastIndexOf(".") + 1);
  const target = `../${part.name.slice("xl/".length)}`;
  return withEdit(
    "[Content_Types].xml",
    (xml) => xml.replace("</Types>", `<Default Extension="${extension}" ContentType="${part.contentType}"/></Types>`),
    {
      [`xl/worksheets/_rels/sheet${part.sheet}.xml.rels`]: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/${part.relType}" Target="${target}"/></Relationships>`,
    },
    [repeatedPart(part.name, part.header, 0, part.megabytes, "")],
  );
}

/** Item 8: a 4 GB printer-settings part, referred to by the data sheet. */
export function hugePrinterSettings(megabytes = 4096): Uint8Array {
  return withHugePart({ name: "xl/printerSettings/printerSettings1.bin", contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.printerSettings", sheet: 4, relType: "printerSettings", header: "", megabytes });
}

/** Item 8: a 1 GB image, referred to by the About sheet. */
export function hugeImage(megabytes = 1024): Uint8Array {
  return withHugePart({ name: "xl/media/image1.png", contentType: "image/png", sheet: 1, relType: "image", header: "\u0089PNG\r\n\u001a\n", megabytes });
}

/**
 * Item 8: the data sheet stored under a zip name with a leading slash (`/xl/worksheets/sheet4.xml`, which a guard
 * matching `xl/worksheets/` missed), 2 GB of it: a valid sheet padded with spaces.
 */
export function hugeSheetWithLeadingSlash(megabytes = 2048): Uint8Array {
  const parts: Map<string, Uint8Array | string> = unpack(sampleBytes());
  const xml = text(parts, MEASUREMENTS_PART);
  parts.delete(MEASUREMENTS_PART);
  const cut = xml.indexOf("</sheetData>");
  return pack(parts, [repeatedPart(`/${MEASUREMENTS_PART}`, xml.slice(0, cut), 32, megabytes, xml.slice(cut))]);
}

/** A zip bomb that lies: the directory says the data sheet is small, the data inflates to 1 GB. */
export function sheetThatLiesAboutItsSize(megabytes = 1024): Uint8Array {
  const parts: Map<string, Uint8Array | string> = unpack(sampleBytes());
  const xml = text(parts, MEASUREMENTS_PART);
  parts.delete(MEASUREMENTS_PART);
  const cut = xml.indexOf("</sheetData>");
  const part = repeatedPart(MEASUREMENTS_PART, xml.slice(0, cut), 32, megabytes, xml.slice(cut));
  return pack(parts, [{ ...part, size: xml.length }]);
}

/** Item 4: the sample with `extra` more parts (custom XML nobody refers to), past zip's 65,535 entries. */
export function manyParts(extra = 65_500): Uint8Array {
  const parts: Map<string, Uint8Array | string> = unpack(sampleBytes());
  const item = encoder.encode("<item/>");
  for (let i = 1; i <= extra; i++) parts.set(`customXml/item${i}.xml`, item);
  return pack(parts);
}

/** Item 7: the sample as a macro-enabled workbook (.xlsm): the macro content type and a VBA project part. */
export function macroWorkbook(): Uint8Array {
  const vba = new Uint8Array(oleFile([{ name: "VBA", data: encoder.encode("Attribute VB_Name = \"Module1\"") }]));
  return withEdit(
    "[Content_Types].xml",
    (xml) =>
      xml
        .replace("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml", "application/vnd.ms-excel.sheet.macroEnabled.main+xml")
        .replace("</Types>", '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/></Types>'),
    {
      "xl/vbaProject.bin": vba,
      "xl/_rels/workbook.xml.rels": text(unpack(sampleBytes()), "xl/_rels/workbook.xml.rels").replace(
        "</Relationships>",
        '<Relationship Id="rId99" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/></Relationships>',
      ),
    },
  );
}

/**
 * Item 11: Total Crime's April and May 2013 (in the year to date of Q2 2013-14) as 1e308 each, which add up past
 * the largest number a double holds.
 */
export function overflowingMeasurements(): Uint8Array {
  return withEdit(MEASUREMENTS_PART, (xml) => {
    let edited = xml;
    for (const serial of [41365 /* Apr-13 */, 41395 /* May-13 */]) {
      // The first row of that month is Total Crime's (the sheet lists KPIs in register order): its value cell in C.
      edited = edited.replace(new RegExp(`(<c r="B(\\d+)"[^>]*><v>${serial}</v></c><c r="C\\2"[^>]*>)<v>[^<]*</v>`), "$1<v>1E+308</v>");
    }
    if (edited === xml) throw new Error("overflowingMeasurements: the sample's layout changed");
    return edited;
  });
}

/** Item 10: a password-protected workbook as Excel saves it (an OLE file holding the encrypted package). */
export function encryptedWorkbook(): Uint8Array {
  return oleFile([
    { name: "EncryptionInfo", data: new Uint8Array([4, 0, 4, 0, 0x40, 0, 0, 0, ...encoder.encode('<?xml version="1.0"?><encryption/>')]) },
    { name: "EncryptedPackage", data: new Uint8Array(8192).fill(0x5a) },
  ]);
}

/** Item 10: an Excel 97-2003 workbook: an OLE file with a Workbook stream starting with a BIFF8 BOF record. */
export function xlsWorkbook(): Uint8Array {
  return oleFile([{ name: "Workbook", data: new Uint8Array([0x09, 0x08, 0x10, 0x00, 0x00, 0x06, 0x05, 0x00, 0xbb, 0x0d, 0xcc, 0x07, 0, 0, 0, 0, 0x06, 0x04, 0, 0]) }]);
}

/** Item 10: an OpenDocument spreadsheet: a zip whose first entry, stored, is its mimetype. */
export function odsWorkbook(): Uint8Array {
  const mimetype = encoder.encode("application/vnd.oasis.opendocument.spreadsheet");
  const entry: ZipEntry = { name: "mimetype", rawName: encoder.encode("mimetype"), method: 0, flags: 0, crc32: zlibCrc32(mimetype), compressedSize: mimetype.length, size: mimetype.length, time: 0, date: 33, localHeaderOffset: 0 };
  return writeZip([
    { kind: "copy", entry, data: mimetype },
    { kind: "new", name: "content.xml", data: encoder.encode('<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"/>') },
    { kind: "new", name: "META-INF/manifest.xml", data: encoder.encode("<manifest/>") },
  ]);
}

/** Item 10: the sample's Measurements saved as CSV under an .xlsx name. */
export function csvFile(): Uint8Array {
  return encoder.encode("KPI ID,Period,Value\nP1-01,2013-04,3269\nP1-01,2013-05,3307\n");
}

/** Item 10: the sample cut short, as a failed copy or download leaves it. */
export function truncatedWorkbook(): Uint8Array {
  const bytes = sampleBytes();
  return bytes.slice(0, Math.floor(bytes.length / 2));
}

/** Item 10: the sample with the data sheet's compressed bytes scrambled (the zip directory intact). */
export function corruptWorkbook(): Uint8Array {
  const bytes = sampleBytes();
  const directory = readZipDirectory(bytes);
  if (!directory.ok) throw new Error("corruptWorkbook: the sample is not a zip");
  const entry = directory.entries.find((e) => e.name === MEASUREMENTS_PART);
  if (!entry) throw new Error("corruptWorkbook: no data sheet");
  const out = bytes.slice();
  const start = entry.localHeaderOffset + 30 + entry.rawName.length + 40;
  for (let i = start; i < start + Math.min(2000, entry.compressedSize - 80); i++) out[i] = (out[i] ?? 0) ^ 0xa5;
  return out;
}
