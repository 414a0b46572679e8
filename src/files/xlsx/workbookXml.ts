/**
 * Edits to `workbook.xml`: the sheet list, defined names and the active tab. Sheet indexes (a name's
 * `localSheetId`, the view's `activeTab`) shift when sheets are removed, so every edit goes through an index map.
 */
import type { XmlDocument, XmlElement } from "./xmlDom";
import { childElements, createElementLike, firstChild, insertInOrder, removeElement } from "./xmlDom";

const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const XMLNS_NS = "http://www.w3.org/2000/xmlns/";

/** CT_Workbook's child sequence. */
const WORKBOOK_ORDER = [
  "fileVersion", "fileSharing", "workbookPr", "workbookProtection", "bookViews", "sheets", "functionGroups",
  "externalReferences", "definedNames", "calcPr", "oleSize", "customWorkbookViews", "pivotCaches", "smartTagPr",
  "smartTagTypes", "webPublishing", "fileRecoveryPr", "webPublishObjects", "extLst",
];

export interface SheetEntry {
  readonly name: string;
  readonly sheetId: number;
  readonly relId: string;
  readonly element: XmlElement;
}

/** Old sheet index to new, `null` for a removed sheet. */
export type SheetIndexMap = readonly (number | null)[];

function sheetsElement(doc: XmlDocument): XmlElement | null {
  const root = doc.documentElement;
  return root ? firstChild(root, "sheets") : null;
}

/** The workbook's sheets in tab order. */
export function readSheetEntries(doc: XmlDocument): SheetEntry[] {
  const sheets = sheetsElement(doc);
  if (!sheets) return [];
  return childElements(sheets, "sheet").map((el) => ({
    name: el.getAttribute("name") ?? "",
    sheetId: Number(el.getAttribute("sheetId") ?? 0),
    relId: el.getAttributeNS(REL_NS, "id") ?? el.getAttribute("r:id") ?? "",
    element: el,
  }));
}

/**
 * Removes the `<sheet>` entries whose names (compared ignoring case, as Excel does) are in `names`.
 * @example removeSheetEntries(doc, new Set(["scorecard q2 2013-14"])) // { map: [0, null, 1], removed: [entry] }
 */
export function removeSheetEntries(doc: XmlDocument, names: ReadonlySet<string>): { map: SheetIndexMap; removed: SheetEntry[] } {
  const map: (number | null)[] = [];
  const removed: SheetEntry[] = [];
  let next = 0;
  for (const entry of readSheetEntries(doc)) {
    if (names.has(entry.name.toLowerCase())) {
      removeElement(entry.element);
      removed.push(entry);
      map.push(null);
    } else {
      map.push(next);
      next += 1;
    }
  }
  return { map, removed };
}

/** Appends a `<sheet>` entry; `sheetId` must be unused. */
export function appendSheetEntry(doc: XmlDocument, name: string, sheetId: number, relId: string, state?: "veryHidden"): void {
  const root = doc.documentElement!;
  let sheets = sheetsElement(doc);
  if (!sheets) {
    sheets = createElementLike(doc, "sheets");
    insertInOrder(root, sheets, WORKBOOK_ORDER);
  }
  let prefix = root.lookupPrefix(REL_NS);
  if (!prefix) {
    root.setAttributeNS(XMLNS_NS, "xmlns:r", REL_NS);
    prefix = "r";
  }
  const el = createElementLike(doc, "sheet");
  el.setAttribute("name", name);
  el.setAttribute("sheetId", String(sheetId));
  if (state) el.setAttribute("state", state);
  el.setAttributeNS(REL_NS, `${prefix}:id`, relId);
  sheets.appendChild(el);
}

function quotedSheetPattern(name: string): RegExp {
  const quoted = `'${name.replace(/'/g, "''")}'!`.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const bare = /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? `|(?<![A-Za-z0-9_.'])${name.replace(/\./g, "\\.")}!` : "";
  return new RegExp(`${quoted}${bare}`, "gi");
}

/**
 * Keeps defined names valid after sheets were removed: names scoped to a removed sheet go, the others' `localSheetId`
 * follow their sheet, and references to a sheet that is gone for good become `#REF!` as Excel itself would write.
 */
export function remapDefinedNames(doc: XmlDocument, map: SheetIndexMap, goneSheets: readonly string[]): void {
  const list = doc.documentElement ? firstChild(doc.documentElement, "definedNames") : null;
  if (!list) return;
  const patterns = goneSheets.map(quotedSheetPattern);
  for (const el of childElements(list, "definedName")) {
    const local = el.getAttribute("localSheetId");
    if (local !== null && local !== "") {
      const mapped = map[Number(local)];
      if (mapped === null) {
        removeElement(el);
        continue;
      }
      if (mapped !== undefined) el.setAttribute("localSheetId", String(mapped));
    }
    const formula = el.textContent ?? "";
    const fixed = patterns.reduce((text, p) => text.replace(p, "#REF!"), formula);
    if (fixed !== formula) el.textContent = fixed;
  }
  if (childElements(list, "definedName").length === 0) removeElement(list);
}

/**
 * Adds a defined name (replacing one with the same name and scope), keeping `definedNames` where the schema wants it
 * and its entries sorted by name as Excel writes them.
 */
export function setDefinedName(doc: XmlDocument, name: string, localSheetId: number | null, formula: string): void {
  const root = doc.documentElement!;
  let list = firstChild(root, "definedNames");
  if (!list) {
    list = createElementLike(doc, "definedNames");
    insertInOrder(root, list, WORKBOOK_ORDER);
  }
  const scope = localSheetId === null ? "" : String(localSheetId);
  for (const el of childElements(list, "definedName")) {
    if ((el.getAttribute("name") ?? "").toLowerCase() === name.toLowerCase() && (el.getAttribute("localSheetId") ?? "") === scope) {
      removeElement(el);
    }
  }
  const el = createElementLike(doc, "definedName");
  el.setAttribute("name", name);
  if (localSheetId !== null) el.setAttribute("localSheetId", scope);
  el.textContent = formula;
  list.appendChild(el);
  const key = (e: XmlElement) => `${(e.getAttribute("name") ?? "").toLowerCase()}\u0000${(e.getAttribute("localSheetId") ?? "").padStart(6, "0")}`;
  const sorted = childElements(list, "definedName").sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
  for (const e of sorted) list.appendChild(e);
}

/**
 * Points the workbook view at `activeTab` and keeps `firstSheet` (the first tab shown in the tab bar) in range.
 */
export function setActiveTab(doc: XmlDocument, activeTab: number, map: SheetIndexMap): void {
  const root = doc.documentElement!;
  let views = firstChild(root, "bookViews");
  if (!views) {
    // Without a view Excel opens the first tab; an explicit one lets the scorecard open on top.
    views = createElementLike(doc, "bookViews");
    views.appendChild(createElementLike(doc, "workbookView"));
    insertInOrder(root, views, WORKBOOK_ORDER);
  }
  for (const view of childElements(views, "workbookView")) {
    view.setAttribute("activeTab", String(activeTab));
    const first = view.getAttribute("firstSheet");
    if (first !== null) {
      const mapped = map[Number(first)];
      view.setAttribute("firstSheet", String(Math.min(mapped ?? 0, activeTab)));
    }
  }
}
