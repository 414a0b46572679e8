/**
 * Writes the command line's outputs all or nothing, as far as a file system allows: every file is first written in
 * full beside its target under a temporary name, and only when all are written are they renamed into place. A
 * failure at any step removes every temporary file; nothing half-written is ever left under a target's name.
 */
import { mkdirSync, renameSync, rmSync, writeFileSync } from "fs";
import { basename, dirname, join } from "path";

export interface OutputFile {
  readonly path: string;
  readonly data: Uint8Array | string;
}

/** Why a write failed, in the analyst's words, from Node's error code. */
export function describeFileError(error: unknown): string {
  const code = (error as { code?: string } | null)?.code;
  switch (code) {
    case "EACCES":
    case "EPERM":
      return "permission denied: the folder or file is read-only or belongs to someone else";
    case "EROFS":
      return "the disk is read-only";
    case "ENOSPC":
      return "the disk is full";
    case "EDQUOT":
      return "the disk quota is used up";
    case "EISDIR":
      return "it is a folder";
    case "ENOTDIR":
    case "EEXIST":
      return "a part of the path is a file, not a folder";
    case "ENOENT":
      return "the folder does not exist";
    case "ENAMETOOLONG":
      return "the name is too long";
    case "EBUSY":
      return "the file is in use (open in Excel?)";
    default:
      return error instanceof Error ? error.message : String(error);
  }
}

/**
 * Writes `files`; on failure throws an error whose `path` says which file, having removed every temporary file.
 * @example writeOutputs([{ path: "out/scorecard.xlsx", data: bytes }, { path: "out/results.json", data: json }])
 */
export function writeOutputs(files: readonly OutputFile[], id: string = String(process.pid)): void {
  const temps: { readonly temp: string; readonly path: string }[] = [];
  let current = "";
  try {
    for (const file of files) {
      current = file.path;
      mkdirSync(dirname(file.path), { recursive: true });
      const temp = join(dirname(file.path), `.${basename(file.path)}.${id}.tmp`);
      temps.push({ temp, path: file.path });
      writeFileSync(temp, file.data);
    }
    for (const { temp, path } of temps) {
      current = path;
      renameSync(temp, path);
    }
  } catch (error) {
    for (const { temp } of temps) {
      try {
        rmSync(temp, { force: true });
      } catch {
        // Nothing more can be done about a temporary file that cannot be removed; the error below says what failed.
      }
    }
    throw Object.assign(new Error(describeFileError(error)), { path: current });
  }
}
