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

/**
 * Where the production build is served from (`ADDIN_PROD_URL`). Without it the build still makes the page (the
 * standalone site and the end-to-end tests need only that) but writes no production manifest: one pointing at a
 * placeholder host would install an add-in that never loads. A URL that is not https is refused: Office loads add-ins
 * only over https.
 */
function productionUrl() {
  const raw = (process.env.ADDIN_PROD_URL || "").trim();
  if (raw === "") return null;
  let parsed;
  try {
    parsed = new URL(raw);
  } catch {
    parsed = null;
  }
  if (!parsed || parsed.protocol !== "https:") {
    throw new Error(`ADDIN_PROD_URL must be an https:// address (Office loads add-ins only over https); it is "${raw}".`);
  }
  return raw.replace(/\/$/, "");
}

function warnNoProductionManifest() {
  const line = "-".repeat(78);
  console.warn(
    [
      line,
      "No production manifest was written: ADDIN_PROD_URL is not set.",
      "dist/ holds the page, but manifest.xml points at https://localhost:3000. To deploy the add-in, build with",
      "the address dist/ will be served from:",
      "    ADDIN_PROD_URL=https://your.host npm run build",
      "and upload dist/manifest.prod.xml.",
      line,
    ].join("\n"),
  );
}

/** Steps to trust the development certificate, for the message when it is not trusted. */
const TRUST_STEPS = [
  "Excel (on the web, Windows and Mac) loads the task pane only from an https address whose certificate it trusts,",
  "and the development certificate for https://localhost:3000 is not trusted on this machine. Trust it once:",
  "    npx office-addin-dev-certs install",
  "(it asks for admin rights: sudo on Linux and Mac, an elevation prompt on Windows), then run npm run dev-server",
  "again. Without admin rights, import ~/.office-addin-dev-certs/ca.crt into your browser's or your user's trusted",
  "roots by hand, and start the server with SCORECARD_DEV_CERT_TRUSTED=1 npm run dev-server.",
].join("\n");

async function getHttpsOptions() {
  // Required lazily: office-addin-dev-certs is only needed by the dev server, not by builds or CI.
  const devCerts = require("office-addin-dev-certs");
  try {
    const httpsOptions = await devCerts.getHttpsServerOptions();
    return { ca: httpsOptions.ca, key: httpsOptions.key, cert: httpsOptions.cert };
  } catch (error) {
    const reason = String((error && error.message) || error).split("\n")[0];
    if (process.env.SCORECARD_DEV_CERT_TRUSTED !== "1") {
      throw new Error(`The development certificate could not be trusted (${reason}).\n${TRUST_STEPS}`);
    }
    // The analyst trusted the CA by hand (no admin rights): serve with the generated certificate.
    const fs = require("fs");
    const dir = path.join(require("os").homedir(), ".office-addin-dev-certs");
    const read = (name) => fs.readFileSync(path.join(dir, name));
    console.warn(`Serving with the certificate in ${dir}, trusted by hand (SCORECARD_DEV_CERT_TRUSTED=1): ${reason}`);
    return { ca: read("ca.crt"), key: read("localhost.key"), cert: read("localhost.crt") };
  }
}

module.exports = async (env, options) => {
  const dev = options.mode === "development";
  const buildType = dev ? "dev" : "prod";
  const serving = Boolean(env && env.WEBPACK_SERVE);
  const urlProd = dev ? null : productionUrl();
  if (!dev && urlProd === null) warnNoProductionManifest();
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
          // The development manifest as it is; the production one only for a real address (see productionUrl).
          ...(dev || urlProd !== null
            ? [
                {
                  from: "manifest.xml",
                  to: "manifest." + buildType + ".xml",
                  transform(content) {
                    return dev ? content : content.toString().replace(new RegExp(urlDev, "g"), urlProd);
                  },
                },
              ]
            : []),
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
