/* eslint-disable no-undef */
// Follows the official React task-pane template (OfficeDev/Office-Addin-TaskPane-React): dev URLs are
// https://localhost:3000 and are rewritten to the production URL in the copied manifest for production builds.
// office.js is loaded from Microsoft's CDN by taskpane.html and never bundled.

const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { BundleStatsPlugin } = require("./scripts/bundle-stats-plugin");

// No trailing slash, so the AppDomain (which has none) is rewritten too.
const urlDev = "https://localhost:3000";
const urlProd = (process.env.ADDIN_PROD_URL || "https://scorecard-builder.example.org").replace(/\/$/, ""); // your deployment

async function getHttpsOptions() {
  // Required lazily: office-addin-dev-certs is only needed by the dev server, not by builds or CI.
  const devCerts = require("office-addin-dev-certs");
  try {
    const httpsOptions = await devCerts.getHttpsServerOptions();
    return { ca: httpsOptions.ca, key: httpsOptions.key, cert: httpsOptions.cert };
  } catch (error) {
    // Trusting the CA needs admin rights (sudo on Linux). Serve with the generated certificate anyway: Office on the
    // web and desktop Excel on Windows and Mac install it with `npx office-addin-dev-certs install`.
    const fs = require("fs");
    const dir = path.join(require("os").homedir(), ".office-addin-dev-certs");
    const read = (name) => fs.readFileSync(path.join(dir, name));
    console.warn(`The development CA could not be trusted (${error.message.split("\n")[0]}); serving with the untrusted certificate in ${dir}.`);
    return { ca: read("ca.crt"), key: read("localhost.key"), cert: read("localhost.crt") };
  }
}

module.exports = async (env, options) => {
  const dev = options.mode === "development";
  const buildType = dev ? "dev" : "prod";
  const serving = Boolean(env && env.WEBPACK_SERVE);
  return {
    devtool: "source-map",
    entry: {
      taskpane: "./src/taskpane/index.tsx",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].[contenthash:8].js",
      chunkFilename: "[name].[contenthash:8].js",
      clean: true,
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js"],
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            // ES modules for webpack (tsconfig says CommonJS for Node and jest): without them `import()` becomes a
            // `require` and the standalone chunk (the file host) lands in the Excel bundle, and nothing is tree-shaken.
            options: { transpileOnly: true, compilerOptions: { module: "esnext" } },
          },
        },
      ],
    },
    performance: { hints: false },
    plugins: [
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "samples/sample-kpi-workbook.xlsx", to: "samples/[name][ext]" },
          { from: "src/taskpane/help.html", to: "help.html" },
          {
            from: "manifest.xml",
            to: "manifest." + buildType + ".xml",
            transform(content) {
              return dev ? content : content.toString().replace(new RegExp(urlDev, "g"), urlProd);
            },
          },
        ],
      }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
      }),
      new BundleStatsPlugin(),
    ],
    devServer: serving
      ? {
          headers: { "Access-Control-Allow-Origin": "*" },
          server: { type: "https", options: await getHttpsOptions() },
          port: Number(process.env.npm_package_config_dev_server_port || 3000),
          static: { directory: path.resolve(__dirname, "dist") },
        }
      : undefined,
  };
};
