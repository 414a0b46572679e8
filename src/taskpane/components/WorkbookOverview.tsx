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

/** What the workbook holds: KPIs and their priorities, the span of the data, the latest complete quarter. */
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
    ["Latest complete quarter", latestQuarter(summary)],
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

/**
 * The latest quarter every KPI reporting monthly has complete, or, where none is yet, the newest quarter with data,
 * which the quarter picker offers: the overview never says "none" beside a picker that has one.
 */
function latestQuarter(summary: WorkbookSummary): string {
  if (summary.latestCompleteQuarter) return summary.latestCompleteQuarter;
  const newest = summary.quarters[0];
  return newest ? `None complete yet (${newest} has some data)` : "None yet";
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}
