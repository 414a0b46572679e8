import { FluentProvider, makeStyles, tokens, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import type { ReactNode } from "react";
import type { PaneTheme } from "../../excel/detectHost";

const useStyles = makeStyles({
  root: {
    minHeight: "100vh",
    boxSizing: "border-box",
    // 20 px on every side: Microsoft's layout guidance for add-in panes ("20 pixels is a great default").
    padding: `${tokens.spacingVerticalXL} ${tokens.spacingHorizontalXL}`,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
  },
});

export interface PaneFrameProps {
  /** Office's theme in Excel; the standalone page uses the light web theme. */
  readonly theme: PaneTheme;
  readonly children: ReactNode;
}

/** The Fluent provider and page surface every mode renders into. */
export function PaneFrame({ theme, children }: PaneFrameProps) {
  const styles = useStyles();
  return (
    <FluentProvider theme={theme === "dark" ? webDarkTheme : webLightTheme} className={styles.root}>
      {children}
    </FluentProvider>
  );
}
