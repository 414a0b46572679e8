import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Button, Link, makeStyles, tokens } from "@fluentui/react-components";
import { useId, useState } from "react";
import type { Issue, Severity } from "../../model/issue";
import { formatIssueAddress } from "../state/formatIssueAddress";
import { sortIssues } from "../state/sortIssues";
import { ISSUES_ITEM } from "./paneItems";

const useStyles = makeStyles({
  list: { listStyleType: "none", padding: 0, margin: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  item: { borderLeftWidth: "3px", borderLeftStyle: "solid", borderLeftColor: tokens.colorNeutralStroke1, paddingLeft: tokens.spacingHorizontalS },
  error: { borderLeftColor: tokens.colorPaletteRedBorder2 },
  warning: { borderLeftColor: tokens.colorPaletteMarigoldBorder2 },
  info: { borderLeftColor: tokens.colorNeutralStroke1 },
  severity: { fontWeight: tokens.fontWeightSemibold, marginRight: tokens.spacingHorizontalXS },
  message: { display: "block", overflowWrap: "anywhere" },
});

const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];
const SEVERITY_TEXT: Record<Severity, string> = { error: "Error", warning: "Warning", info: "Note" };
const GROUP_TEXT: Record<Severity, [string, string]> = { error: ["error", "errors"], warning: ["warning", "warnings"], info: ["note", "notes"] };


export interface IssueListProps {
  readonly issues: readonly Issue[];
  readonly title: string;
  readonly onSelect: (sheet: string, cell: string) => void;
  /** Long groups show this many at first. */
  readonly limit?: number;
}

function counted(severity: Severity, n: number): string {
  const [one, many] = GROUP_TEXT[severity];
  return `${n} ${n === 1 ? one : many}`;
}

/**
 * Issues with severity, sheet and cell, an item of the pane's accordion: grouped by severity, errors and warnings open,
 * notes folded away (two dozen notes must not push what matters out of sight); each address a button that selects
 * its cell.
 */
export function IssueList({ issues, title, onSelect, limit = 50 }: IssueListProps) {
  const styles = useStyles();
  const idPrefix = useId();
  const [showAll, setShowAll] = useState<ReadonlySet<Severity>>(new Set());
  if (issues.length === 0) return null;
  const sorted = sortIssues(issues);
  const groups = SEVERITIES.map((severity) => [severity, sorted.filter((i) => i.severity === severity)] as const).filter(([, list]) => list.length > 0);
  const counts = groups.map(([severity, list]) => counted(severity, list.length)).join(", ");

  return (
    <AccordionItem value={ISSUES_ITEM}>
      <section aria-labelledby={`${idPrefix}-heading`}>
        <AccordionHeader as="h2" size="large" id={`${idPrefix}-heading`}>
          {title} ({counts})
        </AccordionHeader>
        <AccordionPanel>
          <Accordion multiple collapsible defaultOpenItems={groups.map(([severity]) => severity).filter((s) => s !== "info")}>
            {groups.map(([severity, list]) => {
              const shown = showAll.has(severity) ? list : list.slice(0, limit);
              return (
                <AccordionItem key={severity} value={severity}>
                  <AccordionHeader as="h3" size="small">
                    {counted(severity, list.length).replace(/^./, (c) => c.toUpperCase())}
                  </AccordionHeader>
                  <AccordionPanel>
                    <ul className={styles.list}>
                      {shown.map((issue, index) => {
                        const address = formatIssueAddress(issue);
                        const messageId = `${idPrefix}-${severity}-message-${index}`;
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
                    {list.length > shown.length ? (
                      <Button appearance="subtle" onClick={() => setShowAll((s) => new Set([...s, severity]))}>
                        Show all {counted(severity, list.length)}
                      </Button>
                    ) : null}
                  </AccordionPanel>
                </AccordionItem>
              );
            })}
          </Accordion>
        </AccordionPanel>
      </section>
    </AccordionItem>
  );
}
