/**
 * Issue 10, items 1-11: hostile and broken files through `scorecard build`, generated at test time from the sample.
 * Each test asserts the catalogue's message, the exit code, and that nothing of the analyst's changed: the input
 * byte for byte, and every part of it the build has no reason to touch, copied as its very compressed bytes.
 */
import type * as fs from "fs";
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { unzipSync } from "fflate";
import { main } from "../../src/cli/main";
import { describeFileError } from "../../src/cli/writeOutputs";
import { readWorkbookGrids } from "../../src/files/readWorkbook";
import type { ZipEntry } from "../../src/files/zip/readZipDirectory";
import { entryData, readZipDirectory } from "../../src/files/zip/readZipDirectory";
import { messageText } from "../../src/messages";
import * as hostile from "./hostileWorkbooks";

const NOW = new Date(2014, 0 /* Jan */, 20);

/** Root may write anywhere: there a read-only folder refuses as it refuses a user, with Node's EACCES. */
const mockReadOnly: { folder?: string } = {};
jest.mock("fs", () => {
  const actual = jest.requireActual<typeof fs>("fs");
  return {
    ...actual,
    writeFileSync: (...args: Parameters<typeof actual.writeFileSync>) => {
      if (mockReadOnly.folder !== undefined && String(args[0]).startsWith(mockReadOnly.folder)) throw Object.assign(new Error("EACCES: permission denied"), { code: "EACCES" });
      actual.writeFileSync(...args);
    },
  };
});
/** The parts every build rewrites: the sheet list, its relationships, the content types, styles, app properties. */
const REWRITTEN = new Set(["[Content_Types].xml", "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/styles.xml", "docProps/app.xml"]);

function run(args: readonly string[]) {
  let out = "";
  let err = "";
  const io = { stdout: { write: (t: string) => (out += t) }, stderr: { write: (t: string) => (err += t) } };
  return main(["build", ...args], io, NOW).then((code) => ({ code, out, err }));
}

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), "scorecard-hostile-"));
}

/** Writes `bytes` as the input workbook in a fresh folder, and returns its path, the folder and a copy to compare. */
function inputFile(bytes: Uint8Array, name = "book.xlsx") {
  const dir = tempDir();
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return { dir, path, original: Buffer.from(bytes) };
}

function entries(bytes: Uint8Array): Map<string, ZipEntry> {
  const directory = readZipDirectory(bytes);
  if (!directory.ok) throw new Error(`not a zip: ${directory.detail}`);
  return new Map(directory.entries.map((e) => [e.name, e]));
}

/**
 * Every entry of the input the build had no reason to change is in the output with the same compressed bytes,
 * method and CRC (the selected sheet may lose `tabSelected`; it is listed in `changed`).
 */
function untouchedParts(input: Uint8Array, output: Uint8Array): { missing: string[]; changed: string[] } {
  const before = entries(input);
  const after = entries(output);
  const missing: string[] = [];
  const changed: string[] = [];
  for (const [name, entry] of before) {
    if (REWRITTEN.has(name)) continue;
    const copy = after.get(name);
    if (!copy) {
      missing.push(name);
      continue;
    }
    const same = copy.method === entry.method && copy.crc32 === entry.crc32 && copy.size === entry.size && Buffer.from(entryData(output, copy) ?? []).equals(Buffer.from(entryData(input, entry) ?? [1]));
    if (!same) changed.push(name);
  }
  return { missing, changed };
}

function expectNoTempFiles(dir: string): void {
  expect(readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
}

describe("hostile and broken files (issue 10)", () => {
  describe("losing work", () => {
    it("1. refuses --json naming the input workbook, or the --out file, exit 2, writing nothing", async () => {
      const { dir, path, original } = inputFile(hostile.sampleBytes());
      const overInput = await run([path, "--out", join(dir, "out.xlsx"), "--json", path]);
      expect(overInput.code).toBe(2);
      expect(overInput.err).toContain(messageText("CLI_WOULD_OVERWRITE", "the input workbook", path, "--json"));
      expect(readFileSync(path).equals(original)).toBe(true);
      expect(existsSync(join(dir, "out.xlsx"))).toBe(false);

      const out = join(dir, "built.xlsx");
      const overOut = await run([path, "--out", out, "--json", out]);
      expect(overOut.code).toBe(2);
      expect(overOut.err).toContain(messageText("CLI_WOULD_OVERWRITE", "the scorecard workbook", out, "--json"));
      expect(existsSync(out)).toBe(false);
      expectNoTempFiles(dir);
    });

    it("4. keeps every one of 65,500 extra parts (zip64), readable again, and a rebuild keeps them too", async () => {
      const bytes = hostile.manyParts(65_500);
      const { dir, path, original } = inputFile(bytes);
      const out = join(dir, "built.xlsx");
      expect((await run([path, "--out", out])).code).toBe(0);
      const built = new Uint8Array(readFileSync(out));
      const { missing, changed } = untouchedParts(bytes, built);
      expect(missing).toEqual([]);
      expect(changed.length).toBeLessThanOrEqual(1);
      // Another reader agrees (fflate reads zip64), and so does a rebuild from the output.
      expect(Object.keys(unzipSync(built)).length).toBe(entries(built).size);
      const again = join(dir, "again.xlsx");
      expect((await run([out, "--out", again])).code).toBe(0);
      expect(untouchedParts(bytes, new Uint8Array(readFileSync(again))).missing).toEqual([]);
      expect(readFileSync(path).equals(original)).toBe(true);
    }, 120_000);

    it("5. refuses a --mapping longer than an Excel cell holds, rather than save it cut, exit 2", async () => {
      const { dir, path } = inputFile(hostile.sampleBytes());
      const mapping = join(dir, "mapping.json");
      const text = JSON.stringify({ note: "x".repeat(40_000) });
      writeFileSync(mapping, text);
      const result = await run([path, "--mapping", mapping, "--out", `${dir}/`]);
      expect(result.code).toBe(2);
      expect(result.err).toContain(messageText("STORE_VALUE_TOO_LONG", "column mapping", text.length.toLocaleString("en-GB")));
      expect(readdirSync(dir).sort()).toEqual(["book.xlsx", "mapping.json"]);
    });

    it("7. writes a macro-enabled workbook as .xlsm with its macros, and refuses to name it .xlsx", async () => {
      const bytes = hostile.macroWorkbook();
      const { dir, path, original } = inputFile(bytes, "book.xlsm");
      const result = await run([path, "--out", `${dir}/`]);
      expect(result.code).toBe(0);
      const built = new Uint8Array(readFileSync(join(dir, "scorecard-Q2-2013-14.xlsm")));
      expect(untouchedParts(bytes, built).missing).toEqual([]);
      expect(new TextDecoder().decode(unzipSync(built)["[Content_Types].xml"])).toContain("application/vnd.ms-excel.sheet.macroEnabled.main+xml");

      const wrong = join(dir, "scorecard.xlsx");
      const refused = await run([path, "--out", wrong]);
      expect(refused.code).toBe(2);
      expect(refused.err).toContain(messageText("CLI_WRONG_EXTENSION", wrong, "a macro-enabled workbook", ".xlsm"));
      expect(existsSync(wrong)).toBe(false);
      expect(readFileSync(path).equals(original)).toBe(true);
    });
  });

  describe("resources: a file is data, not instructions", () => {
    it.each([
      ["8. a merge from row 100 to the last cell of the sheet", hostile.wholeSheetMerge],
      ["8. a data validation over the whole data sheet", hostile.wholeSheetValidation],
      ["8. a 4 GB printer-settings part", () => hostile.hugePrinterSettings(4096)],
      ["8. a 1 GB image", () => hostile.hugeImage(1024)],
    ])("builds past %s, copying every other part as it was", async (_, make) => {
      const bytes = make();
      const { dir, path, original } = inputFile(bytes);
      const out = join(dir, "built.xlsx");
      const result = await run([path, "--out", out]);
      expect(result.code).toBe(0);
      const built = new Uint8Array(readFileSync(out));
      const { missing, changed } = untouchedParts(bytes, built);
      expect(missing).toEqual([]);
      expect(changed.length).toBeLessThanOrEqual(1);
      // Parts are copied compressed, never stored inflated: the output is the input plus the scorecard's sheets.
      expect(built.length).toBeLessThan(bytes.length + 1024 * 1024);
      expect(readFileSync(path).equals(original)).toBe(true);
    }, 60_000);

    it("8. clips a whole-sheet merge to the data rather than expanding it", async () => {
      const grids = await readWorkbookGrids(hostile.wholeSheetMerge());
      const finance = grids.sheets.find((g) => g.sheet === "Finance");
      expect(finance?.merges?.every((m) => m.bottom < (finance.rows.length || 1) && m.right < (finance.rows[0]?.length ?? 1))).toBe(true);
    });

    it("8. refuses a 2 GB data sheet stored under /xl/worksheets/ before inflating a byte of it, exit 2", async () => {
      const { path, original } = inputFile(hostile.hugeSheetWithLeadingSlash(2048));
      const result = await run([path, "--out", `${tempDir()}/`]);
      expect(result.code).toBe(2);
      expect(result.err).toContain(messageText("FILE_PART_TOO_LARGE", 'Sheet "Measurements"', "2.0 GB", "512 MB"));
      expect(readFileSync(path).equals(original)).toBe(true);
    });

    it("8. refuses a data sheet that inflates past the size its zip directory gives (a zip bomb), exit 2", async () => {
      const { path } = inputFile(hostile.sheetThatLiesAboutItsSize(1024));
      const result = await run([path, "--out", `${tempDir()}/`]);
      expect(result.code).toBe(2);
      expect(result.err).toContain(messageText("FILE_DAMAGED", 'sheet "Measurements"', "its compressed data is corrupt or cut short"));
    });

    it.each([
      ["--quarter", "Q1 9999-00"],
      ["--period", "Q1 3000-01"],
      ["--period", "2100/01"],
    ])("9. refuses %s %s, far outside the data, with a located message, exit 2, writing nothing", async (option, period) => {
      const { dir, path, original } = inputFile(hostile.sampleBytes());
      const result = await run([path, option, period, "--out", `${dir}/`, "--json", `${dir}/`]);
      expect(result.code).toBe(2);
      expect(result.err).toMatch(/^ {2}error {3}Measurements![A-Z]+\d+: /m);
      expect(result.err).toContain(messageText("PERIOD_OUT_OF_RANGE", period, "Apr-11", "Sep-13"));
      expect(readdirSync(dir)).toEqual(["book.xlsx"]);
      expect(readFileSync(path).equals(original)).toBe(true);
    });
  });

  describe("plain answers for files that are not workbooks it can read", () => {
    it.each([
      ["an encrypted (password-protected) workbook", hostile.encryptedWorkbook, messageText("FILE_PASSWORD_PROTECTED")],
      ["an Excel 97-2003 .xls", hostile.xlsWorkbook, messageText("FILE_XLS")],
      ["an OpenDocument .ods", hostile.odsWorkbook, messageText("FILE_ODS")],
      ["a CSV named .xlsx", hostile.csvFile, messageText("FILE_TEXT", "CSV, values separated by commas")],
      ["an empty file", () => new Uint8Array(0), messageText("FILE_EMPTY")],
      ["a workbook cut short", hostile.truncatedWorkbook, messageText("FILE_TRUNCATED")],
      ["a workbook whose data sheet is corrupt", hostile.corruptWorkbook, messageText("FILE_DAMAGED", 'sheet "Measurements"', "its compressed data is corrupt or cut short")],
    ])("10. says what %s is and what to do, exit 2", async (_, make, message) => {
      const { dir, path, original } = inputFile(make());
      const result = await run([path, "--out", `${dir}/`]);
      expect(result).toEqual({ code: 2, out: "", err: `${path}: ${message}\n` });
      expect(readFileSync(path).equals(original)).toBe(true);
      expect(readdirSync(dir)).toEqual(["book.xlsx"]);
    });
  });

  describe("failures around the files, and figures too large", () => {
    it("11. says an input that is a folder is one, exit 2", async () => {
      const dir = tempDir();
      expect(await run([dir])).toEqual({ code: 2, out: "", err: `${messageText("CLI_INPUT_IS_FOLDER", dir)}\n` });
    });

    it("11. says why an output cannot be written, exit 2, leaving no temporary file and nothing half-written", async () => {
      const { dir, path } = inputFile(hostile.sampleBytes());
      const blocker = join(dir, "not-a-folder");
      writeFileSync(blocker, "a file where a folder should be");
      // The workbook's temporary file is written first; the figures' folder cannot be made: both must go.
      const result = await run([path, "--out", join(dir, "built.xlsx"), "--json", join(blocker, "results.json")]);
      expect(result.code).toBe(2);
      expect(result.err).toBe(`${messageText("CLI_WRITE_FAILED", join(blocker, "results.json"), "a part of the path is a file, not a folder")}\n`);
      expect(readdirSync(dir).sort()).toEqual(["book.xlsx", "not-a-folder"]);
    });

    it("11. says a read-only folder is one, exit 2, writing nothing into it", async () => {
      const { path } = inputFile(hostile.sampleBytes());
      const readOnly = tempDir();
      chmodSync(readOnly, 0o555);
      if (process.getuid?.() === 0) mockReadOnly.folder = readOnly;
      const result = await run([path, "--out", `${readOnly}/`]);
      delete mockReadOnly.folder;
      expect(result.code).toBe(2);
      expect(result.err).toBe(`${messageText("CLI_WRITE_FAILED", join(readOnly, "scorecard-Q2-2013-14.xlsx"), describeFileError({ code: "EACCES" }))}\n`);
      expect(readdirSync(readOnly)).toEqual([]);
    });

    it("11. writes --json given a folder into that folder", async () => {
      const { dir, path } = inputFile(hostile.sampleBytes());
      const figures = join(dir, "figures");
      mkdirSync(figures);
      expect((await run([path, "--out", `${dir}/`, "--json", figures])).code).toBe(0);
      expect(JSON.parse(readFileSync(join(figures, "scorecard-Q2-2013-14.json"), "utf8")).period.label).toBe("Q2 2013-14");
    });

    it("11. gives a located error, exit 1, when two measurements of 1e308 overflow, rather than No data and no issue", async () => {
      const { dir, path } = inputFile(hostile.overflowingMeasurements());
      const result = await run([path, "--out", `${dir}/`, "--json", join(dir, "r.json")]);
      expect(result.code).toBe(1);
      expect(result.out).toMatch(new RegExp(`error\\s+KPIs!A2: ${messageText("FIGURE_OVERFLOW", "Total Crime", "Apr - Sep 2013/14").replace(/[().^$*+?[\]{}|\\]/g, "\\$&")}`));
    });
  });
});
