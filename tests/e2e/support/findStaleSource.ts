import { existsSync, readdirSync, statSync } from "fs";
import { join, relative } from "path";

/** Written into dist/ after the suite builds, so an unchanged rebuild (webpack skips identical files) counts as fresh. */
export const BUILD_STAMP = ".e2e-build-stamp";

/** What the bundle is made from; tests and test helpers are not. */
const INPUTS = ["src", "samples/sample-kpi-workbook.xlsx", "assets", "manifest.xml", "webpack.config.js", "tsconfig.json", "package-lock.json"];
const NOT_INPUTS = /(\.test\.tsx?$|[\\/](testing|__fixtures__|__snapshots__)[\\/])/;

/**
 * The first source file newer than the built page, `"dist/taskpane.html is missing"` when there is none, or `null`
 * when dist/ is up to date.
 * @example findStaleSource(ROOT) // "src/taskpane/App.tsx is newer than the build" | null
 */
export function findStaleSource(root: string): string | null {
  const dist = join(root, "dist");
  const page = join(dist, "taskpane.html");
  if (!existsSync(page)) return "dist/taskpane.html is missing";
  const stamp = join(dist, BUILD_STAMP);
  const builtAt = Math.max(newestMtime(dist), existsSync(stamp) ? statSync(stamp).mtimeMs : 0);
  for (const input of INPUTS) {
    const newer = findNewer(join(root, input), builtAt);
    if (newer) return `${relative(root, newer)} is newer than the build`;
  }
  return null;
}

function newestMtime(dir: string): number {
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isFile())
    .reduce((max, e) => Math.max(max, statSync(join(dir, e.name)).mtimeMs), 0);
}

function findNewer(path: string, than: number): string | null {
  if (!existsSync(path) || NOT_INPUTS.test(path)) return null;
  const stat = statSync(path);
  if (stat.isFile()) return stat.mtimeMs > than ? path : null;
  for (const entry of readdirSync(path)) {
    const newer = findNewer(join(path, entry), than);
    if (newer) return newer;
  }
  return null;
}
