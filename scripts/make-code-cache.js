/* eslint-disable no-undef */
// Run by `npm run build:cli` after webpack: builds the bundled sample once with the freshly compiled command line,
// in this process, then saves V8's code cache of everything that build compiled beside the bundle
// (dist-node/scorecard.<hash>.cache), which bin/loadCompiled.js hands to V8 on every later run.
const { mkdtempSync, renameSync, rmSync, writeFileSync } = require("fs");
const { tmpdir } = require("os");
const { join } = require("path");
const { loadCompiled } = require("../bin/loadCompiled");

const root = join(__dirname, "..");
const compiled = loadCompiled({ useCache: false });
if (compiled === null) throw new Error("make-code-cache: dist-node/scorecard.js is not built");
const dir = mkdtempSync(join(tmpdir(), "scorecard-code-cache-"));
const io = { stdout: { write: () => true }, stderr: process.stderr, exitCode: undefined };
const args = ["build", join(root, "samples", "sample-kpi-workbook.xlsx"), "--out", `${dir}/`, "--json", `${dir}/`, "--as-of", "2014-01"];
compiled.exports
  .runCli(args, io)
  .then(() => {
    if (io.exitCode !== 0) throw new Error(`make-code-cache: the sample build exited ${String(io.exitCode)}`);
    const temporary = `${compiled.cache}.${process.pid}.tmp`;
    writeFileSync(temporary, compiled.script.createCachedData());
    renameSync(temporary, compiled.cache);
  })
  .catch((error) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  })
  .finally(() => rmSync(dir, { recursive: true, force: true }));
