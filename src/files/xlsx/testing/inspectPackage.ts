/**
 * Reading a written package back for tests: its entries, relationships and content types, and the package-level
 * invariants every output must keep (no orphaned part, no dangling relationship, one content type per part).
 */
import { strFromU8, unzipSync } from "fflate";
import { relsPathFor, resolveTarget } from "../partPaths";
import { readRelationships } from "../relationships";
import { readSheetEntries } from "../workbookXml";
import { childElements, parseXml } from "../xmlDom";

export type Entries = Record<string, Uint8Array>;

export const unzip = (bytes: Uint8Array): Entries => unzipSync(bytes);
export const textOf = (entries: Entries, part: string): string => strFromU8(entries[part] ?? new Uint8Array());

export function relationshipsOf(entries: Entries, part: string) {
  const text = entries[relsPathFor(part)] ? textOf(entries, relsPathFor(part)) : null;
  return readRelationships(text === null ? null : parseXml(text)).map((r) => ({
    ...r,
    part: r.external ? null : resolveTarget(part, r.target),
  }));
}

export function overrides(entries: Entries): string[] {
  const doc = parseXml(textOf(entries, "[Content_Types].xml"));
  return childElements(doc!.documentElement!, "Override").map((el) => (el.getAttribute("PartName") ?? "").replace(/^\//, ""));
}

/** Broken invariants of a package; empty when it is sound. */
export function packageProblems(entries: Entries): string[] {
  const problems: string[] = [];
  const parts = Object.keys(entries).filter((n) => !n.endsWith("/") && !n.endsWith(".rels") && n !== "[Content_Types].xml");
  const reachable = new Set<string>();
  const queue = [""];
  while (queue.length > 0) {
    const part = queue.pop()!;
    for (const rel of relationshipsOf(entries, part)) {
      if (!rel.part) continue;
      if (!(rel.part in entries)) problems.push(`${part || "package"} ${rel.id} points at missing ${rel.part}`);
      else if (!reachable.has(rel.part)) {
        reachable.add(rel.part);
        queue.push(rel.part);
      }
    }
  }
  for (const part of parts) if (!reachable.has(part)) problems.push(`orphaned part ${part}`);
  const seen = new Set<string>();
  for (const name of overrides(entries)) {
    if (seen.has(name.toLowerCase())) problems.push(`duplicate content type for ${name}`);
    seen.add(name.toLowerCase());
    if (!(name in entries)) problems.push(`content type for missing part ${name}`);
  }
  for (const name of Object.keys(entries)) {
    if (name.endsWith(".rels") && name !== "_rels/.rels") {
      const source = name.replace(/_rels\/([^/]+)\.rels$/, "$1");
      if (!(source in entries)) problems.push(`relationships of missing part ${source}`);
    }
  }
  return problems;
}

/** The worksheet part of a sheet, by its name in workbook.xml. */
export function sheetPartOf(entries: Entries, sheet: string): string {
  const doc = parseXml(textOf(entries, "xl/workbook.xml"));
  const entry = readSheetEntries(doc!).find((e) => e.name === sheet);
  return relationshipsOf(entries, "xl/workbook.xml").find((r) => r.id === entry?.relId)?.part ?? "";
}

/** The chart parts a sheet's drawing points at, in relationship order. */
export function chartPartsOf(entries: Entries, sheet: string): string[] {
  const drawing = relationshipsOf(entries, sheetPartOf(entries, sheet)).find((r) => r.type.endsWith("/drawing"))?.part;
  return drawing ? relationshipsOf(entries, drawing).map((r) => r.part ?? "") : [];
}
