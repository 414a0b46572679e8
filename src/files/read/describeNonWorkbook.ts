/**
 * What a file is when it is not an .xlsx package, from its first bytes, so the message can say what to do:
 * an encrypted workbook and an .xls are both OLE compound files, told apart by their stream names; an .ods is a zip
 * whose `mimetype` says so; a CSV or an HTML "export to Excel" is text.
 */
import type { IssueCode } from "../../messages";
import type { ZipDirectory, ZipEntry } from "../zip/readZipDirectory";
import { entryData } from "../zip/readZipDirectory";

export interface NonWorkbook {
  readonly code: IssueCode;
  readonly args: readonly string[];
}

function formatCount(n: number): string {
  return n.toLocaleString("en-GB");
}

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** Whether `name`, written UTF-16LE as OLE directory entries are, occurs in `bytes`. */
function hasStreamName(bytes: Uint8Array, name: string): boolean {
  const first = name.charCodeAt(0);
  outer: for (let i = 0; i + name.length * 2 <= bytes.length; i++) {
    if (bytes[i] !== first || bytes[i + 1] !== 0) continue;
    for (let k = 1; k < name.length; k++) {
      if (bytes[i + 2 * k] !== name.charCodeAt(k) || bytes[i + 2 * k + 1] !== 0) continue outer;
    }
    return true;
  }
  return false;
}

function describeOle(bytes: Uint8Array): NonWorkbook {
  // "Encrypt with Password" wraps the real .xlsx in an OLE file with these two streams (MS-OFFCRYPTO 2.3.4).
  if (hasStreamName(bytes, "EncryptionInfo") || hasStreamName(bytes, "EncryptedPackage")) return { code: "FILE_PASSWORD_PROTECTED", args: [] };
  // Excel 97-2003 keeps the workbook in a stream named "Workbook" (Excel 5/95: "Book").
  if (hasStreamName(bytes, "Workbook") || hasStreamName(bytes, "Book")) return { code: "FILE_XLS", args: [] };
  return { code: "FILE_OLD_OFFICE", args: [] };
}

function describeText(bytes: Uint8Array): NonWorkbook | null {
  const head = bytes.subarray(0, 4096);
  const utf16 = head[0] === 0xff && head[1] === 0xfe;
  if (!utf16 && head.includes(0)) return null;
  const text = new TextDecoder(utf16 ? "utf-16le" : "utf-8").decode(head).replace(/^\uFEFF/, "");
  const start = text.trimStart().slice(0, 400).toLowerCase();
  if (start.includes("urn:schemas-microsoft-com:office:spreadsheet")) return { code: "FILE_TEXT", args: ["an Excel 2003 XML Spreadsheet"] };
  if (start.startsWith("<!doctype html") || start.startsWith("<html") || start.includes("<table")) return { code: "FILE_TEXT", args: ["a web page (HTML) saved with a spreadsheet name"] };
  const firstLine = text.split(/\r?\n/, 1)[0] ?? "";
  if (firstLine.includes("\t")) return { code: "FILE_TEXT", args: ["values separated by tabs"] };
  if (firstLine.includes(",") || firstLine.includes(";")) return { code: "FILE_TEXT", args: ["CSV, values separated by commas"] };
  return { code: "FILE_TEXT", args: ["plain text"] };
}

function describeZip(bytes: Uint8Array, entries: readonly ZipEntry[]): NonWorkbook {
  const names = new Set(entries.map((e) => e.name.toLowerCase()));
  const mimetype = entries.find((e) => e.name === "mimetype" && e.method === 0);
  const declared = mimetype ? new TextDecoder().decode(entryData(bytes, mimetype) ?? new Uint8Array(0)) : "";
  if (declared.includes("opendocument.spreadsheet")) return { code: "FILE_ODS", args: [] };
  if (declared.includes("opendocument.text")) return { code: "FILE_OTHER_DOCUMENT", args: ["an OpenDocument text document (.odt)"] };
  if (names.has("xl/workbook.bin")) return { code: "FILE_XLSB", args: [] };
  if (names.has("word/document.xml")) return { code: "FILE_OTHER_DOCUMENT", args: ["a Word document (.docx)"] };
  if (names.has("ppt/presentation.xml")) return { code: "FILE_OTHER_DOCUMENT", args: ["a PowerPoint presentation (.pptx)"] };
  return { code: "FILE_NO_WORKBOOK_PART", args: [] };
}

/**
 * Why `bytes` cannot be read as a workbook, given what reading its zip directory found.
 * @example describeNonWorkbook(new Uint8Array(0), readZipDirectory(new Uint8Array(0))).code === "FILE_EMPTY"
 */
export function describeNonWorkbook(bytes: Uint8Array, directory: ZipDirectory, maxEntries = 0): NonWorkbook {
  if (bytes.length === 0) return { code: "FILE_EMPTY", args: [] };
  if (OLE_MAGIC.every((b, i) => bytes[i] === b)) return describeOle(bytes);
  if (directory.ok) return describeZip(bytes, directory.entries);
  switch (directory.reason) {
    case "truncated":
      return { code: "FILE_TRUNCATED", args: [] };
    case "damaged":
      return { code: "FILE_DAMAGED", args: ["the zip directory", directory.detail] };
    case "too-many-entries":
      return { code: "FILE_TOO_MANY_PARTS", args: [formatCount(Number(directory.detail)), formatCount(maxEntries)] };
    case "not-zip":
      return describeText(bytes) ?? { code: "FILE_NOT_WORKBOOK", args: [] };
    default: {
      const never: never = directory.reason;
      throw new Error(`Unknown zip problem ${String(never)}`);
    }
  }
}
