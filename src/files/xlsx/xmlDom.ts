/**
 * The few DOM operations the package writer needs, over `@xmldom/xmldom` so the same code runs in Node and in the
 * browser. Parts we change (workbook, styles, content types, relationships) go through a DOM so everything we do not
 * touch in them, unknown extensions included, is kept; parts we create are written as strings.
 */
import type { Document, Element } from "@xmldom/xmldom";
import { DOMParser, XMLSerializer } from "@xmldom/xmldom";

/** xmldom's own node types; the DOM lib's are structurally close but not assignable. */
export type XmlDocument = Document;
export type XmlElement = Element;

/**
 * Parses XML text, `null` when it is not well-formed.
 * @example parseXml("<a/>")?.documentElement?.tagName === "a"
 */
export function parseXml(text: string): XmlDocument | null {
  try {
    const doc = new DOMParser({ onError: () => undefined }).parseFromString(text, "text/xml");
    return doc.documentElement ? doc : null;
  } catch {
    // xmldom throws on fatal well-formedness errors; callers treat the part as unreadable.
    return null;
  }
}

/** Serialises a document, keeping its XML declaration when it had one. */
export function serializeXml(doc: XmlDocument): string {
  const text = new XMLSerializer().serializeToString(doc);
  return text.startsWith("<?xml") ? text : `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${text}`;
}

/** Element children of `parent`, optionally only those with the given local name. */
export function childElements(parent: XmlElement, localName?: string): XmlElement[] {
  const out: XmlElement[] = [];
  for (let node = parent.firstChild; node; node = node.nextSibling) {
    if (node.nodeType !== 1) continue;
    const el = node as XmlElement;
    if (localName === undefined || el.localName === localName) out.push(el);
  }
  return out;
}

/** The first element child with the given local name, `null` when there is none. */
export function firstChild(parent: XmlElement, localName: string): XmlElement | null {
  return childElements(parent, localName)[0] ?? null;
}

/**
 * Inserts `child` into `parent` where a schema sequence wants it: before the first existing child whose local name
 * comes later in `order`. Children not named in `order` (extensions) are stepped over.
 */
export function insertInOrder(parent: XmlElement, child: XmlElement, order: readonly string[]): void {
  const rank = order.indexOf(child.localName ?? "");
  const next = childElements(parent).find((el) => {
    const r = order.indexOf(el.localName ?? "");
    return r > rank;
  });
  if (next) parent.insertBefore(child, next);
  else parent.appendChild(child);
}

/** Removes an element from its parent, if it has one. */
export function removeElement(el: XmlElement): void {
  el.parentNode?.removeChild(el);
}

/** Creates an element in the namespace of `doc`'s root, so an added child never needs its own declaration. */
export function createElementLike(doc: XmlDocument, localName: string): XmlElement {
  const ns = doc.documentElement?.namespaceURI ?? null;
  const prefix = doc.documentElement?.prefix;
  return doc.createElementNS(ns, prefix ? `${prefix}:${localName}` : localName);
}
