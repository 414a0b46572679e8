/**
 * The small parts that say where everything is: relationships, the workbook's sheet list and date system, and the
 * styles' number formats. Each is streamed like a sheet (a hostile file can make any part huge).
 */
import { readAttribute } from "../xml/scanXml";
import type { XmlHandler } from "../xml/scanXml";
import { builtInNumberFormat } from "./builtInNumberFormats";

export interface PartRelationship {
  readonly id: string;
  readonly type: string;
  readonly target: string;
  readonly external: boolean;
}

const NO_TEXT = (): void => undefined;
const NO_CLOSE = (): void => undefined;

/** @example const rels = relationshipsHandler(); scanPart(source, entry, rels, ...); rels.result */
export function relationshipsHandler(): XmlHandler & { readonly result: PartRelationship[] } {
  const result: PartRelationship[] = [];
  return {
    result,
    open(name, tag) {
      if (name !== "Relationship") return;
      result.push({
        id: readAttribute(tag, "Id") ?? "",
        type: readAttribute(tag, "Type") ?? "",
        target: readAttribute(tag, "Target") ?? "",
        external: readAttribute(tag, "TargetMode") === "External",
      });
    },
    close: NO_CLOSE,
    text: NO_TEXT,
  };
}

export interface WorkbookSheetEntry {
  readonly name: string;
  readonly relId: string;
  readonly state: "visible" | "hidden" | "veryHidden";
}

export interface WorkbookInfo {
  readonly sheets: WorkbookSheetEntry[];
  date1904: boolean;
}

/** The `<sheets>` of `xl/workbook.xml` in tab order, and whether dates count from 1904. */
export function workbookHandler(): XmlHandler & { readonly result: WorkbookInfo } {
  const result: WorkbookInfo = { sheets: [], date1904: false };
  return {
    result,
    open(name, tag) {
      if (name === "sheet") {
        const state = readAttribute(tag, "state");
        result.sheets.push({
          name: readAttribute(tag, "name") ?? "",
          relId: readAttribute(tag, "id") ?? "",
          state: state === "hidden" || state === "veryHidden" ? state : "visible",
        });
      } else if (name === "workbookPr") {
        const flag = readAttribute(tag, "date1904");
        result.date1904 = flag === "1" || flag === "true";
      }
    },
    close: NO_CLOSE,
    text: NO_TEXT,
  };
}

/**
 * The number format of each cell style (`s="3"` on a cell is index 3), `undefined` for General. Formats of
 * conditional formatting (`<dxf><numFmt>`) are not cell styles and are left out.
 */
export function stylesHandler(): XmlHandler & { readonly result: (string | undefined)[] } {
  const custom = new Map<number, string>();
  const formatIds: number[] = [];
  let inNumFmts = false;
  let inCellXfs = false;
  let depth = 0;
  const result: (string | undefined)[] = [];
  return {
    result,
    open(name, tag) {
      if (name === "numFmts") {
        inNumFmts = !tag.selfClosing;
      } else if (name === "numFmt" && inNumFmts) {
        const id = Number(readAttribute(tag, "numFmtId"));
        const code = readAttribute(tag, "formatCode");
        if (Number.isInteger(id) && code !== undefined) custom.set(id, code);
      } else if (name === "cellXfs" && !inCellXfs) {
        inCellXfs = !tag.selfClosing;
        depth = 0;
      } else if (inCellXfs) {
        if (name === "xf" && depth === 0) formatIds.push(Number(readAttribute(tag, "numFmtId") ?? 0));
        depth += 1;
      }
    },
    close(name) {
      if (name === "numFmts") inNumFmts = false;
      if (!inCellXfs) return;
      depth -= 1;
      if (depth >= 0) return;
      // </cellXfs>: every format is known by now (numFmts come first in the schema).
      inCellXfs = false;
      result.length = 0;
      for (const id of formatIds) result.push(custom.get(id) ?? builtInNumberFormat(id));
    },
    text: NO_TEXT,
  };
}
