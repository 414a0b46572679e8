import { execFileSync } from "child_process";
import { existsSync, readFileSync } from "fs";
import { join } from "path";
import { minimumExcelApi } from "../../src/excel/checkRequirements";
import { checkManifest, pngSize } from "./checkManifest";

const ROOT = join(__dirname, "..", "..");
const MANIFEST = readFileSync(join(ROOT, "manifest.xml"), "utf8");

/** What the build serves at each dev-server path, from the sources webpack copies or emits there. */
function fetchLocal(path: string): Uint8Array | null {
  const sources: Record<string, string> = {
    "/taskpane.html": "src/taskpane/taskpane.html",
    "/help.html": "src/taskpane/help.html",
  };
  const file = sources[path] ?? (path.startsWith("/assets/") ? path.slice(1) : null);
  return file && existsSync(join(ROOT, file)) ? new Uint8Array(readFileSync(join(ROOT, file))) : null;
}

describe("manifest.xml", () => {
  it("passes every offline rule", () => {
    expect(checkManifest(MANIFEST, { fetchLocal, requiredExcelApi: minimumExcelApi() })).toEqual([]);
  });

  it("asks Office for the ExcelApi set every build needs, so Excel 2016 and 2019 show no button that can do nothing", () => {
    expect(minimumExcelApi()).toBe("1.9");
    expect(MANIFEST).toMatch(/<Set Name="ExcelApi" MinVersion="1\.9"\/>/);
  });

  it("is read by office-addin-manifest (offline `info`) as a Workbook task pane with ReadWriteDocument", () => {
    const cli = join(ROOT, "node_modules", ".bin", "office-addin-manifest");
    const info = execFileSync(cli, ["info", join(ROOT, "manifest.xml")], { encoding: "utf8", timeout: 60_000 });
    expect(info).toMatch(/Hosts: Workbook\n/);
    expect(info).toMatch(/Permissions: ReadWriteDocument\n/);
    expect(info).toMatch(/Source Location: https:\/\/localhost:3000\/taskpane\.html/);
  });

  it("has icons of the sizes the ribbon and the store ask for", () => {
    for (const size of [16, 32, 64, 80]) {
      expect(pngSize(new Uint8Array(readFileSync(join(ROOT, "assets", `icon-${size}.png`))))).toEqual({ width: size, height: size });
    }
  });

  describe("catches what would fail validation", () => {
    const problemsOf = (xml: string) => checkManifest(xml, { fetchLocal, requiredExcelApi: minimumExcelApi() }).map((p) => p.rule);

    it("XML that is not well formed", () => {
      expect(problemsOf(MANIFEST.replace("</Hosts>", ""))).toContain("well-formed");
    });
    it("elements out of schema order", () => {
      const swapped = MANIFEST.replace(/(\s*<Permissions>ReadWriteDocument<\/Permissions>)/, "").replace("<Hosts>", "<Permissions>ReadWriteDocument</Permissions>\n  <Hosts>");
      expect(problemsOf(swapped)).toContain("schema");
    });
    it("an ExcelApi requirement other than the one the build needs, or none", () => {
      expect(problemsOf(MANIFEST.replace('MinVersion="1.9"', 'MinVersion="1.1"'))).toContain("requirements");
      expect(problemsOf(MANIFEST.replace('MinVersion="1.9"', 'MinVersion="1.13"'))).toContain("requirements");
      expect(problemsOf(MANIFEST.replace(/\s*<Requirements>[\s\S]*?<\/Requirements>/, ""))).toContain("requirements");
    });
    it("a permission other than ReadWriteDocument", () => {
      expect(problemsOf(MANIFEST.replace(">ReadWriteDocument<", ">ReadDocument<"))).toContain("permissions");
    });
    it("a resid that is not declared", () => {
      expect(problemsOf(MANIFEST.replace('resid="TaskpaneButton.Tooltip"', 'resid="Missing.Tooltip"'))).toContain("resid");
    });
    it("a URL that is not https or does not exist in the build", () => {
      expect(problemsOf(MANIFEST.replace("https://localhost:3000/help.html", "http://localhost:3000/help.html"))).toContain("https");
      expect(problemsOf(MANIFEST.replace("assets/icon-80.png", "assets/icon-81.png"))).toContain("url");
    });
    it("an icon whose pixels do not match its declared size", () => {
      expect(problemsOf(MANIFEST.replace('id="Icon.80x80" DefaultValue="https://localhost:3000/assets/icon-80.png"', 'id="Icon.80x80" DefaultValue="https://localhost:3000/assets/icon-64.png"'))).toContain("icon");
    });
  });
});
