import type { Settings } from "../model/kpi";
import type { BuildRecord, Store } from "./readStore";
import { BUILD_PREFIX } from "./readStore";

/**
 * The store rows after a build: the previous rows with this build's record, settings and mapping replaced.
 * @example updateStoreRows(store, { period: "Q2 2013-14", sheets: ["Scorecard Q2 2013-14"] })
 */
export function updateStoreRows(
  store: Store,
  build: BuildRecord,
  changes: { readonly settings?: Partial<Settings>; readonly mapping?: unknown } = {},
): (readonly [string, string])[] {
  const replaced = new Map<string, string>(store.rows.map(([k, v]) => [k, v]));
  replaced.set(`${BUILD_PREFIX}${build.period}`, JSON.stringify(build.sheets));
  if (changes.settings !== undefined) replaced.set("settings", JSON.stringify(changes.settings));
  if (changes.mapping !== undefined) replaced.set("mapping", JSON.stringify(changes.mapping));
  return [...replaced.entries()];
}
