/** A piece of wrapped text in a column, for estimating how tall its row must be. */
export interface WrappedText {
  readonly text: string;
  /** Column width in characters (as `ColumnSpec.width`); merged cells pass the sum. */
  readonly width: number;
  readonly fontSize?: number;
}

/** Excel's own row height for 10pt Calibri. */
const POINTS_PER_LINE_AT_10 = 12.75;
const PADDING = 1.5;
const MAX_HEIGHT = 409;

/**
 * Row height in points for wrapped texts. Hosts do not reliably autofit rows they write (Excel keeps the height
 * it is given), so the plan says how tall a row must be to show its longest text.
 * @example estimateRowHeight([{ text: "short", width: 40 }], 15) === 15
 */
export function estimateRowHeight(texts: readonly WrappedText[], minimum = 15): number {
  let height = minimum;
  for (const { text, width, fontSize = 10 } of texts) {
    const lines = countLines(text, width, fontSize);
    const lineHeight = (POINTS_PER_LINE_AT_10 * fontSize) / 10;
    height = Math.max(height, Math.ceil(lines * lineHeight + PADDING));
  }
  return Math.min(MAX_HEIGHT, height);
}

/**
 * Lines a text wraps to, wrapping word by word as Excel does. Width is measured in '0' digits of the 11pt default
 * font; prose at 10pt fits about 1.3 characters per digit width (Calibri/Carlito). Kept a little conservative:
 * a row with slack reads fine, a row that clips commentary does not.
 */
function countLines(text: string, width: number, fontSize: number): number {
  const perLine = Math.max(1, Math.floor((width * 1.3 * 10) / fontSize) - 1);
  let total = 0;
  for (const paragraph of text.split(/\r?\n/)) {
    let lines = 1;
    let used = 0;
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      // A word longer than the line breaks across lines by itself.
      const length = word.length;
      if (used === 0) {
        lines += Math.floor((length - 1) / perLine);
        used = ((length - 1) % perLine) + 1;
      } else if (used + 1 + length <= perLine) {
        used += 1 + length;
      } else {
        lines += 1 + Math.floor((length - 1) / perLine);
        used = ((length - 1) % perLine) + 1;
      }
    }
    total += lines;
  }
  return total;
}
