/**
 * Where each plan style goes, as a few multi-area addresses rather than cell by cell: cells of a style are joined
 * into rectangles (runs along a row, stacked when rows repeat them) and the rectangles into address lists short
 * enough for `Worksheet.getRanges`. Styles with top or bottom borders keep one-row rectangles, so each cell gets its
 * own border rather than only the rectangle's outline.
 */
import type { CellBlock, CellStyle } from "../layout/plan";
import { toA1Range } from "../model/address";

export interface StyleAreas {
  readonly style: string;
  /** Comma-separated A1 areas, each list at most `maxAddress` characters. */
  readonly addresses: readonly string[];
}

/**
 * `getRanges` fails on long address lists (reported near 8,200 characters, below that for some lists:
 * OfficeDev/office-js#5198); 2,000 keeps well clear.
 */
export const MAX_RANGES_ADDRESS = 2000;

interface Rect {
  top: number;
  bottom: number;
  readonly left: number;
  readonly right: number;
}

/**
 * @example planStyleAreas([{ top: 0, left: 0, cells: [[{ value: 1, style: "x" }, { value: 2, style: "x" }]] }], { x: {} })
 * // [{ style: "x", addresses: ["A1:B1"] }]
 */
export function planStyleAreas(
  blocks: readonly CellBlock[],
  styles: Readonly<Record<string, CellStyle>>,
  maxAddress = MAX_RANGES_ADDRESS,
): StyleAreas[] {
  // Later blocks win where blocks overlap, as when writing cell by cell.
  const styleAt = new Map<number, Map<number, string>>();
  for (const block of blocks) {
    block.cells.forEach((line, r) =>
      line.forEach((cell, c) => {
        const row = block.top + r;
        let cells = styleAt.get(row);
        if (!cells) styleAt.set(row, (cells = new Map()));
        if (cell.style !== undefined && styles[cell.style] !== undefined) cells.set(block.left + c, cell.style);
        else cells.delete(block.left + c);
      }),
    );
  }

  const byStyle = new Map<string, Rect[]>();
  const open = new Map<string, Map<string, Rect>>();
  for (const row of [...styleAt.keys()].sort((a, b) => a - b)) {
    const cells = [...(styleAt.get(row) ?? new Map<number, string>()).entries()].sort((a, b) => a[0] - b[0]);
    let i = 0;
    while (i < cells.length) {
      const [left, style] = cells[i] as [number, string];
      let right = left;
      while (i + 1 < cells.length && cells[i + 1]?.[0] === right + 1 && cells[i + 1]?.[1] === style) {
        i += 1;
        right += 1;
      }
      i += 1;
      const css = styles[style] ?? {};
      const stackable = css.borderTop === undefined && css.borderBottom === undefined;
      const key = `${left}:${right}`;
      let rects = byStyle.get(style);
      if (!rects) byStyle.set(style, (rects = []));
      let openForStyle = open.get(style);
      if (!openForStyle) open.set(style, (openForStyle = new Map()));
      const previous = openForStyle.get(key);
      if (stackable && previous && previous.bottom === row - 1) previous.bottom = row;
      else {
        const rect: Rect = { top: row, bottom: row, left, right };
        rects.push(rect);
        openForStyle.set(key, rect);
      }
    }
  }

  const result: StyleAreas[] = [];
  for (const [style, rects] of byStyle) {
    const addresses: string[] = [];
    let current = "";
    for (const r of rects) {
      const area = toA1Range(r.top, r.left, r.bottom, r.right);
      if (current !== "" && current.length + 1 + area.length > maxAddress) {
        addresses.push(current);
        current = "";
      }
      current = current === "" ? area : `${current},${area}`;
    }
    if (current !== "") addresses.push(current);
    result.push({ style, addresses });
  }
  return result;
}
