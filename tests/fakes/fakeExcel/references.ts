/**
 * References to sheets as Excel keeps them: in formulas, defined names, validation lists and chart series. Excel
 * holds a reference to the sheet itself, not to its name, so a reference follows a renamed sheet and becomes `#REF!`
 * when its sheet is deleted, and a new sheet given the old name does not bring it back: OfficeDev/office-js-docs-pr
 * issue 1762 (an add-in deleted `Sheet1` and renamed another sheet to `Sheet1`; `=Sheet1!A1` on a third sheet broke,
 * even with calculation suspended) and OfficeDev/office-js issue 3583 (a name's formula read back as `=#REF!$A$1`).
 * The fake keeps references as text and rewrites that text on every rename and delete, which a test can see; it
 * evaluates only formulas that are a single cell reference.
 */

/** The sheet part of a reference at `index` (`Name!` or `'My sheet'!`), or `null`. */
function sheetPrefixAt(text: string, index: number): { name: string; end: number } | null {
  if (text[index] === "'") {
    let i = index + 1;
    let name = "";
    while (i < text.length) {
      if (text[i] === "'" && text[i + 1] === "'") {
        name += "'";
        i += 2;
      } else if (text[i] === "'") break;
      else name += text[i++];
    }
    return text[i] === "'" && text[i + 1] === "!" ? { name, end: i + 2 } : null;
  }
  const match = /^[A-Za-z_\\][A-Za-z0-9_.]*!/.exec(text.slice(index));
  if (!match) return null;
  // A name is a whole token: not the tail of a longer word (`A1B!` inside `XA1B!`).
  if (index > 0 && /[A-Za-z0-9_.]/.test(text[index - 1] ?? "")) return null;
  return { name: match[0].slice(0, -1), end: index + match[0].length };
}

/**
 * `text` with every reference to sheet `oldName` (any case) given the prefix `newPrefix` (`'New name'!` or `#REF!`),
 * string literals left alone.
 * @example rewriteSheetRefs("='Scorecard Q2'!H7+Data!A1", "scorecard q2", "#REF!") === "=#REF!H7+Data!A1"
 */
export function rewriteSheetRefs(text: string, oldName: string, newPrefix: string): string {
  const wanted = oldName.toLowerCase();
  let out = "";
  let i = 0;
  while (i < text.length) {
    const ch = text[i] ?? "";
    if (ch === '"') {
      // A string literal, "" inside it standing for one quote.
      let j = i + 1;
      while (j < text.length && !(text[j] === '"' && text[j + 1] !== '"')) j += text[j] === '"' ? 2 : 1;
      out += text.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    const prefix = sheetPrefixAt(text, i);
    if (prefix) {
      out += prefix.name.toLowerCase() === wanted ? newPrefix : text.slice(i, prefix.end);
      i = prefix.end;
      continue;
    }
    out += ch;
    i += 1;
  }
  return out;
}

/**
 * The sheet and cell of a formula that is one cell reference (`='Scorecard Q2'!$H$7`), or `null` for anything else;
 * `{ broken: true }` for one whose sheet is gone (`=#REF!H7`).
 * @example singleCellRef("='Scorecard Q2'!$H$7") // { sheet: "Scorecard Q2", cell: "H7" }
 */
export function singleCellRef(formula: string): { sheet: string; cell: string } | { broken: true } | null {
  if (/^=#REF!/i.test(formula)) return { broken: true };
  if (!formula.startsWith("=")) return null;
  const prefix = sheetPrefixAt(formula, 1);
  if (!prefix) return null;
  const cell = /^\$?([A-Z]{1,3})\$?(\d{1,7})$/i.exec(formula.slice(prefix.end));
  return cell ? { sheet: prefix.name, cell: `${(cell[1] ?? "").toUpperCase()}${cell[2] ?? ""}` } : null;
}
