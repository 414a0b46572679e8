/**
 * Keeps a huge sheet from exhausting memory before anything can be said about it. ExcelJS loads every cell of every
 * sheet (a sheet filled to Excel's last row took 45 s and 3.3 GB here), so the package's directory is checked
 * first: a worksheet part larger than the limit reaches ExcelJS cut to its first rows, and the caller learns how
 * many rows it really has. Everything else passes through untouched, without even a re-zip.
 */
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";

/** About 800,000 cells of worksheet XML: what a browser tab can hold once ExcelJS has read it. */
export const MAX_SHEET_PART_BYTES = 24 * 1024 * 1024;
/** Rows kept of a sheet that is too large: enough to see what it is and to name it in the issue. */
export const KEPT_ROWS = 50;

export interface GuardedPackage {
  readonly data: Uint8Array;
  /** Sheets cut short, by name, with the number of rows they really have. */
  readonly cut: ReadonlyMap<string, number>;
}

const ROW = /<row\b[^>]*?(\/>|>)/g;

/** The first `keep` rows of a worksheet part and the number of its last row. */
function cutSheetXml(xml: string, keep: number): { xml: string; totalRows: number } {
  const start = xml.indexOf("<sheetData");
  ROW.lastIndex = Math.max(0, start);
  let end = -1;
  let kept = 0;
  for (let m = ROW.exec(xml); m && kept < keep; m = ROW.exec(xml)) {
    end = m[1] === "/>" ? ROW.lastIndex : xml.indexOf("</row>", ROW.lastIndex) + "</row>".length;
    kept += 1;
    ROW.lastIndex = end;
  }
  const lastRow = xml.lastIndexOf("<row ");
  const totalRows = lastRow === -1 ? 0 : Number(/\br="(\d+)"/.exec(xml.slice(lastRow, lastRow + 200))?.[1] ?? 0);
  const open = xml.indexOf(">", start) + 1;
  const head = end === -1 ? xml.slice(0, open) : xml.slice(0, end);
  return { xml: `${head}</sheetData></worksheet>`, totalRows };
}

/** Worksheet part path -> sheet name, from the workbook part and its relationships. */
function sheetNamesByPart(files: Record<string, Uint8Array>): Map<string, string> {
  const workbook = files["xl/workbook.xml"] ? strFromU8(files["xl/workbook.xml"]) : "";
  const rels = files["xl/_rels/workbook.xml.rels"] ? strFromU8(files["xl/_rels/workbook.xml.rels"]) : "";
  const targets = new Map<string, string>();
  for (const m of rels.matchAll(/<Relationship\b[^>]*>/g)) {
    const id = /\bId="([^"]+)"/.exec(m[0])?.[1];
    const target = /\bTarget="([^"]+)"/.exec(m[0])?.[1];
    if (id && target) targets.set(id, target.startsWith("/") ? target.slice(1) : `xl/${target}`);
  }
  const names = new Map<string, string>();
  for (const m of workbook.matchAll(/<sheet\b[^>]*>/g)) {
    const name = /\bname="([^"]*)"/.exec(m[0])?.[1];
    const id = /\br:id="([^"]+)"/.exec(m[0])?.[1];
    const part = id ? targets.get(id) : undefined;
    if (name !== undefined && part) names.set(part, decodeXml(name));
  }
  return names;
}

function decodeXml(text: string): string {
  return text.replace(/&(lt|gt|quot|apos|amp);/g, (_, e: string) => ({ lt: "<", gt: ">", quot: '"', apos: "'", amp: "&" })[e] ?? _);
}

/**
 * @example const { data, cut } = guardLargeSheets(bytes); // cut.get("Raw extract") === 1048576
 */
export function guardLargeSheets(data: Uint8Array, maxPartBytes: number = MAX_SHEET_PART_BYTES): GuardedPackage {
  const oversized: string[] = [];
  try {
    // The directory alone says each part's size: nothing is inflated here.
    unzipSync(data, {
      filter: (file) => {
        if (/^xl\/worksheets\/[^/]+\.xml$/.test(file.name) && file.originalSize > maxPartBytes) oversized.push(file.name);
        return false;
      },
    });
  } catch {
    // Not a zip: ExcelJS will say so in its own words.
    return { data, cut: new Map() };
  }
  if (oversized.length === 0) return { data, cut: new Map() };

  const files = unzipSync(data);
  const names = sheetNamesByPart(files);
  const cut = new Map<string, number>();
  for (const part of oversized) {
    const bytes = files[part];
    if (!bytes) continue;
    const { xml, totalRows } = cutSheetXml(strFromU8(bytes), KEPT_ROWS);
    files[part] = strToU8(xml);
    cut.set(names.get(part) ?? part, totalRows);
  }
  return { data: zipSync(files), cut };
}
