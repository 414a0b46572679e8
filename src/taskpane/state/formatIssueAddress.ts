import { quoteSheetName } from "../../model/address";
import type { Issue } from "../../model/issue";

/**
 * Where an issue is, as Excel would write it: `Measurements!C7`, `'KPI register'!F4`; the sheet alone without a
 * cell; empty for a whole-workbook issue.
 * @example formatIssueAddress({ sheet: "KPI register", cell: "F4" }) === "'KPI register'!F4"
 */
export function formatIssueAddress(issue: Pick<Issue, "sheet" | "cell">): string {
  if (!issue.sheet) return "";
  return issue.cell ? `${quoteSheetName(issue.sheet)}!${issue.cell}` : issue.sheet;
}
