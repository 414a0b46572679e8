/**
 * The sample workbook with its Measurements sheet reaching Excel's last row (1,048,576), written at the zip level
 * with fflate: ExcelJS would take minutes to write a million rows.
 *
 * - `sparse`: the sample's rows, then one stray value in D1048576 (a note typed at the bottom, or a column filled down
 *   by accident): the used range and `<dimension>` say A1:D1048576, the rows in between are empty.
 * - `full`: every row filled with a distinct measurement (P1-01 by ward and month), as an export pasted whole would.
 */
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { sheetPartOf } from "../../../src/files/xlsx/testing/inspectPackage";

export const EXCEL_MAX_ROWS = 1_048_576;

const MONTHS = 30;
/** Excel serial of the first of the month `m` months after April 2011, the sample's first month. */
function monthSerial(m: number): number {
  const year = 2011 + Math.floor((3 + m) / 12);
  const month = (3 + m) % 12;
  return Math.round((Date.UTC(year, month, 1) - Date.UTC(1899, 11, 30)) / 86_400_000);
}

function fullRows(from: number, styles: { period: string; value: string }): Uint8Array[] {
  const chunks: Uint8Array[] = [];
  let xml = "";
  for (let r = from; r <= EXCEL_MAX_ROWS; r++) {
    const i = r - from;
    const ward = Math.floor(i / MONTHS) + 1;
    xml +=
      `<row r="${r}"><c r="A${r}" t="inlineStr"><is><t>P1-01</t></is></c><c r="B${r}"${styles.period}><v>${monthSerial(i % MONTHS)}</v></c>` +
      `<c r="C${r}"${styles.value}><v>${(i * 7) % 500}</v></c><c r="D${r}" t="inlineStr"><is><t>Ward ${ward}</t></is></c></row>`;
    if (xml.length > 1_000_000) {
      chunks.push(strToU8(xml));
      xml = "";
    }
  }
  chunks.push(strToU8(xml));
  return chunks;
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/**
 * @example const bytes = measurementsAtExcelLimit(readFileSync(SAMPLE), "sparse");
 */
export function measurementsAtExcelLimit(sample: Uint8Array, fill: "sparse" | "full"): Uint8Array {
  const entries: Record<string, Uint8Array> = unzipSync(sample);
  const part = sheetPartOf(entries, "Measurements");
  const xml = strFromU8(entries[part] ?? new Uint8Array());
  const end = xml.indexOf("</sheetData>");
  const lastRow = [...xml.matchAll(/<row r="(\d+)"/g)].reduce((n, m) => Math.max(n, Number(m[1])), 0);
  if (end < 0 || lastRow === 0) throw new Error("measurementsAtExcelLimit: no sheetData in the sample's Measurements sheet");
  const head = xml.slice(0, end).replace(/<dimension ref="[^"]*"\/>/, `<dimension ref="A1:D${EXCEL_MAX_ROWS}"/>`);
  // The sample's own period and value styles (mmm-yy, #,##0), so the added rows read like the rest.
  const period = /<c r="B2"( s="\d+")/.exec(xml)?.[1] ?? "";
  const value = /<c r="C2"( s="\d+")/.exec(xml)?.[1] ?? "";
  const rows =
    fill === "sparse"
      ? [strToU8(`<row r="${EXCEL_MAX_ROWS}"><c r="D${EXCEL_MAX_ROWS}" t="inlineStr"><is><t>checked</t></is></c></row>`)]
      : fullRows(lastRow + 1, { period, value });
  entries[part] = concat([strToU8(head), ...rows, strToU8(xml.slice(end))]);
  return zipSync(entries, { level: 1 });
}
