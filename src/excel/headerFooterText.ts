/** Excel's limit on a header or footer section. */
const MAX_SECTION = 255;

/**
 * Header/footer text for Office.js: every `&` doubled (a lone one starts a formatting code) except the page codes
 * the plan may carry, `&P` (page) and `&N` (pages), as the file host writes them.
 * @example headerFooterText("Crime & ASB, page &P of &N") === "Crime && ASB, page &P of &N"
 */
export function headerFooterText(text: string): string {
  const escaped = text.replace(/&(?![PN](?![A-Za-z]))/g, "&&");
  // Never cut a code in half.
  let cut = escaped.slice(0, MAX_SECTION);
  if (/(^|[^&])(&&)*&$/.test(cut)) cut = cut.slice(0, -1);
  return cut;
}
