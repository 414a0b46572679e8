import type { IssueCode } from "../messages";
import { messageText } from "../messages";

/**
 * Why a file could not be read at all (not a workbook, encrypted, damaged, past a limit), in the catalogue's words
 * and located where that means something. The command line prints it and exits 2; the standalone page shows it.
 * @example throw new FileReadError("FILE_PASSWORD_PROTECTED", { sheet: "", cell: "" });
 */
export class FileReadError extends Error {
  readonly code: IssueCode;
  readonly sheet: string;
  readonly cell: string;

  constructor(code: IssueCode, at: { readonly sheet: string; readonly cell: string }, ...args: string[]) {
    super(messageText(code, ...args));
    this.name = "FileReadError";
    this.code = code;
    this.sheet = at.sheet;
    this.cell = at.cell;
  }
}
