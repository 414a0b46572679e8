import type { Grid } from "../../model/grid";
import type { Issue } from "../../model/issue";
import { issue } from "../../messages";
import { describeColumnRole } from "../mapping/parseColumnRole";
import type { DetectedTable } from "./tableTypes";

/** Below this, a role taken from a column's values or position is said out loud. */
export const GUESS_CONFIDENCE = 0.7;

/**
 * Notes about a detected table's columns, so nothing is read on a silent guess: each header it does not use
 * (`HEADER_UNKNOWN`), each variance against a target not shown as a change
 * (`CHANGE_AGAINST_TARGET`), and each role it took from values or position alone (`COLUMN_ROLE_GUESSED`).
 * @example columnIssues(grid, table).map((i) => i.code) // ["HEADER_UNKNOWN", "COLUMN_ROLE_GUESSED"]
 */
export function columnIssues(grid: Grid, table: DetectedTable): Issue[] {
  const issues: Issue[] = [];
  for (const c of table.columns) {
    const at = { sheet: grid.sheet, cell: c.cell };
    if (c.role === "ignore") {
      if (c.header !== "" && c.source !== "mapping") issues.push(issue("HEADER_UNKNOWN", at, c.header));
    } else if (c.role === "change" && c.changeKind === "target") {
      issues.push(issue("CHANGE_AGAINST_TARGET", at, c.header || `column ${c.letter}`));
    } else if (c.source !== "mapping" && c.source !== "header" && c.confidence < GUESS_CONFIDENCE) {
      issues.push(issue("COLUMN_ROLE_GUESSED", at, c.header || `column ${c.letter}`, describeColumnRole(c.role, table.kind), c.reason));
    }
  }
  return issues;
}
