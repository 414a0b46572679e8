/**
 * Relationship parts (`*.rels`): reading them, and adding or removing entries without disturbing the others.
 */
import type { XmlDocument } from "./xmlDom";
import { childElements, parseXml, removeElement } from "./xmlDom";

export const PKG_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships";
const REL_TYPE_BASE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";

/** Relationship types by their last segment; strict-conformance packages use another base, so match on the tail. */
export type RelKind = "officeDocument" | "worksheet" | "styles" | "drawing" | "chart" | "calcChain";

export interface Relationship {
  readonly id: string;
  readonly type: string;
  readonly target: string;
  readonly external: boolean;
}

/** The full type URI for a kind we write. */
export function relType(kind: RelKind): string {
  return REL_TYPE_BASE + kind;
}

/** True when `type` is the relationship type `kind`, in either transitional or strict form. */
export function isRelType(type: string, kind: RelKind): boolean {
  return type.endsWith(`/${kind}`);
}

/** A new, empty relationships part. */
export function emptyRelationships(): XmlDocument {
  return parseXml(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${PKG_REL_NS}"/>`)!;
}

/** The relationships of a parsed `.rels` part, in document order. */
export function readRelationships(doc: XmlDocument | null): Relationship[] {
  const root = doc?.documentElement;
  if (!root) return [];
  return childElements(root, "Relationship").map((el) => ({
    id: el.getAttribute("Id") ?? "",
    type: el.getAttribute("Type") ?? "",
    target: el.getAttribute("Target") ?? "",
    external: (el.getAttribute("TargetMode") ?? "") === "External",
  }));
}

/**
 * Appends a relationship with an id no other entry has, and returns that id.
 * @example addRelationship(doc, relType("worksheet"), "worksheets/sheet4.xml") // "rId7"
 */
export function addRelationship(doc: XmlDocument, type: string, target: string): string {
  const root = doc.documentElement!;
  const taken = new Set(readRelationships(doc).map((r) => r.id));
  let n = taken.size + 1;
  while (taken.has(`rId${n}`)) n += 1;
  const id = `rId${n}`;
  const el = doc.createElementNS(root.namespaceURI, "Relationship");
  el.setAttribute("Id", id);
  el.setAttribute("Type", type);
  el.setAttribute("Target", target);
  root.appendChild(el);
  return id;
}

/** Removes the relationship with the given id; returns whether there was one. */
export function removeRelationship(doc: XmlDocument, id: string): boolean {
  const root = doc.documentElement;
  if (!root) return false;
  const el = childElements(root, "Relationship").find((e) => e.getAttribute("Id") === id);
  if (el) removeElement(el);
  return el !== undefined;
}
