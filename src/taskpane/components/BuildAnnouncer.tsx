import { makeStyles } from "@fluentui/react-components";
import type { RagLabels } from "../../model/kpi";
import { describeStep } from "../state/describeStep";
import type { BuildState } from "../state/usePaneState";

const useStyles = makeStyles({
  // Read by screen readers, not shown: the progress bar and the result already say it on screen.
  hidden: {
    position: "absolute",
    width: "1px",
    height: "1px",
    margin: "-1px",
    overflow: "hidden",
    clip: "rect(0 0 0 0)",
    whiteSpace: "nowrap",
    border: 0,
  },
});

export interface BuildAnnouncerProps {
  readonly build: BuildState;
  readonly ragLabels: RagLabels;
}

/** A live region that is always in the page, so each step and the outcome are announced as they happen. */
export function BuildAnnouncer({ build, ragLabels }: BuildAnnouncerProps) {
  const styles = useStyles();
  return (
    <div role="status" aria-live="polite" className={styles.hidden}>
      {announcement(build, ragLabels)}
    </div>
  );
}

function announcement(build: BuildState, labels: RagLabels): string {
  switch (build.status) {
    case "idle":
      return "";
    case "running":
      return describeStep(build.step).text;
    case "built": {
      const { periodLabel, kpiCount, ragCounts, issues } = build.summary;
      return `Built the ${periodLabel} scorecard: ${kpiCount} KPIs, ${ragCounts.green} ${labels.green}, ${ragCounts.amber} ${labels.amber}, ${ragCounts.red} ${labels.red}; ${issues.length} issues.`;
    }
    case "blocked":
      return `Nothing was built: ${build.issues.length} issues to look at.`;
    case "failed":
      return `The build failed: ${build.message}`;
    default: {
      const unknown: never = build;
      return unknown;
    }
  }
}
