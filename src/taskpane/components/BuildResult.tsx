import { Link, makeStyles, tokens } from "@fluentui/react-components";
import type { ReactNode, Ref } from "react";
import type { RagLabels } from "../../model/kpi";
import type { BuildSummary } from "../actions";
import { RagCounts } from "./RagCounts";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  heading: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
  subheading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  sheets: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

export interface BuildResultProps {
  readonly summary: BuildSummary;
  readonly ragLabels: RagLabels;
  readonly onOpenSheet: (sheet: string) => void;
  /** Focus moves to the heading after a build. */
  readonly headingRef?: Ref<HTMLHeadingElement>;
  /** What to do with the result, right under its heading (the standalone page's download). */
  readonly action?: ReactNode;
}

/** What was built: the quarter, the RAG counts and a link to each new sheet. */
export function BuildResult({ summary, ragLabels, onOpenSheet, headingRef, action }: BuildResultProps) {
  const styles = useStyles();
  return (
    <section className={styles.root} aria-labelledby="build-result-heading">
      <h2 id="build-result-heading" ref={headingRef} tabIndex={-1} className={styles.heading}>
        Built the {summary.periodLabel} scorecard
      </h2>
      {action}
      <p style={{ margin: 0 }}>{summary.kpiCount} KPIs</p>
      <RagCounts counts={summary.ragCounts} labels={ragLabels} />
      <h3 className={styles.subheading}>New sheets</h3>
      <ul className={styles.sheets}>
        {summary.sheets.map((sheet) => (
          <li key={sheet.name}>
            <Link as="button" onClick={() => onOpenSheet(sheet.name)}>
              {sheet.name}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
