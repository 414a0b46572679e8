/**
 * `docProps/app.xml` lists the sheet names (TitlesOfParts) in groups counted by HeadingPairs. Excel does not need
 * the lists, but they must agree with each other, so they are updated for the sheets we remove and add, or dropped
 * together when they cannot be understood.
 */
import type { XmlDocument, XmlElement } from "./xmlDom";
import { childElements, firstChild, removeElement } from "./xmlDom";

interface Group {
  readonly nameVariant: XmlElement;
  readonly countElement: XmlElement;
  titles: string[];
}

function vectorOf(parent: XmlElement | null): XmlElement | null {
  return parent ? firstChild(parent, "vector") : null;
}

function readGroups(headingVector: XmlElement, titles: string[]): Group[] | null {
  const variants = childElements(headingVector, "variant");
  if (variants.length % 2 !== 0) return null;
  const groups: Group[] = [];
  let offset = 0;
  for (let i = 0; i < variants.length; i += 2) {
    const nameVariant = variants[i]!;
    const countElement = variants[i + 1] ? childElements(variants[i + 1]!)[0] : undefined;
    const count = Number(countElement?.textContent ?? NaN);
    if (!countElement || !Number.isInteger(count) || count < 0) return null;
    groups.push({ nameVariant, countElement, titles: titles.slice(offset, offset + count) });
    offset += count;
  }
  return offset === titles.length ? groups : null;
}

function startsWithSheet(title: string, sheet: string): boolean {
  const lower = title.toLowerCase();
  const name = sheet.toLowerCase();
  return lower.startsWith(`${name}!`) || lower.startsWith(`'${name.replace(/'/g, "''")}'!`);
}

/**
 * Updates the title lists for removed and added sheets; removes both lists when they do not add up.
 * @example updateAppTitles(doc, ["Data", "Scorecard Q1 2013-14"], ["Scorecard Q1 2013-14"], ["Scorecard Q1 2013-14"])
 */
export function updateAppTitles(
  doc: XmlDocument,
  originalSheets: readonly string[],
  removed: readonly string[],
  added: readonly string[],
): void {
  const root = doc.documentElement;
  if (!root) return;
  const headingPairs = firstChild(root, "HeadingPairs");
  const titlesOfParts = firstChild(root, "TitlesOfParts");
  if (!headingPairs && !titlesOfParts) return;
  const dropBoth = () => {
    if (headingPairs) removeElement(headingPairs);
    if (titlesOfParts) removeElement(titlesOfParts);
  };
  const headingVector = vectorOf(headingPairs);
  const titlesVector = vectorOf(titlesOfParts);
  if (!headingVector || !titlesVector) return dropBoth();
  const titleElements = childElements(titlesVector, "lpstr");
  const groups = readGroups(headingVector, titleElements.map((el) => el.textContent ?? ""));
  const sheetSet = new Set(originalSheets.map((s) => s.toLowerCase()));
  const sheetGroup = groups?.find((g) => g.titles.length > 0 && g.titles.every((t) => sheetSet.has(t.toLowerCase())));
  if (!groups || (!sheetGroup && originalSheets.length > 0)) return dropBoth();

  const removedSet = new Set(removed.map((s) => s.toLowerCase()));
  for (const group of groups) {
    group.titles =
      group === sheetGroup
        ? [...group.titles.filter((t) => !removedSet.has(t.toLowerCase())), ...added]
        : group.titles.filter((t) => !removed.some((sheet) => startsWithSheet(t, sheet)));
    group.countElement.textContent = String(group.titles.length);
  }
  const prefix = titleElements[0]?.prefix ?? titlesVector.prefix;
  for (const el of titleElements) removeElement(el);
  const all = groups.flatMap((g) => g.titles);
  for (const title of all) {
    const el = doc.createElementNS(titlesVector.namespaceURI, prefix ? `${prefix}:lpstr` : "lpstr");
    el.textContent = title;
    titlesVector.appendChild(el);
  }
  titlesVector.setAttribute("size", String(all.length));
}
