import { quoteSheetName } from "../model/address";
import type { Issue, Severity } from "../model/issue";
import type { ScorecardResults } from "../model/results";
import type { SheetNames } from "../model/outputSheets";
import { defaultSheetNames } from "../model/outputSheets";
import { estimateRowHeight } from "./estimateRowHeight";
import type { PlanCell, SheetPlan } from "./plan";
import { PALETTE } from "./palette";
import { printSettings } from "./printSettings";
import { createSheetCanvas } from "./sheetCanvas";
import { STYLE } from "./styleNames";
import { pageHeader, writeTitleBand } from "./writeTitleBand";

export const ISSUE_HEADERS = ["Severity", "Sheet", "Cell", "Code", "Message"] as const;
export const NO_ISSUES = "No issues found";
const WIDTHS = [11, 24, 10, 24, 90];
const SEVERITY_ORDER: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };

/**
 * Every issue found in the workbook, errors first, each cell address a link to the cell (`'Monthly data'!C7`).
 * Always written, with a "No issues found" line when the workbook is clean.
 * @example buildIssuesSheet(results).name === "Data issues Q2 2013-14"
 */
export function buildIssuesSheet(results: ScorecardResults, names: SheetNames = defaultSheetNames(results.sheetLabel)): SheetPlan {
  const name = names("issues");
  const issues = [...results.issues]
    .map((issue, index) => ({ issue, index }))
    // Errors first; otherwise the order they were found in, which follows the workbook.
    .sort((a, b) => SEVERITY_ORDER[a.issue.severity] - SEVERITY_ORDER[b.issue.severity] || a.index - b.index)
    .map(({ issue }) => issue);
  const canvas = createSheetCanvas();

  writeTitleBand(canvas, results, { title: "Data issues", captions: [summarise(issues)] });
  canvas.addRow([], 8);
  const headerRow = canvas.addRow(
    ISSUE_HEADERS.map((text) => ({ value: text, style: STYLE.headerLeft })),
    20,
  );
  if (issues.length === 0) {
    canvas.addRow([{ value: NO_ISSUES, style: STYLE.text }], 18);
  }
  for (const issue of issues) {
    canvas.addRow(issueRow(issue), estimateRowHeight([{ text: issue.message, width: WIDTHS[4]! }], 18));
  }

  const hasErrors = issues.some((i) => i.severity === "error");
  return canvas.toSheet({
    name,
    role: "issues",
    tabColor: hasErrors ? "#C00000" : PALETTE.faintText,
    columns: WIDTHS.map((width) => ({ width })),
    freeze: { rows: headerRow + 1, columns: 0 },
    print: printSettings({ titleRows: { first: headerRow, last: headerRow }, headerCenter: pageHeader(results), sheetName: name }),
  });
}

function issueRow(issue: Issue): PlanCell[] {
  const cell: PlanCell =
    issue.cell.trim() === "" || issue.sheet.trim() === ""
      ? { value: issue.cell === "" ? null : issue.cell, style: STYLE.text }
      : { value: issue.cell, style: STYLE.link, link: `${quoteSheetName(issue.sheet)}!${issue.cell}` };
  return [
    { value: severityLabel(issue.severity), style: severityStyle(issue.severity) },
    { value: issue.sheet === "" ? null : issue.sheet, style: STYLE.text },
    cell,
    { value: issue.code, style: STYLE.code },
    { value: issue.message, style: STYLE.text },
  ];
}

function severityLabel(severity: Severity): string {
  switch (severity) {
    case "error":
      return "Error";
    case "warning":
      return "Warning";
    case "info":
      return "Note";
    default: {
      const unreachable: never = severity;
      return unreachable;
    }
  }
}

function severityStyle(severity: Severity): string {
  switch (severity) {
    case "error":
      return STYLE.severityError;
    case "warning":
      return STYLE.severityWarning;
    case "info":
      return STYLE.severityInfo;
    default: {
      const unreachable: never = severity;
      return unreachable;
    }
  }
}

function summarise(issues: readonly Issue[]): string {
  if (issues.length === 0) return "Nothing in the workbook needed attention.";
  const count = (s: Severity) => issues.filter((i) => i.severity === s).length;
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
  return `${plural(count("error"), "error")}, ${plural(count("warning"), "warning")}, ${plural(count("info"), "note")}. Click a cell address to go to the cell.`;
}
