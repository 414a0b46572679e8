/* eslint-env node */
// The functional core (model, ingest, calc, narrative, layout, pipeline) must not know about hosts or UI: only src/excel
// may name Office.js, only src/files may import ExcelJS, only src/taskpane may import React.
const hostImports = {
  paths: [
    { name: "exceljs", message: "Only src/files (the file host) may import ExcelJS." },
    { name: "react", message: "Only src/taskpane may import React." },
    { name: "react-dom", message: "Only src/taskpane may import React." },
    { name: "@fluentui/react-components", message: "Only src/taskpane may import Fluent UI." },
  ],
  patterns: [
    { group: ["**/excel/*", "**/files/*", "**/taskpane/*"], message: "The core must not import a host or the UI." },
  ],
};
const officeGlobals = [
  { name: "Excel", message: "Only src/excel may use Office.js." },
  { name: "Office", message: "Only src/excel may use Office.js." },
  { name: "OfficeExtension", message: "Only src/excel may use Office.js." },
];

module.exports = {
  root: true,
  parser: "@typescript-eslint/parser",
  parserOptions: { ecmaVersion: 2022, sourceType: "module", ecmaFeatures: { jsx: true } },
  plugins: ["@typescript-eslint", "react-hooks"],
  extends: ["eslint:recommended", "plugin:@typescript-eslint/recommended"],
  env: { es2022: true, browser: true, node: true },
  rules: {
    "@typescript-eslint/consistent-type-imports": "error",
    "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    "@typescript-eslint/no-explicit-any": "error",
    "@typescript-eslint/naming-convention": [
      "error",
      { selector: "interface", format: ["PascalCase"], custom: { regex: "^I[A-Z]", match: false } },
    ],
    "no-undef": "off",
  },
  overrides: [
    {
      files: ["src/model/**", "src/ingest/**", "src/calc/**", "src/narrative/**", "src/layout/**", "src/pipeline.ts", "src/messages.ts"],
      excludedFiles: ["**/*.test.ts"],
      rules: { "no-restricted-imports": ["error", hostImports], "no-restricted-globals": ["error", ...officeGlobals] },
    },
    {
      files: ["src/files/**", "src/taskpane/**", "src/cli/**"],
      rules: { "no-restricted-globals": ["error", ...officeGlobals] },
    },
    { files: ["src/taskpane/**/*.tsx"], rules: { "react-hooks/rules-of-hooks": "error", "react-hooks/exhaustive-deps": "warn" } },
    { files: ["**/*.test.ts", "**/*.test.tsx", "tests/**"], rules: { "@typescript-eslint/no-non-null-assertion": "off" } },
  ],
  ignorePatterns: ["dist/", "dist-node/", "node_modules/", "out/", "*.js", "!.eslintrc.cjs"],
};
