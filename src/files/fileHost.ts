/**
 * The file host: a workbook held as .xlsx bytes. Reading streams the package into grids within budgets
 * (`readWorkbook.ts`); rendering writes the plan into a copy of the package at the part level, so the analyst's
 * charts, pivot tables and names survive byte for byte. The input bytes are never modified: `output()` is a new
 * package.
 */
import { planReadWindow } from "../ingest/planReadWindow";
import type { WorkbookHost } from "../pipeline";
import type { ReadWorkbookGridsOptions } from "./readWorkbook";
import { readWorkbookGrids } from "./readWorkbook";
import type { PackageKind } from "./read/readPackageKind";
import { readPackageKind } from "./read/readPackageKind";
import { writeScorecardPackage } from "./xlsx/writeScorecardPackage";

export interface FileHost extends WorkbookHost {
  /** The built workbook; the input itself until something has been rendered. */
  output(): Uint8Array;
  /** The package's kind (.xlsx, .xlsm, ...): the output is the same kind and must keep its extension. */
  kind(): PackageKind;
}

/** @example const host = createFileHost(bytes); await runBuild(host, request); save(host.output()); */
export function createFileHost(input: Uint8Array, options: ReadWorkbookGridsOptions = {}): FileHost {
  let output = input;
  let kind: PackageKind | null = null;
  return {
    // Given what the build needs, months it cannot use are left unread on large sheets (`planReadWindow`);
    // `runBuild` reads everything again should the build reach further back.
    read: (needs) => readWorkbookGrids(input, needs ? { ...options, window: (heads, large) => planReadWindow(heads, needs, large) } : options),
    render: async (job) => {
      output = writeScorecardPackage(input, job.plan, { replaceSheets: job.replaceSheets, store: job.store, codec: options.codec });
    },
    output: () => output,
    kind: () => (kind ??= readPackageKind(input)),
  };
}
