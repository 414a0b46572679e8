/**
 * What `npm run build` and `npm run dev-server` do with the manifest and the development certificate, read from
 * webpack.config.js without running webpack.
 */
import { readFileSync } from "fs";
import { join } from "path";

const ROOT = join(__dirname, "..", "..");
const MANIFEST = readFileSync(join(ROOT, "manifest.xml"), "utf8");

interface CopyPattern {
  readonly from: string;
  readonly to: string;
  readonly transform?: (content: Buffer) => string | Buffer;
}
type MakeConfig = (env: object, options: object) => Promise<{ plugins: unknown[] }>;

function loadConfig(): MakeConfig {
  let make: MakeConfig | undefined;
  jest.isolateModules(() => {
    // eslint-disable-next-line @typescript-eslint/no-var-requires
    make = require("../../webpack.config.js") as MakeConfig;
  });
  return make!;
}

async function copyPatterns(env: object, options: object): Promise<CopyPattern[]> {
  const config = await loadConfig()(env, options);
  const copy = config.plugins.find((p) => (p as { patterns?: unknown }).patterns !== undefined) as { patterns: CopyPattern[] };
  return copy.patterns;
}

describe("webpack.config.js", () => {
  const saved = { ...process.env };
  let warnings: string[];
  beforeEach(() => {
    warnings = [];
    jest.spyOn(console, "warn").mockImplementation((...args: unknown[]) => void warnings.push(args.join(" ")));
  });
  afterEach(() => {
    process.env = { ...saved };
    jest.restoreAllMocks();
    jest.resetModules();
  });

  describe("the production manifest", () => {
    it("is rewritten to ADDIN_PROD_URL, as the official template does", async () => {
      process.env.ADDIN_PROD_URL = "https://scorecards.example.gov.uk/addin/";
      const pattern = (await copyPatterns({}, { mode: "production" })).find((p) => p.from === "manifest.xml");
      expect(pattern?.to).toBe("manifest.prod.xml");
      const production = String(pattern!.transform!(Buffer.from(MANIFEST)));
      expect(production).not.toContain("https://localhost:3000");
      expect(production).toContain("https://scorecards.example.gov.uk/addin/taskpane.html");
      expect(warnings).toEqual([]);
    });

    it("is not written at all without ADDIN_PROD_URL, and the build says so loudly", async () => {
      delete process.env.ADDIN_PROD_URL;
      const patterns = await copyPatterns({}, { mode: "production" });
      expect(patterns.map((p) => p.from)).not.toContain("manifest.xml");
      expect(warnings.join("\n")).toMatch(/No production manifest was written: ADDIN_PROD_URL is not set/);
    });

    it("refuses an address that is not https", async () => {
      process.env.ADDIN_PROD_URL = "http://scorecards.example.gov.uk";
      await expect(loadConfig()({}, { mode: "production" })).rejects.toThrow(/ADDIN_PROD_URL must be an https:\/\/ address/);
    });

    it("leaves the development manifest as it is", async () => {
      delete process.env.ADDIN_PROD_URL;
      const pattern = (await copyPatterns({}, { mode: "development" })).find((p) => p.from === "manifest.xml");
      expect(pattern?.to).toBe("manifest.dev.xml");
      expect(warnings).toEqual([]);
    });
  });

  describe("the dev server's certificate", () => {
    it("fails with the steps to trust it when the development CA cannot be trusted, since Excel will not load the pane", async () => {
      jest.doMock("office-addin-dev-certs", () => ({ getHttpsServerOptions: () => Promise.reject(new Error("sudo: a password is required")) }));
      delete process.env.SCORECARD_DEV_CERT_TRUSTED;
      const serving = loadConfig()({ WEBPACK_SERVE: true }, { mode: "development" });
      await expect(serving).rejects.toThrow(/could not be trusted \(sudo: a password is required\)/);
      await expect(loadConfig()({ WEBPACK_SERVE: true }, { mode: "development" })).rejects.toThrow(/npx office-addin-dev-certs install/);
    });

    it("uses the trusted certificate Office's tooling provides", async () => {
      jest.doMock("office-addin-dev-certs", () => ({ getHttpsServerOptions: () => Promise.resolve({ ca: "CA", key: "KEY", cert: "CERT" }) }));
      const config = (await loadConfig()({ WEBPACK_SERVE: true }, { mode: "development" })) as { devServer?: { server: { options: object } } };
      expect(config.devServer?.server.options).toEqual({ ca: "CA", key: "KEY", cert: "CERT" });
    });
  });
});
