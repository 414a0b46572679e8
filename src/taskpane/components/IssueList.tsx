import { Button, Link, makeStyles, tokens } from "@fluentui/react-components";
import { useId, useState } from "react";
import type { Issue, Severity } from "../../model/issue";
import { formatIssueAddress } from "../state/formatIssueAddress";
import { sortIssues } from "../state/sortIssues";

const useStyles = makeStyles({
  heading: { margin: `${tokens.spacingVerticalM} 0 ${tokens.spacingVerticalXS}`, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  list: { listStyleType: "none", padding: 0, margin: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  item: { borderLeftWidth: "3px", borderLeftStyle: "solid", borderLeftColor: tokens.colorNeutralStroke1, paddingLeft: tokens.spacingHorizontalS },
  error: { borderLeftColor: tokens.colorPaletteRedBorder2 },
  warning: { borderLeftColor: tokens.colorPaletteMarigoldBorder2 },
  info: { borderLeftColor: tokens.colorNeutralStroke1 },
  severity: { fontWeight: tokens.fontWeightSemibold, marginRight: tokens.spacingHorizontalXS },
  message: { display: "block" },
});

const SEVERITY_TEXT: Record<Severity, string> = { error: "Error", warning: "Warning", info: "Note" };

export interface IssueListProps {
  readonly issues: readonly Issue[];
  readonly title: string;
  readonly onSelect: (sheet: string, cell: string) => void;
  /** Long lists show this many at first. */
  readonly limit?: number;
}

/** Issues with severity, sheet and cell, errors first; the address is a button that selects the cell. */
export function IssueList({ issues, title, onSelect, limit = 50 }: IssueListProps) {
  const styles = useStyles();
  const idPrefix = useId();
  const [showAll, setShowAll] = useState(false);
  if (issues.length === 0) return null;
  const sorted = sortIssues(issues);
  const shown = showAll ? sorted : sorted.slice(0, limit);
  const counts = (["error", "warning", "info"] as const)
    .map((s) => [s, issues.filter((i) => i.severity === s).length] as const)
    .filter(([, n]) => n > 0)
    .map(([s, n]) => `${n} ${SEVERITY_TEXT[s].toLowerCase()}${n === 1 ? "" : "s"}`)
    .join(", ");

  return (
    <section aria-labelledby={`${idPrefix}-heading`}>
      <h2 id={`${idPrefix}-heading`} className={styles.heading}>
        {title} ({counts})
      </h2>
      <ul className={styles.list}>
        {shown.map((issue, index) => {
          const address = formatIssueAddress(issue);
          const messageId = `${idPrefix}-message-${index}`;
          return (
            <li key={`${issue.code}-${issue.sheet}-${issue.cell}-${index}`} className={`${styles.item} ${styles[issue.severity]}`}>
              <span className={styles.severity}>{SEVERITY_TEXT[issue.severity]}</span>
              {address && issue.cell ? (
                <Link as="button" aria-describedby={messageId} onClick={() => onSelect(issue.sheet, issue.cell)}>
                  {address}
                </Link>
              ) : (
                <span>{address}</span>
              )}
              <span id={messageId} className={styles.message}>
                {issue.message}
              </span>
            </li>
          );
        })}
      </ul>
      {sorted.length > shown.length ? (
        <Button appearance="subtle" onClick={() => setShowAll(true)}>
          Show all {sorted.length} issues
        </Button>
      ) : null}
    </section>
  );
}
