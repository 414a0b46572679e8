import { makeStyles, tokens } from "@fluentui/react-components";
import { Fragment } from "react";
import type { WorkbookSummary } from "../../inspectWorkbook";
import { formatDataRange } from "../state/formatDataRange";

const useStyles = makeStyles({
  list: { display: "grid", gridTemplateColumns: "max-content 1fr", columnGap: tokens.spacingHorizontalM, rowGap: tokens.spacingVerticalXS, margin: 0 },
  term: { fontWeight: tokens.fontWeightSemibold },
  detail: { margin: 0 },
});

export interface WorkbookOverviewProps {
  readonly summary: WorkbookSummary;
}

/** What the workbook holds: KPIs and priorities, the span of the data, the period a build makes. */
export function WorkbookOverview({ summary }: WorkbookOverviewProps) {
  const styles = useStyles();
  const range =
    summary.firstMonth && summary.lastMonth
      ? `${formatDataRange(summary.firstMonth, summary.lastMonth)} (${summary.measurementCount} values)`
      : "No monthly data found";
  // The priorities themselves are on the scorecard; listed here they pushed the build button out of a 350 px pane.
  const rows: [string, string][] = [
    ["KPIs", `${summary.kpiCount}${summary.priorities.length > 0 ? ` in ${plural(summary.priorities.length, "priority", "priorities")}` : ""}`],
    ["Data", range],
    // The period the picker starts on: the overview never says "none" beside a picker that offers one.
    ["Latest period", summary.defaultPeriod ?? "None yet"],
  ];
  if (summary.themeCount > 0) rows.push(["Themes", String(summary.themeCount)]);
  if (summary.financeLineCount > 0) rows.push(["Finance lines", String(summary.financeLineCount)]);
  return (
    <dl className={styles.list}>
      {rows.map(([term, detail]) => (
        <Fragment key={term}>
          <dt className={styles.term}>{term}</dt>
          <dd className={styles.detail}>{detail}</dd>
        </Fragment>
      ))}
    </dl>
  );
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}
