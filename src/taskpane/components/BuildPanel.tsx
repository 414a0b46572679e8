import type { AccordionToggleEventHandler } from "@fluentui/react-components";
import { Accordion, Button, makeStyles, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";
import { lazy, Suspense, useCallback, useEffect, useRef, useState } from "react";
import type { MappingJson } from "../../ingest/mapping/parseMapping";
import type { WorkbookSummary } from "../../inspectWorkbook";
import { DEFAULT_SETTINGS } from "../../model/kpi";
import type { BuildSummary, PaneActions } from "../actions";
import { changedSettings } from "../state/changedSettings";
import { usePaneState } from "../state/usePaneState";
import { BlockedResult } from "./BlockedResult";
import { BuildAnnouncer } from "./BuildAnnouncer";
import { BuildProgress } from "./BuildProgress";
import { BuildResult } from "./BuildResult";
import { IssueList } from "./IssueList";
import { ISSUES_ITEM, MAPPING_ITEM, SETTINGS_ITEM } from "./paneItems";
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
  build: { width: "100%" },
  hint: { margin: 0 },
});

export interface BuildPanelProps {
  readonly actions: PaneActions;
  /** Changes when another workbook is loaded; `null` while there is none (standalone, before a choice). */
  readonly workbookKey: string | null;
  /** Told of every finished build, and `null` while there is none (new workbook, build running or failed). */
  readonly onBuilt?: (summary: BuildSummary | null) => void;
  /** Told each time the workbook has been read, e.g. so the standalone preview can show its sheets. */
  readonly onInspected?: (summary: WorkbookSummary) => void;
  /** What to do with a build's result, shown right under it (the standalone page's download). */
  readonly resultAction?: ReactNode;
}

/**
 * The pane itself, laid out for a 350 px pane with the one thing to do in reach: what the workbook holds, the period,
 * the build button, its progress and result; then, folded away in an accordion, the column mapping (for workbooks of
 * tables), the issues (grouped by severity) and the settings.
 */
export function BuildPanel({ actions, workbookKey, onBuilt, onInspected, resultAction }: BuildPanelProps) {
  const styles = useStyles();
  // The column mapping the analyst is editing (workbooks of tables, not a KPI register): built with and saved.
  const [mapping, setMapping] = useState<MappingJson | undefined>(undefined);
  const [refreshKey, setRefreshKey] = useState(0);
  // What the analyst opened or closed; until then an item is open when it needs them (see `openItems` below).
  const [toggled, setToggled] = useState<Readonly<Record<string, boolean>>>({});
  const [mappingNeedsAttention, setMappingNeedsAttention] = useState(false);
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

  const build = pane.build;
  const issues = build.status === "built" ? build.summary.issues : build.status === "blocked" ? build.issues : (pane.summary?.issues ?? []);
  // Issues with errors, and a mapping an edit broke, are open for the analyst; notes and settings wait to be asked for.
  const wanted: Readonly<Record<string, boolean>> = {
    [ISSUES_ITEM]: issues.some((i) => i.severity === "error") || build.status === "blocked",
    [MAPPING_ITEM]: mappingNeedsAttention,
  };
  const openItems = [MAPPING_ITEM, ISSUES_ITEM, SETTINGS_ITEM].filter((item) => toggled[item] ?? wanted[item] ?? false);
  const onToggle: AccordionToggleEventHandler<string> = useCallback(
    (_, data) => setToggled((current) => ({ ...current, [data.value]: data.openItems.includes(data.value) })),
    [],
  );
  // A new build's issues are shown as that build needs, whatever was folded before it.
  useEffect(() => {
    if (build.status !== "running") return;
    setToggled(({ [ISSUES_ITEM]: _issues, ...rest }) => rest);
  }, [build.status]);
  const openMapping = useCallback(() => {
    setMappingNeedsAttention(true);
    setToggled(({ [MAPPING_ITEM]: _mapping, ...rest }) => rest);
  }, []);
  const refresh = () => {
    setRefreshKey((k) => k + 1);
    pane.refresh();
  };

  if (workbookKey === null) return null;
  const labels = pane.form?.ragLabels ?? pane.baseline?.ragLabels ?? DEFAULT_SETTINGS.ragLabels;
  const running = build.status === "running";
  const canBuild = pane.period !== null && pane.form !== null && !running;
  const settings = pane.form && pane.baseline ? changedSettings(pane.form, pane.baseline).settings : undefined;

  return (
    <div className={styles.root}>
      {pane.inspectError ? (
        <PaneMessage intent="error" title="The workbook could not be read" message={pane.inspectError} action={{ label: "Try again", onClick: refresh }} />
      ) : null}
      {pane.navigationError ? <PaneMessage intent="error" message={pane.navigationError} onDismiss={pane.dismissNavigationError} /> : null}

      <section aria-labelledby="workbook-heading">
        <div className={styles.headingRow}>
          <h2 id="workbook-heading" className={styles.heading}>
            Workbook
          </h2>
          <Button appearance="subtle" size="small" onClick={refresh} disabled={pane.inspecting}>
            Read again
          </Button>
        </div>
        {pane.summary ? <WorkbookOverview summary={pane.summary} /> : null}
        {pane.inspecting && !pane.summary ? <p role="status">Reading the workbook…</p> : null}
      </section>

      <PeriodPicker periods={pane.summary?.periods ?? []} value={pane.period} onChange={pane.setPeriod} disabled={running} />

      <Button
        className={styles.build}
        appearance="primary"
        size="large"
        disabledFocusable={!canBuild}
        onClick={pane.startBuild}
        aria-describedby={pane.period === null ? "no-period-hint" : undefined}
      >
        {running ? "Building…" : "Build quarterly scorecard"}
      </Button>
      {pane.period === null && pane.summary ? (
        <p id="no-period-hint" className={styles.hint}>
          There is no period with data to build yet: the issues below say why.
        </p>
      ) : null}

      <BuildProgress build={build} />
      <BuildAnnouncer build={build} ragLabels={labels} />

      {build.status === "failed" ? <PaneMessage intent="error" title="The build failed" message={build.message} focusRef={failureRef} /> : null}
      {build.status === "built" ? (
        <BuildResult summary={build.summary} ragLabels={labels} onOpenSheet={pane.openSheet} headingRef={resultRef} action={resultAction} />
      ) : null}
      {build.status === "built" ? (
        <SuggestedCommentary
          summary={build.summary}
          onUse={(kpiId, text) => actions.applyCommentary({ periodLabel: build.summary.periodLabel, kpiId, text })}
        />
      ) : null}
      {build.status === "blocked" ? <BlockedResult issueCount={build.issues.length} headingRef={resultRef} /> : null}

      <Accordion multiple collapsible openItems={openItems} onToggle={onToggle}>
        {actions.detect ? (
          <Suspense fallback={null}>
            <MappingStep
              actions={actions}
              workbookKey={workbookKey}
              onMappingChange={setMapping}
              settings={settings}
              period={pane.period}
              refreshKey={refreshKey}
              onAttention={openMapping}
            />
          </Suspense>
        ) : null}
        <IssueList issues={issues} title={build.status === "built" || build.status === "blocked" ? "Issues" : "Found in the workbook"} onSelect={pane.selectCell} />
        {pane.form && pane.baseline ? <SettingsPanel form={pane.form} baseline={pane.baseline} onChange={pane.setForm} /> : null}
      </Accordion>
    </div>
  );
}
