/**
 * The bundle Excel downloads each time the pane opens stays small, the file host ships only to the standalone page,
 * and ExcelJS ships nowhere (it writes the sample and test fixtures only). Measured on the dist/ the global setup has
 * just built from the current sources.
 */
import { readFileSync } from "fs";
import { join } from "path";
import { ENTRY_GZIP_LIMIT_KIB, measureBundle } from "../../scripts/bundle-sizes";
import type { BundleSizes } from "../../scripts/bundle-sizes";
import { DIST } from "./support/paths";

/** Packages and source folders only the standalone page may load. */
const STANDALONE_ONLY = /^(exceljs|jszip|src\/files(\/|$))/;
/** Packages no chunk may hold: ExcelJS and what it pulls in are development dependencies now. */
const NOWHERE = /^(exceljs|jszip|unzipper|fstream|rimraf|archiver)$/;

describe("the task pane bundle", () => {
  let sizes: BundleSizes;

  beforeAll(() => {
    const measured = measureBundle(DIST);
    if (!measured) throw new Error("dist/taskpane.html is missing: the e2e global setup should have built it.");
    sizes = measured;
  });

  it(`keeps the in-Office entry under ${ENTRY_GZIP_LIMIT_KIB} KiB gzipped`, () => {
    expect(sizes.entry.map((c) => c.file)).toEqual([expect.stringMatching(/^taskpane\.[0-9a-f]+\.js$/)]);
    expect(sizes.entryGzipBytes).toBeGreaterThan(10 * 1024); // a real bundle was measured, not an empty file
    expect(sizes.entryGzipBytes).toBeLessThan(ENTRY_GZIP_LIMIT_KIB * 1024);
  });

  it("keeps the file host out of the in-Office entry", () => {
    for (const chunk of sizes.entry) {
      expect(chunk.contents).not.toBeNull(); // source maps are how the contents are known
      expect(chunk.contents!.filter((owner) => STANDALONE_ONLY.test(owner))).toEqual([]);
      // And by content, in case source maps ever stop naming modules: ExcelJS's own error text.
      expect(readFileSync(join(DIST, chunk.file), "utf8")).not.toContain("Worksheet name already exists");
    }
  });

  it("loads the file host only through the standalone page's import(), never through the Excel engine's", () => {
    expect(sizes.groups).not.toBeNull();
    const group = (name: string) => sizes.groups!.find((g) => g.name === name);
    expect(group("standalone")?.packages).toContain("fflate");
    const standaloneFiles = group("standalone")?.files ?? [];
    const fileHostChunk = sizes.lazy.find((c) => c.contents?.some((owner) => owner.startsWith("src/files")));
    expect(standaloneFiles).toContain(fileHostChunk?.file);
    for (const other of sizes.groups!.filter((g) => g.name !== "standalone")) {
      expect({ group: other.name, packages: other.packages.filter((p) => STANDALONE_ONLY.test(p)) }).toEqual({ group: other.name, packages: [] });
      expect(other.files).not.toContain(fileHostChunk?.file);
    }
  });

  it("ships ExcelJS nowhere: the file host reads and writes packages itself", () => {
    for (const chunk of [...sizes.entry, ...sizes.lazy]) {
      expect({ file: chunk.file, packages: (chunk.contents ?? []).filter((owner) => NOWHERE.test(owner)) }).toEqual({ file: chunk.file, packages: [] });
    }
  });
});
