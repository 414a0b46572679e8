/**
 * A sheet's cell blocks as Office.js writes: rectangles of values with the number formats to set first, split into
 * row chunks small enough to pack into requests. Strings that Excel would read as something else get the text
 * format `@` before their value arrives, so `=SUM(A1)`, `+44 1202`, `-5`, `@user` or `Apr-13` stay text.
 */
import type { CellBlock, CellStyle, PlanCell } from "../layout/plan";
import { toA1Range } from "../model/address";
import { needsTextFormat } from "./needsTextFormat";
import { webJsonLength } from "./webJsonLength";

export type WireValue = string | number | boolean | null;

export interface ValueChunk {
  /** A1 address of the rectangle, e.g. `A7:G66`. */
  readonly address: string;
  /** `null` leaves a cell as it is (empty, on a new sheet). */
  readonly values: readonly (readonly WireValue[])[];
  readonly numberFormats: readonly (readonly (string | null)[])[];
  /** Whether any number format is set (a chunk of plain text and numbers skips the formats). */
  readonly hasFormats: boolean;
  /** Estimated request bytes, as Office on the web sends them (`webJsonLength`). */
  readonly bytes: number;
}

/** Excel's limit on the characters of a cell. */
const MAX_CELL_TEXT = 32767;
/** Rows of a block go into chunks of about this many bytes, so packing has pieces to work with. */
const CHUNK_BYTES = 256 * 1024;
/** Office.js object paths and actions around each chunk. */
const CHUNK_OVERHEAD = 400;

function wireValue(cell: PlanCell | undefined): WireValue {
  const value = cell?.value;
  if (value === undefined || value === null) return null;
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (typeof value === "string") return value.length > MAX_CELL_TEXT ? value.slice(0, MAX_CELL_TEXT) : value;
  return value;
}

function numberFormat(cell: PlanCell | undefined, styles: Readonly<Record<string, CellStyle>>): string | null {
  if (!cell) return null;
  if (typeof cell.value === "string" && needsTextFormat(cell.value)) return "@";
  return (cell.style === undefined ? undefined : styles[cell.style]?.numberFormat) ?? null;
}

function rowBytes(values: readonly WireValue[], formats: readonly (string | null)[]): number {
  return webJsonLength(JSON.stringify(values)) + webJsonLength(JSON.stringify(formats));
}

/**
 * @example planValueChunks([{ top: 0, left: 0, cells: [[{ value: "=x" }]] }], {})[0]?.numberFormats // [["@"]]
 */
export function planValueChunks(blocks: readonly CellBlock[], styles: Readonly<Record<string, CellStyle>>, chunkBytes = CHUNK_BYTES): ValueChunk[] {
  const chunks: ValueChunk[] = [];
  for (const block of blocks) {
    let start = 0;
    while (start < block.cells.length) {
      let end = start;
      let bytes = CHUNK_OVERHEAD;
      const rows: { values: WireValue[]; formats: (string | null)[] }[] = [];
      while (end < block.cells.length) {
        const line = block.cells[end] ?? [];
        const values = line.map(wireValue);
        const formats = line.map((cell) => numberFormat(cell, styles));
        const size = rowBytes(values, formats);
        if (rows.length > 0 && bytes + size > chunkBytes) break;
        rows.push({ values, formats });
        bytes += size;
        end += 1;
      }
      const width = Math.max(0, ...rows.map((r) => r.values.length));
      if (width > 0) {
        const pad = <T>(line: readonly T[]): T[] => [...line, ...Array.from({ length: width - line.length }, () => null as T)];
        const values = rows.map((r) => pad(r.values));
        const numberFormats = rows.map((r) => pad(r.formats));
        const hasFormats = numberFormats.some((line) => line.some((f) => f !== null));
        chunks.push({
          address: toA1Range(block.top + start, block.left, block.top + end - 1, block.left + width - 1),
          values,
          numberFormats,
          hasFormats,
          // What is sent, padding included.
          bytes: CHUNK_OVERHEAD + webJsonLength(JSON.stringify(values)) + (hasFormats ? webJsonLength(JSON.stringify(numberFormats)) : 0),
        });
      }
      start = end;
    }
  }
  return chunks;
}
