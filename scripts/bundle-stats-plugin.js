/* eslint-disable no-undef */
// Writes dist/bundle-stats.json: for the entry and for each import() (webpackChunkName "standalone", "engine", ...),
// the .js files the browser loads and the npm packages in them. scripts/bundle-sizes.ts (run after `npm run build`)
// and the e2e bundle test read it to tell what Excel loads from what only the standalone page loads.
const { Compilation, sources } = require("webpack");

class BundleStatsPlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("BundleStatsPlugin", (compilation) => {
      // The report stage comes after the real content hashes: file names are final.
      const stage = Compilation.PROCESS_ASSETS_STAGE_REPORT;
      compilation.hooks.processAssets.tap({ name: "BundleStatsPlugin", stage }, () => {
        const groups = [...compilation.chunkGroups].map((group) => ({
          name: group.name || null,
          initial: group.isInitial(),
          files: [...new Set(group.chunks.flatMap((chunk) => [...chunk.files]))].filter((f) => f.endsWith(".js")).sort(),
          // The group's own chunks only; the parent's (already loaded) are not downloaded again.
          packages: [
            ...new Set(
              group.chunks.flatMap((chunk) =>
                [...compilation.chunkGraph.getChunkModulesIterable(chunk)]
                  // A concatenated module (scope hoisting) names only its root: look inside it.
                  .flatMap((m) => (m.modules ? [...m.modules] : [m]))
                  .flatMap((m) => {
                    const match = /node_modules[\\/]((?:@[^\\/]+[\\/])?[^\\/]+)/.exec(m.nameForCondition() || "");
                    return match ? [match[1].replace(/\\/g, "/")] : [];
                  }),
              ),
            ),
          ].sort(),
        }));
        compilation.emitAsset("bundle-stats.json", new sources.RawSource(JSON.stringify({ groups }, null, 2) + "\n"));
      });
    });
  }
}

module.exports = { BundleStatsPlugin };
