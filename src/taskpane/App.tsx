import { makeStyles, tokens } from "@fluentui/react-components";
import type { PaneTheme } from "../excel/detectHost";
import type { PaneActions } from "./actions";
import { BuildPanel } from "./components/BuildPanel";
import { PaneFrame } from "./components/PaneFrame";

const useStyles = makeStyles({
  title: { margin: `0 0 ${tokens.spacingVerticalM}`, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
});

export interface AppProps {
  readonly actions: PaneActions;
  readonly theme: PaneTheme;
}

/** The task pane in Excel: the workbook is the open one, so the pane reads it as soon as it opens. */
export function App({ actions, theme }: AppProps) {
  const styles = useStyles();
  return (
    <PaneFrame theme={theme}>
      <main>
        <h1 className={styles.title}>Scorecard Builder</h1>
        <BuildPanel actions={actions} workbookKey="excel" />
      </main>
    </PaneFrame>
  );
}
