import { FileReadError } from "../fileReadError";
import { decodeXstring } from "../xml/decodeXmlText";
import type { XmlHandler, XmlScanner } from "../xml/scanXml";
import { textOf } from "../xml/scanXml";

/**
 * Reads `xl/sharedStrings.xml`: each `<si>` as its text (rich-text runs joined, phonetic guides left out),
 * `null` for an empty string, as a cell would hold it.
 * @example const strings = sharedStringsHandler(4_000_000); scanPart(..., strings, ..., (s) => strings.attach(s));
 */
export function sharedStringsHandler(limit: number): XmlHandler & { readonly result: (string | null)[]; attach(scanner: XmlScanner): void } {
  const result: (string | null)[] = [];
  let scanner: XmlScanner | null = null;
  let inItem = false;
  let phonetic = 0;
  let text = "";
  return {
    result,
    attach(s) {
      scanner = s;
    },
    open(name) {
      if (name === "si") {
        inItem = true;
        text = "";
        if (result.length >= limit) throw new FileReadError("FILE_PART_TOO_LARGE", { sheet: "", cell: "" }, "The shared strings table", `more than ${limit.toLocaleString("en-GB")} strings`, `${limit.toLocaleString("en-GB")} strings`);
      } else if (name === "rPh") {
        phonetic += 1;
      } else if (name === "t" && inItem && phonetic === 0 && scanner) {
        scanner.wantText = true;
      }
    },
    close(name) {
      if (name === "t") {
        if (scanner) scanner.wantText = false;
      } else if (name === "rPh") {
        phonetic = Math.max(0, phonetic - 1);
      } else if (name === "si" && inItem) {
        inItem = false;
        result.push(text === "" ? null : decodeXstring(text));
      }
    },
    text(t) {
      text += textOf(t);
    },
  };
}
