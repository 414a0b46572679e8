import { makeStyles, Spinner, tokens } from "@fluentui/react-components";
import type { PaneTheme } from "../../excel/detectHost";
import { PaneFrame } from "./PaneFrame";
import { PaneMessage } from "./PaneMessage";

const useStyles = makeStyles({
  title: { margin: `0 0 ${tokens.spacingVerticalM}`, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
  body: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
});

export interface StartupMessageProps {
  readonly theme: PaneTheme;
  /** `connecting` shows a spinner; a message under it says why it is slow, or what failed. */
  readonly connecting: boolean;
  readonly message?: { readonly intent: "warning" | "error"; readonly title?: string; readonly text: string };
}

/** What the pane shows before it can show the workbook: connecting to Excel, taking long, or failing to. */
export function StartupMessage({ theme, connecting, message }: StartupMessageProps) {
  const styles = useStyles();
  return (
    <PaneFrame theme={theme}>
      <main className={styles.body}>
        <h1 className={styles.title}>Scorecard Builder</h1>
        {connecting ? <Spinner size="small" labelPosition="after" label="Connecting to Excel…" role="status" /> : null}
        {message ? <PaneMessage intent={message.intent} title={message.title} message={message.text} /> : null}
      </main>
    </PaneFrame>
  );
}
