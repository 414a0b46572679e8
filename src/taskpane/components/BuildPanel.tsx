import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { lazy, Suspense, useEffect, useRef, useState } from "react";
import type { MappingJson } from "../../ingest/mapping/parseMapping";
import type { WorkbookSummary } from "../../inspectWorkbook";
import { DEFAULT_SETTINGS } from "../../model/kpi";
import type { BuildSummary, PaneActions } from "../actions";
import { usePaneState } from "../state/usePaneState";
import { BlockedResult } from "./BlockedResult";
import { BuildAnnouncer } from "./BuildAnnouncer";
import { BuildProgress } from "./BuildProgress";
import { BuildResult } from "./BuildResult";
import { IssueList } from "./IssueList";
import { PaneMessage } from "./PaneMessage";
import { PeriodPicker } from "./PeriodPicker";
import { SettingsPanel } from "./SettingsPanel";
import { SuggestedCommentary } from "./SuggestedCommentary";
import { WorkbookOverview } from "./WorkbookOverview";

// Only workbooks of tables need the mapping step: its code loads apart, keeping the pane's first download small.
const MappingStep = lazy(() => import(/* webpackChunkName: "mapping" */ "../mapping/MappingStep").then((m) => ({ default: m.MappingStep })));

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  headingRow: { display: "flex", alignItems: "center", justifyContent: "space-between", gap: tokens.spacingHorizontalS },
});

export interface BuildPanelProps {
  readonly actions: PaneActions;
  /** Changes when another workbook is loaded; `null` while there is none (standalone, before a choice). */
  readonly workbookKey: string | null;
  /** Told of every finished build, and `null` while there is none (new workbook, build running or failed). */
  readonly onBuilt?: (summary: BuildSummary | null) => void;
  /** Told each time the workbook has been read, e.g. so the standalone preview can show its sheets. */
  readonly onInspected?: (summary: WorkbookSummary) => void;
}

/** The pane itself: what the workbook holds, the period and settings, the build button, progress, result, issues. */
export function BuildPanel({ actions, workbookKey, onBuilt, onInspected }: BuildPanelProps) {
  const styles = useStyles();
  // The column mapping the analyst is editing (workbooks of tables, not a KPI register): built with and saved.
  const [mapping, setMapping] = useState<MappingJson | undefined>(undefined);
  const pane = usePaneState(actions, workbookKey, { mapping });
  const resultRef = useRef<HTMLHeadingElement>(null);
  const failureRef = useRef<HTMLDivElement>(null);
  const previous = useRef(pane.build.status);

  useEffect(() => {
    const was = previous.current;
    previous.current = pane.build.status;
    if (was !== "running") return;
    // A finished build moves focus to what it produced, so keyboard and screen-reader users land on the result.
    if (pane.build.status === "failed") failureRef.current?.focus();
    else if (pane.build.status === "built" || pane.build.status === "blocked") resultRef.current?.focus();
  }, [pane.build.status]);

  // Anything but a finished build clears it: a preview or download of an earlier build would mislead.
  useEffect(() => {
    onBuilt?.(pane.build.status === "built" ? pane.build.summary : null);
  }, [pane.build, onBuilt]);

  useEffect(() => {
    if (pane.summary) onInspected?.(pane.summary);
  }, [pane.summary, onInspected]);

  if (workbookKey === null) return null;
  const labels = pane.form?.ragLabels ?? pane.baseline?.ragLabels ?? DEFAULT_SETTINGS.ragLabels;
  const running = pane.build.status === "running";
  const canBuild = pane.period !== null && pane.form !== null && !running;
  const build = pane.build;
  const issues =
    build.status === "built" ? build.summary.issues : build.status === "blocked" ? build.issues : (pane.summary?.issues ?? []);

  return (
    <div className={styles.root}>
      {pane.inspectError ? (
        <PaneMessage
          intent="error"
          title="The workbook could not be read"
          message={pane.inspectError}
          action={{ label: "Try again", onClick: pane.refresh }}
        />
      ) : null}
      {pane.navigationError ? <PaneMessage intent="error" message={pane.navigationError} onDismiss={pane.dismissNavigationError} /> : null}

      <section aria-labelledby="workbook-heading">
        <div className={styles.headingRow}>
          <h2 id="workbook-heading" className={styles.heading}>
            Workbook
          </h2>
          <Button appearance="subtle" size="small" onClick={pane.refresh} disabled={pane.inspecting}>
            Read again
          </Button>
        </div>
        {pane.summary ? <WorkbookOverview summary={pane.summary} /> : null}
        {pane.inspecting && !pane.summary ? <p role="status">Reading the workbook…</p> : null}
      </section>

      {actions.detect ? (
        <Suspense fallback={null}>
          <MappingStep actions={actions} workbookKey={workbookKey} onMappingChange={setMapping} />
        </Suspense>
      ) : null}

      <PeriodPicker periods={pane.summary?.periods ?? []} value={pane.period} onChange={pane.setPeriod} disabled={running} />
      {pane.form && pane.baseline ? <SettingsPanel form={pane.form} baseline={pane.baseline} onChange={pane.setForm} /> : null}

      <Button
        appearance="primary"
        size="large"
        disabledFocusable={!canBuild}
        onClick={pane.startBuild}
        aria-describedby={pane.period === null ? "no-period-hint" : undefined}
      >
        {running ? "Building…" : "Build quarterly scorecard"}
      </Button>
      {pane.period === null && pane.summary ? (
        <p id="no-period-hint" style={{ margin: 0 }}>
          There is no period with data to build yet: the issues below say why.
        </p>
      ) : null}

      <BuildProgress build={build} />
      <BuildAnnouncer build={build} ragLabels={labels} />

      {build.status === "failed" ? (
        <PaneMessage intent="error" title="The build failed" message={build.message} focusRef={failureRef} />
      ) : null}
      {build.status === "built" ? (
        <BuildResult summary={build.summary} ragLabels={labels} onOpenSheet={pane.openSheet} headingRef={resultRef} />
      ) : null}
      {build.status === "built" ? (
        <SuggestedCommentary
          summary={build.summary}
          onUse={(kpiId, text) => actions.applyCommentary({ periodLabel: build.summary.periodLabel, kpiId, text })}
        />
      ) : null}
      {build.status === "blocked" ? <BlockedResult issueCount={build.issues.length} headingRef={resultRef} /> : null}

      <IssueList
        issues={issues}
        title={build.status === "built" || build.status === "blocked" ? "Issues" : "Found in the workbook"}
        onSelect={pane.selectCell}
      />
    </div>
  );
}
