import type { Issue, Severity } from "../../model/issue";

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/**
 * Errors first, then warnings, then notes; the workbook's own order within each.
 * @example sortIssues([warning, error])[0] === error
 */
export function sortIssues(issues: readonly Issue[]): Issue[] {
  return issues
    .map((issue, index) => ({ issue, index }))
    .sort((a, b) => RANK[a.issue.severity] - RANK[b.issue.severity] || a.index - b.index)
    .map((entry) => entry.issue);
}
