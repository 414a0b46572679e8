/* eslint-disable no-undef */
// The command line as one compiled file, dist-node/scorecard.js (`npm run build:cli`, scripts/build-cli.js, which
// `npm ci` runs as `prepare`): no TypeScript is transpiled when it runs, and one file loads in about half the time of
// the 200 that tsc emits (measured: 130-190 ms against 290-410 ms on this machine), which matters on a build of a
// second.
// Type checking is `npm run lint`'s job.
const path = require("path");

module.exports = {
  mode: "production",
  target: "node",
  entry: "./src/cli/main.ts",
  output: { path: path.resolve(__dirname, "dist-node"), filename: "scorecard.js", library: { type: "commonjs2" }, clean: true },
  resolve: { extensions: [".ts", ".js"] },
  module: {
    rules: [{ test: /\.ts$/, loader: "ts-loader", options: { transpileOnly: true, compilerOptions: { module: "esnext", sourceMap: false } } }],
  },
  // Readable output (a user's bug report can quote it) and no source maps: no stack trace ever reaches the user.
  optimization: { minimize: false },
  devtool: false,
  performance: { hints: false },
  stats: "errors-warnings",
};
