/**
 * Deletes the parts a removed sheet owned (its rels, drawings, charts, comments, tables...) unless something that
 * stays still refers to them, e.g. a pivot cache the workbook also lists. Reachability is computed from the package
 * root over every remaining relationship, so nothing shared is ever lost.
 */
import type { XlsxPackage } from "./openPackage";
import { readRelationships } from "./relationships";
import { relsPathFor, resolveTarget } from "./partPaths";

function internalTargets(pkg: XlsxPackage, part: string): string[] {
  return readRelationships(pkg.xml(relsPathFor(part)))
    .filter((r) => !r.external)
    .map((r) => resolveTarget(part, r.target))
    .filter((target) => pkg.has(target));
}

function closure(pkg: XlsxPackage, start: readonly string[]): Set<string> {
  const seen = new Set<string>();
  const queue = [...start];
  while (queue.length > 0) {
    const part = queue.pop()!;
    if (seen.has(part)) continue;
    seen.add(part);
    queue.push(...internalTargets(pkg, part));
  }
  return seen;
}

/**
 * Removes `candidates` and everything only they led to; returns the removed part names.
 * @example removeUnreachableParts(pkg, ["xl/worksheets/sheet3.xml"]) // ["xl/worksheets/sheet3.xml", "xl/drawings/drawing2.xml", ...]
 */
export function removeUnreachableParts(pkg: XlsxPackage, candidates: readonly string[]): string[] {
  const owned = closure(pkg, candidates.filter((p) => pkg.has(p)));
  if (owned.size === 0) return [];
  const reachable = closure(pkg, internalTargets(pkg, ""));
  const removed: string[] = [];
  for (const part of owned) {
    if (reachable.has(part)) continue;
    pkg.remove(part);
    pkg.remove(relsPathFor(part));
    removed.push(part);
  }
  return removed;
}
