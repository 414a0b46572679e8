/**
 * The real-browser end-to-end suite (tests/e2e): Debian's Chromium driven by playwright-core against the built page,
 * served from dist/ by a local HTTP server. `npm test` runs it after the unit tests; `npm run test:e2e` alone.
 * The global setup fails fast without Chromium and rebuilds dist/ when it is missing or older than the sources.
 * @type {import('jest').Config}
 */
module.exports = {
  displayName: "e2e",
  testEnvironment: "node",
  roots: ["<rootDir>/tests/e2e"],
  testMatch: ["**/*.e2e.test.ts"],
  transform: { "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json" }] },
  globalSetup: "<rootDir>/tests/e2e/support/globalSetup.ts",
  testTimeout: 60000,
  // Each file starts its own Chromium; two at a time is what a 2-core CI machine can run without timing out.
  maxWorkers: 2,
};
