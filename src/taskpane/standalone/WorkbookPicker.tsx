import { Button, makeStyles, shorthands, mergeClasses, Spinner, tokens } from "@fluentui/react-components";
import type { DragEvent } from "react";
import { useRef, useState } from "react";
import { PaneMessage } from "../components/PaneMessage";
import { errorMessage } from "../state/errorMessage";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  drop: {
    ...shorthands.border("2px", "dashed", tokens.colorNeutralStroke1),
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingVerticalL,
    textAlign: "center",
    color: tokens.colorNeutralForeground2,
  },
  // Once a workbook is open the zone shrinks to a line, so the build button stays in a 350 px pane's first screen.
  dropSmall: { padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`, fontSize: tokens.fontSizeBase200 },
  dragging: { ...shorthands.borderColor(tokens.colorBrandStroke1), backgroundColor: tokens.colorBrandBackground2 },
  // The file input stays in the page (and in tests) but is reached through the visible button.
  hiddenInput: { position: "absolute", width: "1px", height: "1px", opacity: 0, overflow: "hidden" },
});

export interface WorkbookPickerProps {
  readonly loadSample: () => Promise<string>;
  readonly loadFile: (file: File) => Promise<string>;
  /** Called with the file name once a workbook is loaded. */
  readonly onLoaded: (fileName: string) => void;
  readonly currentFile: string | null;
}

/** Choose a workbook: the bundled sample, a file from disk, or one dropped on the zone. */
export function WorkbookPicker({ loadSample, loadFile, onLoaded, currentFile }: WorkbookPickerProps) {
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [dragging, setDragging] = useState(false);

  const run = (load: () => Promise<string>) => {
    setBusy(true);
    setError(null);
    load()
      .then(onLoaded, (e: unknown) => setError(errorMessage(e)))
      .finally(() => setBusy(false));
  };
  const takeFiles = (files: FileList | null) => {
    const file = files?.[0];
    if (file) run(() => loadFile(file));
  };
  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setDragging(false);
    takeFiles(event.dataTransfer.files);
  };

  return (
    <div className={styles.root}>
      <div className={styles.buttons}>
        <Button appearance="secondary" onClick={() => run(loadSample)} disabled={busy}>
          Use the sample workbook
        </Button>
        <Button appearance="secondary" onClick={() => input.current?.click()} disabled={busy}>
          Open an .xlsx file…
        </Button>
        <input
          ref={input}
          type="file"
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          aria-label="Workbook file (.xlsx)"
          tabIndex={-1}
          className={styles.hiddenInput}
          onChange={(event) => {
            takeFiles(event.currentTarget.files);
            event.currentTarget.value = ""; // choosing the same file again still loads it
          }}
        />
      </div>
      <div
        className={mergeClasses(styles.drop, currentFile !== null && styles.dropSmall, dragging && styles.dragging)}
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
        data-testid="drop-zone"
      >
        {currentFile === null ? "Or drop an .xlsx workbook here." : "Or drop another workbook here."}
      </div>
      {busy ? <Spinner size="tiny" label="Opening the workbook…" /> : null}
      {currentFile && !busy ? <p style={{ margin: 0 }}>Open: {currentFile}</p> : null}
      {error ? <PaneMessage intent="error" title="The workbook could not be opened" message={error} onDismiss={() => setError(null)} /> : null}
    </div>
  );
}
