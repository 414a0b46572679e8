/**
 * A problem found in the workbook, located to a cell. Issues are collected across the whole workbook and
 * shown together; they are never thrown one at a time. Their texts live in `src/messages.ts`.
 */
import type { IssueCode } from "../messages";

export type Severity = "error" | "warning" | "info";

export interface Issue {
  readonly code: IssueCode;
  readonly severity: Severity;
  readonly sheet: string;
  /** A1 address of the cell (or range) concerned; empty for a whole-workbook issue. */
  readonly cell: string;
  readonly message: string;
}
