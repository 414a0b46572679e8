import { makeStyles, tokens } from "@fluentui/react-components";
import { useCallback, useEffect, useState } from "react";
import type { WorkbookGrids } from "../../model/grid";
import type { BuildSummary, PreviewTarget, StandaloneActions } from "../actions";
import { BuildPanel } from "../components/BuildPanel";
import { PaneFrame } from "../components/PaneFrame";
import { DownloadButton } from "./DownloadButton";
import { ScorecardPreview } from "./ScorecardPreview";
import { WorkbookPicker } from "./WorkbookPicker";

const useStyles = makeStyles({
  page: { maxWidth: "1400px", margin: "0 auto" },
  title: { margin: 0, fontSize: tokens.fontSizeBase600, fontWeight: tokens.fontWeightSemibold },
  intro: { margin: `${tokens.spacingVerticalXS} 0 ${tokens.spacingVerticalL}`, color: tokens.colorNeutralForeground2 },
  columns: {
    display: "grid",
    gap: tokens.spacingHorizontalXXL,
    gridTemplateColumns: "minmax(280px, 380px) minmax(0, 1fr)",
    "@media (max-width: 760px)": { gridTemplateColumns: "minmax(0, 1fr)" },
  },
  column: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL, minWidth: 0 },
  heading: { margin: `0 0 ${tokens.spacingVerticalS}`, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  previewHeading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  previewHeader: { display: "flex", alignItems: "center", justifyContent: "space-between", gap: tokens.spacingHorizontalM, minHeight: "32px" },
});

export interface StandaloneAppProps {
  readonly actions: StandaloneActions;
}

/**
 * The page outside Excel: choose the sample or an .xlsx, build, preview the scorecard, download the workbook.
 * The same `BuildPanel` as in Excel does the building.
 */
export function StandaloneApp({ actions }: StandaloneAppProps) {
  const styles = useStyles();
  const [fileName, setFileName] = useState<string | null>(null);
  const [workbookKey, setWorkbookKey] = useState<string | null>(null);
  const [grids, setGrids] = useState<WorkbookGrids | null>(null);
  const [built, setBuilt] = useState<BuildSummary | null>(null);
  const [target, setTarget] = useState<PreviewTarget | null>(null);

  useEffect(() => actions.onNavigate(setTarget), [actions]);
  // "Use this text" builds the workbook again with the text: the preview and the download follow the new build.
  useEffect(() => actions.onRebuilt(setBuilt), [actions]);

  const onLoaded = useCallback((name: string) => {
    setFileName(name);
    setGrids(null);
    setBuilt(null);
    // A new key even for the same name: the pane reads the newly loaded workbook afresh.
    setWorkbookKey((key) => `${name}#${Number(key?.split("#").pop() ?? 0) + 1}`);
  }, []);
  const onInspected = useCallback(() => setGrids(actions.sourceGrids()), [actions]);

  return (
    <PaneFrame theme="light">
      <main className={styles.page}>
        <h1 className={styles.title}>Scorecard Builder</h1>
        <p className={styles.intro}>
          Running outside Excel. Try it on the sample workbook or one of your own: nothing leaves this browser. In Excel, the
          same pane writes the scorecard straight into your workbook.
        </p>
        <div className={styles.columns}>
          <div className={styles.column}>
            <section aria-labelledby="choose-heading">
              <h2 id="choose-heading" className={styles.heading}>
                Choose a workbook
              </h2>
              <WorkbookPicker
                loadSample={actions.loadSample}
                loadFile={actions.loadFile}
                onLoaded={onLoaded}
                currentFile={fileName}
              />
            </section>
            <BuildPanel
              actions={actions}
              workbookKey={workbookKey}
              onBuilt={setBuilt}
              onInspected={onInspected}
              resultAction={<DownloadButton download={actions.download} />}
            />
          </div>
          <section className={styles.column} aria-labelledby="preview-heading">
            {/* The download is in the build's result, one Tab from where focus lands after a build, at any width. */}
            <div className={styles.previewHeader}>
              <h2 id="preview-heading" className={styles.previewHeading}>
                Preview
              </h2>
            </div>
            <ScorecardPreview plan={built?.plan ?? null} grids={grids} target={target} />
          </section>
        </div>
      </main>
    </PaneFrame>
  );
}
