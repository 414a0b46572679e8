/**
 * Header and footer text for Office.js. Excel keeps a page's header (and its footer) as one string: each non-empty
 * section behind its code (`&L`, `&C`, `&R`), a literal `&` doubled, at most 255 characters in all, codes included
 * (MS-XLSB 2.5.73 HeaderFooterString: "The length of the string MUST be less than or equal to 255"; MS-OI29500
 * 2.1.651: Office requires the header's value to be at most 255). Office.js sets the sections one by one, so the
 * limit is met here, for the three together.
 */

/** Excel's limit on a whole header or footer, section codes included. */
const MAX_HEADER_FOOTER = 255;
/** The `&L`, `&C` or `&R` before each non-empty section. */
const SECTION_CODE = 2;

export interface HeaderFooterSections {
  readonly left: string;
  readonly center: string;
  readonly right: string;
}

/** Every `&` doubled except the page codes the plan may carry, `&P` (page) and `&N` (pages). */
function escape(text: string): string {
  return text.replace(/&(?![PN](?![A-Za-z]))/g, "&&");
}

/** `text` cut to `length` characters without leaving half a code (a lone `&` at the end). */
function cut(text: string, length: number): string {
  let out = text.slice(0, Math.max(0, length));
  if (/(^|[^&])(&&)*&$/.test(out)) out = out.slice(0, -1);
  return out;
}

function total(sections: HeaderFooterSections): number {
  return [sections.left, sections.center, sections.right].reduce((n, s) => n + (s === "" ? 0 : SECTION_CODE + s.length), 0);
}

/**
 * The three sections of a header (or footer) as Office.js takes them: escaped, and cut, longest first, until the
 * whole string Excel stores fits its 255 characters.
 * @example headerFooterSections({ left: "Crime & ASB", center: "", right: "Page &P of &N" }).left === "Crime && ASB"
 */
export function headerFooterSections(sections: Partial<HeaderFooterSections>): HeaderFooterSections {
  let fitted: HeaderFooterSections = { left: escape(sections.left ?? ""), center: escape(sections.center ?? ""), right: escape(sections.right ?? "") };
  while (total(fitted) > MAX_HEADER_FOOTER) {
    const over = total(fitted) - MAX_HEADER_FOOTER;
    const longest = (["left", "center", "right"] as const).reduce((a, b) => (fitted[b].length > fitted[a].length ? b : a));
    fitted = { ...fitted, [longest]: cut(fitted[longest], fitted[longest].length - over) };
  }
  return fitted;
}
