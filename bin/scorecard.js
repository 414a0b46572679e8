#!/usr/bin/env node
// The command line runs the TypeScript sources directly (transpile only: type checking is `npm run lint`'s job),
// so a fresh clone needs nothing but `npm ci`.
require("ts-node").register({ transpileOnly: true, compilerOptions: { module: "commonjs" } });
require("../src/cli/main")
  .main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr })
  .then((code) => {
    process.exitCode = code;
  });
