// Loads the compiled command line (dist-node/scorecard.js) as `require` would, but with V8's code cache when
// `npm run build:cli` left one beside it (scripts/make-code-cache.js): the 1.2 MB bundle is then neither parsed nor
// compiled again, nor are the functions a build runs. Measured on a 10-KPI build: about 80 ms of CPU less.
// The cache is named by a hash of the bundle's text, so a bundle changed by hand never runs with a stale cache, and
// V8 itself refuses a cache made by another Node or with other V8 flags (the bundle then compiles as usual).
const { createHash } = require("crypto");
const { existsSync, readFileSync } = require("fs");
const Module = require("module");
const { dirname, join } = require("path");
const { Script } = require("vm");

const ENTRY = join(__dirname, "..", "dist-node", "scorecard.js");

/** The code cache's path for this text of the bundle. */
function cachePath(source) {
  return join(dirname(ENTRY), `scorecard.${createHash("sha256").update(source).digest("hex").slice(0, 16)}.cache`);
}

/** `null` when the bundle is not built; otherwise its exports, and the script (to make a cache from). */
function loadCompiled({ useCache = true } = {}) {
  if (!existsSync(ENTRY)) return null;
  const source = readFileSync(ENTRY, "utf8");
  const cache = cachePath(source);
  const cachedData = useCache && existsSync(cache) ? readFileSync(cache) : undefined;
  const script = new Script(Module.wrap(source), { filename: ENTRY, cachedData });
  const module = { exports: {}, id: ENTRY, filename: ENTRY, loaded: false };
  // The bundle requires only Node's own modules.
  script.runInThisContext().call(module.exports, module.exports, require, module, ENTRY, dirname(ENTRY));
  module.loaded = true;
  return { exports: module.exports, script, cache };
}

module.exports = { loadCompiled, ENTRY };
