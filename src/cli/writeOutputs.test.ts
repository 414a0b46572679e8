import type * as fs from "fs";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { describeFileError, writeOutputs } from "./writeOutputs";

/**
 * Node's fs, with the file system's refusals made on demand (fs's exports cannot be spied on): a folder that
 * refuses files as a read-only one refuses a user, and a rename that fails.
 */
const mockRefusals: { writeUnder?: string; rename?: string } = {};
jest.mock("fs", () => {
  const actual = jest.requireActual<typeof fs>("fs");
  const refuse = (code: string) => Object.assign(new Error(`${code}: refused`), { code });
  return {
    ...actual,
    writeFileSync: (...args: Parameters<typeof actual.writeFileSync>) => {
      if (mockRefusals.writeUnder !== undefined && String(args[0]).startsWith(mockRefusals.writeUnder)) throw refuse("EACCES");
      actual.writeFileSync(...args);
    },
    renameSync: (...args: Parameters<typeof actual.renameSync>) => {
      if (mockRefusals.rename !== undefined) throw refuse(mockRefusals.rename);
      actual.renameSync(...args);
    },
  };
});

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), "scorecard-write-"));
}

/** An error as Node's fs raises it, with its code. */
function fsError(code: string): Error {
  return Object.assign(new Error(`${code}: from the file system`), { code });
}

describe("writeOutputs", () => {
  afterEach(() => {
    delete mockRefusals.writeUnder;
    delete mockRefusals.rename;
  });

  it("writes every file under its name, leaving no temporary file", () => {
    const dir = tempDir();
    writeOutputs([
      { path: join(dir, "a.xlsx"), data: new Uint8Array([1, 2, 3]) },
      { path: join(dir, "sub", "a.json"), data: "{}" },
    ]);
    expect(readdirSync(dir).sort()).toEqual(["a.xlsx", "sub"]);
    expect([...readFileSync(join(dir, "a.xlsx"))]).toEqual([1, 2, 3]);
    expect(readFileSync(join(dir, "sub", "a.json"), "utf8")).toBe("{}");
  });

  it("on a failure writes nothing under any target and removes the temporary files already written", () => {
    const dir = tempDir();
    writeFileSync(join(dir, "a.xlsx"), "the earlier output");
    const blocker = join(dir, "file");
    writeFileSync(blocker, "");
    expect(() =>
      writeOutputs([
        { path: join(dir, "a.xlsx"), data: "new" },
        { path: join(blocker, "a.json"), data: "{}" },
      ]),
    ).toThrow(expect.objectContaining({ message: "a part of the path is a file, not a folder", path: join(blocker, "a.json") }));
    expect(readdirSync(dir).sort()).toEqual(["a.xlsx", "file"]);
    expect(readFileSync(join(dir, "a.xlsx"), "utf8")).toBe("the earlier output");
  });

  // Root may write into a read-only folder, so the folder's refusal is Node's own error, raised where a non-root
  // user meets it: creating the temporary file.
  it("says a read-only folder is one, naming the file, and leaves nothing behind", () => {
    const dir = tempDir();
    const readOnly = join(dir, "read-only");
    mkdirSync(readOnly);
    mockRefusals.writeUnder = readOnly;
    expect(() =>
      writeOutputs([
        { path: join(dir, "a.xlsx"), data: "x" },
        { path: join(readOnly, "a.json"), data: "{}" },
      ]),
    ).toThrow(expect.objectContaining({ message: describeFileError(fsError("EACCES")), path: join(readOnly, "a.json") }));
    expect(readdirSync(dir)).toEqual(["read-only"]);
    expect(readdirSync(readOnly)).toEqual([]);
  });

  it("removes every temporary file when a rename fails after all were written", () => {
    const dir = tempDir();
    mockRefusals.rename = "EBUSY";
    expect(() => writeOutputs([{ path: join(dir, "a.xlsx"), data: "x" }, { path: join(dir, "a.json"), data: "{}" }])).toThrow("the file is in use (open in Excel?)");
    expect(readdirSync(dir)).toEqual([]);
  });

  it.each([
    ["EACCES", "permission denied: the folder or file is read-only or belongs to someone else"],
    ["EROFS", "the disk is read-only"],
    ["ENOSPC", "the disk is full"],
    ["EISDIR", "it is a folder"],
    ["ENOENT", "the folder does not exist"],
  ])("describes %s in plain words", (code, words) => {
    expect(describeFileError(fsError(code))).toBe(words);
  });
});
