/**
 * `[Content_Types].xml`: one Override per part we add, none left behind for parts we remove.
 */
import type { XmlDocument } from "./xmlDom";
import { childElements, createElementLike, removeElement } from "./xmlDom";

export const CONTENT_TYPES_PART = "[Content_Types].xml";

export const CONTENT_TYPE = {
  worksheet: "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml",
  drawing: "application/vnd.openxmlformats-officedocument.drawing+xml",
  chart: "application/vnd.openxmlformats-officedocument.drawingml.chart+xml",
  styles: "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml",
  relationships: "application/vnd.openxmlformats-package.relationships+xml",
} as const;

const samePart = (a: string, b: string) => a.replace(/^\//, "").toLowerCase() === b.replace(/^\//, "").toLowerCase();

/**
 * Sets the content type of one part, replacing any Override it already had.
 * @example setOverride(doc, "xl/charts/chart2.xml", CONTENT_TYPE.chart)
 */
export function setOverride(doc: XmlDocument, part: string, contentType: string): void {
  removeOverride(doc, part);
  const el = createElementLike(doc, "Override");
  el.setAttribute("PartName", `/${part}`);
  el.setAttribute("ContentType", contentType);
  doc.documentElement!.appendChild(el);
}

/** Removes the Override of a part, if there is one. */
export function removeOverride(doc: XmlDocument, part: string): void {
  const root = doc.documentElement;
  if (!root) return;
  for (const el of childElements(root, "Override")) {
    if (samePart(el.getAttribute("PartName") ?? "", part)) removeElement(el);
  }
}

/** Makes sure `.rels` and `.xml` have Default content types, which every part we write relies on. */
export function ensureDefaults(doc: XmlDocument): void {
  const root = doc.documentElement!;
  const defaults = childElements(root, "Default").map((el) => (el.getAttribute("Extension") ?? "").toLowerCase());
  const wanted: [string, string][] = [
    ["rels", CONTENT_TYPE.relationships],
    ["xml", "application/xml"],
  ];
  for (const [ext, type] of wanted) {
    if (defaults.includes(ext)) continue;
    const el = createElementLike(doc, "Default");
    el.setAttribute("Extension", ext);
    el.setAttribute("ContentType", type);
    root.insertBefore(el, root.firstChild);
  }
}
