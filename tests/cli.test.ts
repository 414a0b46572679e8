import ExcelJS from "exceljs";
import { copyFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { unzipSync } from "fflate";
import { main } from "../src/cli/main";
import { messageText } from "../src/messages";

const SAMPLE = join(__dirname, "..", "samples", "sample-kpi-workbook.xlsx");
const NOW = new Date(2013, 10 /* Nov */, 20);

function capture() {
  let out = "";
  let err = "";
  return {
    io: { stdout: { write: (t: string) => (out += t) }, stderr: { write: (t: string) => (err += t) } },
    out: () => out,
    err: () => err,
  };
}

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), "scorecard-cli-"));
}

describe("scorecard build", () => {
  it("writes the scorecard and the figures, picking the latest complete quarter", async () => {
    const dir = tempDir();
    const c = capture();
    const code = await main(["build", SAMPLE, "--out", `${dir}/`, "--json", join(dir, "r.json")], c.io, NOW);
    expect(code).toBe(0);
    expect(c.out()).toContain("Built Q2 2013-14");
    const json = JSON.parse(readFileSync(join(dir, "r.json"), "utf8"));
    expect(json.period.label).toBe("Q2 2013-14");
    const totalCrime = json.kpis.find((k: { id: string }) => k.id === "P1-01");
    expect(totalCrime).toMatchObject({ name: "Total Crime", unit: "count", previous: 21012, current: 19581, change: -1431, rag: "green" });
    expect(json.kpis.find((k: { id: string }) => k.id === "P1-02")).toMatchObject({ changePoints: 4.1, changePercent: null });
    // Each KPI's draft and the summaries, as the scorecard's Suggested commentary column and summary rows show them.
    expect(totalCrime.draftCommentary).toContain("down 6.8% (1,431 fewer crimes)");
    expect(json.kpis.every((k: { draftCommentary: string }) => k.draftCommentary.length > 0)).toBe(true);
    expect(json.summary.scorecard).toMatch(/^Of the 32 KPIs in the Q2 2013-14 scorecard/);
    expect(json.summary.sections.map((s: { priority: string }) => s.priority)[0]).toBe("1. Reduce the number of victims of crime and anti-social behaviour");
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(readFileSync(join(dir, "scorecard-Q2-2013-14.xlsx")) as unknown as ExcelJS.Buffer);
    expect(book.getWorksheet("Scorecard Q2 2013-14")).toBeDefined();
    // The analyst's sheets are all still there, first, and unchanged in number.
    expect(book.worksheets.slice(0, 7).map((w) => w.name)).toEqual(["About", "Settings", "KPIs", "Measurements", "Notes", "Themes", "Finance"]);
  });

  it("keeps every part of the input package it has no reason to change, byte for byte", async () => {
    const dir = tempDir();
    const out = join(dir, "built.xlsx");
    expect(await main(["build", SAMPLE, "--out", out], capture().io, NOW)).toBe(0);
    const before = unzipSync(new Uint8Array(readFileSync(SAMPLE)));
    const after = unzipSync(new Uint8Array(readFileSync(out)));
    const rewritten = new Set(["[Content_Types].xml", "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/styles.xml", "docProps/app.xml"]);
    const changedSheets: string[] = [];
    for (const [name, bytes] of Object.entries(before)) {
      if (rewritten.has(name)) continue;
      const same = Buffer.from(after[name] ?? []).equals(Buffer.from(bytes));
      // The one analyst sheet that was the selected tab loses tabSelected, so the scorecard opens alone on top.
      if (/^xl\/worksheets\/sheet\d+\.xml$/.test(name)) {
        if (!same) changedSheets.push(name);
        continue;
      }
      expect({ name, same }).toEqual({ name, same: true });
    }
    expect(changedSheets.length).toBeLessThanOrEqual(1);
  });

  it("never overwrites its input", async () => {
    const dir = tempDir();
    const input = join(dir, "book.xlsx");
    copyFileSync(SAMPLE, input);
    const original = readFileSync(input);
    const c = capture();
    expect(await main(["build", input, "--out", input], c.io, NOW)).toBe(2);
    expect(c.err()).toContain(messageText("CLI_WOULD_OVERWRITE", "the input workbook", input, "--out"));
    expect(readFileSync(input).equals(original)).toBe(true);
  });

  it("builds the quarter asked for", async () => {
    const dir = tempDir();
    const c = capture();
    expect(await main(["build", SAMPLE, "--quarter", "Q1 2013-14", "--out", `${dir}/`], c.io, NOW)).toBe(0);
    expect(existsSync(join(dir, "scorecard-Q1-2013-14.xlsx"))).toBe(true);
  });

  it("exits 2 with a located message for a quarter it cannot read", async () => {
    const c = capture();
    expect(await main(["build", SAMPLE, "--quarter", "Quarter two", "--out", `${tempDir()}/`], c.io, NOW)).toBe(2);
    expect(c.err()).toContain('Period "Quarter two" is not understood');
  });

  it("exits 1 and names the sheet and cell when the workbook has errors, still writing what it could", async () => {
    const dir = tempDir();
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(readFileSync(SAMPLE) as unknown as ExcelJS.Buffer);
    const measurements = book.getWorksheet("Measurements")!;
    measurements.getCell("C5").value = "twelve";
    const input = join(dir, "broken.xlsx");
    writeFileSync(input, Buffer.from(await book.xlsx.writeBuffer()));
    const c = capture();
    expect(await main(["build", input, "--out", `${dir}/`], c.io, NOW)).toBe(1);
    expect(c.out()).toMatch(/error\s+Measurements!C5: "twelve" could not be read/);
    expect(existsSync(join(dir, "scorecard-Q2-2013-14.xlsx"))).toBe(true);
  });

  it("exits 2 on bad usage and on a file that is not a workbook", async () => {
    const c = capture();
    expect(await main(["build"], c.io, NOW)).toBe(2);
    expect(c.err()).toContain("Usage: scorecard build");
    const dir = tempDir();
    const notXlsx = join(dir, "notes.xlsx");
    writeFileSync(notXlsx, "just text");
    const c2 = capture();
    expect(await main(["build", notXlsx], c2.io, NOW)).toBe(2);
    expect(c2.err()).toContain(messageText("FILE_TEXT", "plain text"));
  });
});
