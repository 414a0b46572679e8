/**
 * Before any end-to-end test: Chromium must be there (CI must prove the browser tests ran, so a missing browser is a
 * failure, never a skip), and dist/ must be built from the current sources.
 */
import { spawnSync } from "child_process";
import { existsSync, writeFileSync } from "fs";
import { join } from "path";
import { BUILD_STAMP, findStaleSource } from "./findStaleSource";
import { missingChromiumMessage } from "./launchChromium";
import { CHROMIUM_PATH, DIST, ROOT } from "./paths";

export default async function globalSetup(): Promise<void> {
  if (!existsSync(CHROMIUM_PATH)) throw new Error(missingChromiumMessage());

  const stale = findStaleSource(ROOT);
  if (stale === null) return;
  const started = Date.now();
  process.stdout.write(`\ne2e: building the task pane (${stale})...\n`);
  // `npm run build` rather than webpack's API: the same command as a release, and it prints the bundle sizes.
  const npm = process.platform === "win32" ? "npm.cmd" : "npm";
  const build = spawnSync(npm, ["run", "--silent", "build"], { cwd: ROOT, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  const output = `${build.stdout ?? ""}${build.stderr ?? ""}`;
  if (build.status !== 0) {
    throw new Error(`npm run build failed (exit ${String(build.status ?? build.signal)}), so the pages cannot be tested:\n${output.slice(-4000)}`);
  }
  writeFileSync(join(DIST, BUILD_STAMP), new Date().toISOString());
  const sizes = output.indexOf("Bundle sizes");
  process.stdout.write(`e2e: built in ${((Date.now() - started) / 1000).toFixed(0)} s\n${sizes >= 0 ? output.slice(sizes) : ""}\n`);
}
