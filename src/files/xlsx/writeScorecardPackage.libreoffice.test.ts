/**
 * Renders the package writer's output with LibreOffice (scripts/render.sh) and reads the PDF back: a second,
 * independent reader that lays out cells and draws the native charts. Skipped, with a message, where LibreOffice is
 * not installed (CI need not have it); the suite never depends on it.
 */
import { execFileSync } from "child_process";
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join, resolve } from "path";
import { writeScorecardPackage } from "./writeScorecardPackage";
import { ANALYST_CHART_TITLE, analystWorkbook } from "./testing/analystWorkbook";
import { AWKWARD_TEXTS, CONTROL_CHART, MONTHLY_ROLLING_CHART, samplePlan } from "./testing/samplePlan";

function has(command: string): boolean {
  try {
    execFileSync("sh", ["-c", `command -v ${command}`], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

const available = (has("soffice") || has("libreoffice")) && has("pdftoppm") && has("pdftotext");
if (!available) {
  console.warn("Skipping the LibreOffice render check: install libreoffice-calc and poppler-utils to run it.");
}

(available ? describe : describe.skip)("writeScorecardPackage, rendered by LibreOffice", () => {
  let dir: string;
  let text: string;
  let pngs: string[];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "scorecard-render-"));
    const output = writeScorecardPackage(await analystWorkbook(), samplePlan(), { replaceSheets: [], store: [["k", "v"]] });
    writeFileSync(join(dir, "scorecard.xlsx"), output);
    execFileSync(resolve(__dirname, "../../../scripts/render.sh"), [join(dir, "scorecard.xlsx"), dir], { stdio: "pipe" });
    text = execFileSync("pdftotext", ["-layout", join(dir, "scorecard.pdf"), "-"]).toString();
    pngs = readdirSync(dir).filter((f) => f.endsWith(".png"));
  }, 420_000);

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("renders pages as PNGs", () => {
    expect(pngs.length).toBeGreaterThanOrEqual(5);
  });

  it("shows text that looks like a formula as text, and a literal _xHHHH_ undecoded", () => {
    for (const t of AWKWARD_TEXTS.slice(0, 4)) expect(text).toContain(t);
    expect(text).toContain("_x0041_ stays");
  });

  it("draws our charts with both value axes' titles, and the analyst's own chart", () => {
    expect(text).toContain(MONTHLY_ROLLING_CHART.title);
    expect(text).toContain(CONTROL_CHART.title);
    expect(text).toContain("Rolling 12-month total");
    expect(text).toContain("Offences per month");
    expect(text).toContain(ANALYST_CHART_TITLE);
  });

  it("prints the header and footer with page numbers", () => {
    expect(text).toMatch(/Commissioner & Partners\s+Page \d+ of \d+/);
  });
});
