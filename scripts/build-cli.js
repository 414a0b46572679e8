/* eslint-disable no-undef */
// `npm run build:cli`: compiles the command line to dist-node/scorecard.js with webpack.cli.config.js, unless the
// file is already newer than every source it is made from (so `npm ci && npm run demo` compiles once, and a demo
// after an edit never runs stale code). `--force` compiles regardless. The code cache is made after each compile.
const { existsSync, readdirSync, statSync } = require("fs");
const { join } = require("path");
const { spawnSync } = require("child_process");

const root = join(__dirname, "..");
const output = join(root, "dist-node", "scorecard.js");

function newest(path) {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((latest, name) => Math.max(latest, newest(join(path, name))), stat.mtimeMs);
}

const sources = [join(root, "src"), join(root, "webpack.cli.config.js"), join(root, "package-lock.json"), join(root, "bin"), join(root, "scripts", "make-code-cache.js")];
const fresh = existsSync(output) && !process.argv.includes("--force") && statSync(output).mtimeMs > Math.max(...sources.filter(existsSync).map(newest));
if (!fresh) {
  const webpack = spawnSync(process.execPath, [require.resolve("webpack-cli/bin/cli.js"), "-c", join(root, "webpack.cli.config.js")], { cwd: root, stdio: "inherit" });
  process.exitCode = webpack.status ?? 1;
  // Then V8's code cache of a build of the sample (scripts/make-code-cache.js), which later runs start from. Without
  // it the command line only starts a little slower, so a failure here is said, never fatal to `npm ci`.
  if (webpack.status === 0) {
    const cache = spawnSync(process.execPath, [join(root, "scripts", "make-code-cache.js")], { cwd: root, stdio: "inherit" });
    if (cache.status !== 0) process.stderr.write("build:cli: no code cache was made; the command line works without it, only starting a little slower.\n");
  }
}
