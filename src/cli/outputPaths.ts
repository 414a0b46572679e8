/**
 * Where the command line writes, decided before anything is written: the scorecard workbook (a file, or a name
 * in a folder) and the figures, and the refusals that keep an analyst's files safe: never over the input, never
 * the figures over the workbook or the mapping, and never a package under an extension Excel would refuse.
 */
import { existsSync, realpathSync, statSync } from "fs";
import { basename, dirname, extname, join, resolve } from "path";
import type { IssueCode } from "../messages";
import { messageText } from "../messages";

export interface OutputPaths {
  readonly workbook: string;
  readonly json: string | null;
}

export interface OutputRequest {
  readonly input: string;
  readonly out?: string;
  readonly json?: string;
  readonly mapping?: string;
  /** `Q2 2013-14` */
  /** The period as sheet names carry it (`Q2 2013-14`, `12m to Apr-15`), for the default file names. */
  readonly sheetLabel: string;
  /** The input's kind: its extension is the output's, whatever --out says. */
  readonly kind: { readonly extension: string; readonly description: string };
}

function slug(label: string): string {
  return label.replace(/[^A-Za-z0-9]+/g, "-");
}

function isFolder(path: string): boolean {
  return path.endsWith("/") || path.endsWith("\\") || (existsSync(path) && statSync(path).isDirectory());
}

/** The path with symbolic links resolved as far as it exists. */
function real(path: string): string {
  const absolute = resolve(path);
  if (existsSync(absolute)) return realpathSync(absolute);
  const parent = dirname(absolute);
  return parent === absolute ? absolute : join(real(parent), basename(absolute));
}

/** Whether two paths name the same file: the same real path, or (hard links) the same inode. */
function sameFile(a: string, b: string): boolean {
  if (real(a) === real(b)) return true;
  if (!existsSync(a) || !existsSync(b)) return false;
  const sa = statSync(a);
  const sb = statSync(b);
  return sa.dev === sb.dev && sa.ino === sb.ino;
}

function refuse(code: IssueCode, ...args: string[]): { readonly problem: string } {
  return { problem: messageText(code, ...args) };
}

/**
 * The two output paths, or the problem with them.
 * @example outputPaths({ input: "book.xlsx", out: "out/", sheetLabel: "Q2 2013-14", kind }) // { workbook: ".../out/scorecard-Q2-2013-14.xlsx", json: null }
 */
export function outputPaths(request: OutputRequest): OutputPaths | { readonly problem: string } {
  const name = `scorecard-${slug(request.sheetLabel)}`;
  const { extension } = request.kind;
  const out = request.out ?? "out/";
  const workbook = isFolder(out) ? resolve(out, `${name}${extension}`) : resolve(out);
  if (extname(workbook).toLowerCase() !== extension) return refuse("CLI_WRONG_EXTENSION", workbook, request.kind.description, extension);
  const json = request.json === undefined ? null : isFolder(request.json) ? resolve(request.json, `${name}.json`) : resolve(request.json);

  if (sameFile(workbook, request.input)) return refuse("CLI_WOULD_OVERWRITE", "the input workbook", request.input, "--out");
  if (json !== null && sameFile(json, request.input)) return refuse("CLI_WOULD_OVERWRITE", "the input workbook", request.input, "--json");
  if (json !== null && sameFile(json, workbook)) return refuse("CLI_WOULD_OVERWRITE", "the scorecard workbook", workbook, "--json");
  if (request.mapping !== undefined) {
    if (sameFile(workbook, request.mapping)) return refuse("CLI_WOULD_OVERWRITE", "the mapping file", request.mapping, "--out");
    if (json !== null && sameFile(json, request.mapping)) return refuse("CLI_WOULD_OVERWRITE", "the mapping file", request.mapping, "--json");
  }
  return { workbook, json };
}
