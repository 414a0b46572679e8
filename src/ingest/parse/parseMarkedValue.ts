import type { CellValue } from "../../model/grid";
import { cleanText } from "./cleanText";
import type { ParsedValue } from "./parseValue";
import { parseValue } from "./parseValue";
import { parseTrendMark } from "./parseTrendMark";

/** A value as a published table prints it, with what was set aside to read it. */
export interface MarkedValue {
  readonly parsed: ParsedValue;
  /** A trend mark before or after the figure (`↓` in `↓ -5%`, `--` in `-- 46%`), or the cell's only content. */
  readonly mark: string | null;
  /** A second figure in brackets after a percentage (`+8` in `+1.0% (+8)`): the change in number, not used. */
  readonly second: string | null;
}

/**
 * Reads a value cell of a published table: `parseValue`'s forms, plus seed 002's figures with a trend mark
 * (`↓ -5%`, `-- 46%`, `↑ £731k`), a percentage followed by the change in number (`+1.0% (+8)`, `-3.1%(-24)`,
 * `-93% (2)`), and a trend mark alone (`↑`), which is no figure. A lone `-` stays a no-data marker, and `- 46%`
 * stays minus 46%: a dash before a number is a sign.
 * @example parseMarkedValue("↓ -5%").parsed // { kind: "number", value: -5, numberKind: "percent", footnote: null }
 */
export function parseMarkedValue(cell: CellValue, numberFormat?: string): MarkedValue {
  if (typeof cell !== "string") return { parsed: parseValue(cell, numberFormat), mark: null, second: null };
  const text = cleanText(cell);
  const plain = parseValue(text);
  if (plain.kind !== "unreadable") return { parsed: plain, mark: null, second: null };

  if (parseTrendMark(text) !== null) return { parsed: { kind: "no-data", text }, mark: text, second: null };
  let body = text;
  let mark: string | null = null;
  const leading = LEADING_MARK.exec(body);
  const trailing = leading ? null : TRAILING_MARK.exec(body);
  if (leading) {
    mark = leading[1] ?? null;
    body = (leading[2] ?? "").trim();
  } else if (trailing) {
    mark = trailing[2] ?? null;
    body = (trailing[1] ?? "").trim();
  }
  let second: string | null = null;
  const bracketed = SECOND_FIGURE.exec(body);
  if (bracketed) {
    body = (bracketed[1] ?? "").trim();
    second = (bracketed[2] ?? "").trim();
  }
  if (mark === null && second === null) return { parsed: plain, mark: null, second: null };
  const parsed = parseValue(body);
  // Only a figure makes the reading worth it; otherwise the cell is reported as it was.
  return parsed.kind === "number" || parsed.kind === "no-data" || parsed.kind === "grade"
    ? { parsed, mark, second }
    : { parsed: plain, mark: null, second: null };
}

const MARK_CHARS = "∧∨\\^↑↓▲▼⬆⬇↗↘△▽⇧⇩→↔";
const LEADING_MARK = new RegExp(`^([${MARK_CHARS}]|--|—|–(?=\\s))\\s*(.+)$`, "u");
const TRAILING_MARK = new RegExp(`^(.+?)\\s*([${MARK_CHARS}])$`, "u");
const SECOND_FIGURE = /^([+\-−]?[£$€]?[\d.,]+\s*%)\s*\(\s*([+\-−]?[£$€]?[\d.,]+\s*%?)\s*\)$/;
