#!/usr/bin/env node
// The command line, compiled to dist-node/scorecard.js by `npm run build:cli` (which `npm ci` runs as `prepare`):
// no TypeScript is transpiled at run time.
const { loadCompiled } = require("./loadCompiled");

const compiled = loadCompiled();
if (compiled === null) {
  process.stderr.write("The scorecard command line is not built yet: run `npm run build:cli` (npm ci runs it too).\n");
  process.exitCode = 2;
} else {
  // Ctrl-C or a kill: stop at once, or, while the outputs are being written (synchronously, then renamed into
  // place), as soon as they are: never a half-written file or a temporary one left behind.
  process.once("SIGINT", () => process.exit(130));
  process.once("SIGTERM", () => process.exit(143));
  compiled.exports.runCli(process.argv.slice(2), process);
}
