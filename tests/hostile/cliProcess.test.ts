/**
 * `bin/scorecard.js` as a user runs it: a process running the compiled command line (dist-node/, built here from
 * the current sources as `npm ci` builds it), exit codes as documented, and a sentence, never a stack trace, on
 * stderr.
 */
import { execFileSync, spawnSync } from "child_process";
import { existsSync, mkdtempSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { messageText } from "../../src/messages";
import { SAMPLE_PATH } from "./hostileWorkbooks";

const ROOT = join(__dirname, "..", "..");
const BIN = join(ROOT, "bin", "scorecard.js");

function scorecard(args: readonly string[]) {
  const child = spawnSync(process.execPath, [BIN, "build", ...args], { cwd: ROOT, encoding: "utf8" });
  return { code: child.status, out: child.stdout, err: child.stderr };
}

describe("the scorecard command as a process", () => {
  beforeAll(() => {
    execFileSync(process.execPath, [join(ROOT, "scripts", "build-cli.js")], { cwd: ROOT });
  }, 120_000);

  it("builds the sample from compiled JavaScript, loading no TypeScript compiler, exit 0", () => {
    const dir = mkdtempSync(join(tmpdir(), "scorecard-process-"));
    const probe = `process.argv = [process.argv[0], ${JSON.stringify(BIN)}, "build", ${JSON.stringify(SAMPLE_PATH)}, "--out", ${JSON.stringify(`${dir}/`)}, "--as-of", "2014-01"];
      require(${JSON.stringify(BIN)});
      process.on("exit", () => { if (Object.keys(require.cache).some((m) => /ts-node|typescript/.test(m))) { console.error("TypeScript was loaded"); process.exitCode = 99; } });`;
    const child = spawnSync(process.execPath, ["-e", probe], { cwd: ROOT, encoding: "utf8" });
    expect({ code: child.status, err: child.stderr }).toEqual({ code: 0, err: "" });
    expect(child.stdout).toContain("Built Q2 2013-14");
    expect(existsSync(join(dir, "scorecard-Q2-2013-14.xlsx"))).toBe(true);
  }, 60_000);

  it("starts from the V8 code cache that build:cli made for this very bundle", () => {
    const loader = JSON.stringify(join(ROOT, "bin", "loadCompiled.js"));
    const probe = `const { loadCompiled } = require(${loader}); const c = loadCompiled();
      console.log(JSON.stringify({ cached: c.script.cachedDataRejected === false, runCli: typeof c.exports.runCli }));`;
    const child = spawnSync(process.execPath, ["-e", probe], { cwd: ROOT, encoding: "utf8" });
    expect(JSON.parse(child.stdout)).toEqual({ cached: true, runCli: "function" });
  }, 60_000);

  it("answers a folder given as the workbook with one sentence and exit 2, no stack trace", () => {
    const dir = mkdtempSync(join(tmpdir(), "scorecard-process-"));
    expect(scorecard([dir])).toEqual({ code: 2, out: "", err: `${messageText("CLI_INPUT_IS_FOLDER", dir)}\n` });
  }, 60_000);

  it("answers a file that is not a workbook with what it is, exit 2, no stack trace", () => {
    const dir = mkdtempSync(join(tmpdir(), "scorecard-process-"));
    const path = join(dir, "book.xlsx");
    writeFileSync(path, "");
    const result = scorecard([path]);
    expect(result).toEqual({ code: 2, out: "", err: `${path}: ${messageText("FILE_EMPTY")}\n` });
    expect(result.err).not.toMatch(/\n\s+at /);
  }, 60_000);

  it("prints the usage and exits 2 on bad usage", () => {
    const result = scorecard(["--frobnicate", "x"]);
    expect(result.code).toBe(2);
    expect(result.err).toContain("Unknown option --frobnicate.");
    expect(result.err).toContain("Usage: scorecard build");
  }, 60_000);
});
