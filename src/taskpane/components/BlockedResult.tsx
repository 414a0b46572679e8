import { makeStyles, tokens } from "@fluentui/react-components";
import type { Ref } from "react";

const useStyles = makeStyles({
  heading: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
  text: { margin: `${tokens.spacingVerticalXS} 0 0` },
});

export interface BlockedResultProps {
  readonly issueCount: number;
  readonly headingRef?: Ref<HTMLHeadingElement>;
}

/** A build that could not start (no KPIs, no data for the quarter); its issues are listed below it. */
export function BlockedResult({ issueCount, headingRef }: BlockedResultProps) {
  const styles = useStyles();
  return (
    <section aria-labelledby="build-blocked-heading">
      <h2 id="build-blocked-heading" ref={headingRef} tabIndex={-1} className={styles.heading}>
        Nothing was built
      </h2>
      <p className={styles.text}>
        {issueCount === 1 ? "The issue below" : `The ${issueCount} issues below`} stopped the build. Nothing in the workbook
        was changed. Fix {issueCount === 1 ? "it" : "the errors"}, then build again.
      </p>
    </section>
  );
}
