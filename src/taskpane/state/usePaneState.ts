/**
 * The task pane's state and what it does with the actions: inspect the workbook when it opens (or when a new one
 * is loaded), keep the period and settings the analyst chose, run the build step by step, and turn every host
 * failure into a message the pane shows.
 */
import { useCallback, useEffect, useRef, useState } from "react";
import type { WorkbookSummary } from "../../inspectWorkbook";
import type { Issue } from "../../model/issue";
import type { Settings } from "../../model/kpi";
import type { BuildStep } from "../../pipeline";
import type { BuildSummary, PaneActions } from "../actions";
import { changedSettings } from "./changedSettings";
import { errorMessage } from "./errorMessage";
import { nextPaint } from "./nextPaint";
import type { SettingsForm } from "./settingsForm";
import { toSettingsForm } from "./settingsForm";

export type BuildState =
  | { readonly status: "idle" }
  | { readonly status: "running"; readonly step: BuildStep | null }
  | { readonly status: "built"; readonly summary: BuildSummary }
  | { readonly status: "blocked"; readonly issues: readonly Issue[] }
  | { readonly status: "failed"; readonly message: string };

export interface PaneState {
  readonly summary: WorkbookSummary | null;
  readonly inspecting: boolean;
  readonly inspectError: string | null;
  /** The settings the workbook gave, before the analyst changed any. */
  readonly baseline: Settings | null;
  readonly form: SettingsForm | null;
  /** The period to build, one of `summary.periods`. */
  readonly period: string | null;
  readonly build: BuildState;
  /** A failed `activateSheet`/`selectCell`, shown until dismissed. */
  readonly navigationError: string | null;
  setPeriod(period: string): void;
  setForm(form: SettingsForm): void;
  startBuild(): void;
  refresh(): void;
  openSheet(sheet: string): void;
  selectCell(sheet: string, cell: string): void;
  dismissNavigationError(): void;
}

export interface PaneStateOptions {
  /** The column mapping the analyst is editing: read with, built with and saved with the build. */
  readonly mapping?: unknown;
}

/**
 * @param workbookKey changes when another workbook is loaded (standalone); `null` while there is none.
 * @example const pane = usePaneState(actions, "excel"); pane.startBuild();
 */
export function usePaneState(actions: PaneActions, workbookKey: string | null, options: PaneStateOptions = {}): PaneState {
  const mapping = options.mapping;
  const [summary, setSummary] = useState<WorkbookSummary | null>(null);
  const [inspecting, setInspecting] = useState(false);
  const [inspectError, setInspectError] = useState<string | null>(null);
  const [baseline, setBaseline] = useState<Settings | null>(null);
  const [form, setFormState] = useState<SettingsForm | null>(null);
  const [period, setPeriodState] = useState<string | null>(null);
  const [build, setBuild] = useState<BuildState>({ status: "idle" });
  const [navigationError, setNavigationError] = useState<string | null>(null);
  const periodChosen = useRef(false);
  const mappingRef = useRef(mapping);
  mappingRef.current = mapping;
  // Only the newest inspection may update the pane: answers can come back out of order.
  const inspection = useRef(0);
  const running = useRef(false);

  const inspect = useCallback(
    async (overrides: Partial<Settings> | undefined, fresh: boolean) => {
      const ticket = ++inspection.current;
      setInspecting(true);
      setInspectError(null);
      try {
        // Without a mapping the call stays as it was: hosts read the one saved in the workbook.
        const found = await (mappingRef.current === undefined ? actions.inspect(overrides) : actions.inspect(overrides, mappingRef.current));
        if (ticket !== inspection.current) return;
        setSummary(found);
        if (fresh) {
          setBaseline(found.settings);
          setFormState(toSettingsForm(found.settings));
          periodChosen.current = false;
        }
        setPeriodState((current) => (periodChosen.current && current !== null && found.periods.includes(current) ? current : found.defaultPeriod));
      } catch (error) {
        if (ticket === inspection.current) setInspectError(errorMessage(error));
      } finally {
        if (ticket === inspection.current) setInspecting(false);
      }
    },
    [actions],
  );

  useEffect(() => {
    setSummary(null);
    setBuild({ status: "idle" });
    if (workbookKey === null) {
      inspection.current++;
      setInspecting(false);
      setInspectError(null);
      return;
    }
    void inspect(undefined, true);
  }, [workbookKey, inspect]);

  // A new mapping can change which periods have data: look again, keeping the analyst's settings.
  const lastMapping = useRef(mapping);
  useEffect(() => {
    if (lastMapping.current === mapping) return;
    lastMapping.current = mapping;
    if (workbookKey !== null && form && baseline) void inspect(changedSettings(form, baseline).settings, false);
  }, [mapping, workbookKey, form, baseline, inspect]);

  const setPeriod = useCallback((next: string) => {
    periodChosen.current = true;
    setPeriodState(next);
  }, []);

  const setForm = useCallback(
    (next: SettingsForm) => {
      setFormState(next);
      if (!baseline || !form) return;
      // The fiscal year start renames every period and the RAG labels change what counts as a RAG: look again.
      const labelsChanged = JSON.stringify(next.ragLabels) !== JSON.stringify(form.ragLabels);
      if (next.fiscalYearStartMonth !== form.fiscalYearStartMonth || labelsChanged) {
        void inspect(changedSettings(next, baseline).settings, false);
      }
    },
    [baseline, form, inspect],
  );

  const startBuild = useCallback(() => {
    if (running.current || period === null || !form || !baseline) return;
    running.current = true;
    setBuild({ status: "running", step: null });
    const request = { period, settings: changedSettings(form, baseline).settings, ...(mapping !== undefined ? { mapping } : {}) };
    actions
      .build(request, (step) => {
        setBuild((current) => (current.status === "running" ? { status: "running", step } : current));
        // The work of the next step is mostly synchronous: let this step reach the screen first.
        return nextPaint();
      })
      .then(
        (response) =>
          setBuild(response.status === "built" ? { status: "built", summary: response.summary } : { status: "blocked", issues: response.issues }),
        (error: unknown) => setBuild({ status: "failed", message: errorMessage(error) }),
      )
      .finally(() => {
        running.current = false;
      });
  }, [actions, period, form, baseline, mapping]);

  const refresh = useCallback(() => {
    if (workbookKey !== null) void inspect(undefined, true);
  }, [inspect, workbookKey]);

  const navigate = useCallback((what: string, go: () => Promise<void>) => {
    setNavigationError(null);
    go().catch((error: unknown) => setNavigationError(`Could not go to ${what}: ${errorMessage(error)}`));
  }, []);

  const openSheet = useCallback((sheet: string) => navigate(sheet, () => actions.activateSheet(sheet)), [actions, navigate]);
  const selectCell = useCallback(
    (sheet: string, cell: string) => navigate(`${sheet}!${cell}`, () => actions.selectCell(sheet, cell)),
    [actions, navigate],
  );
  const dismissNavigationError = useCallback(() => setNavigationError(null), []);

  return {
    summary,
    inspecting,
    inspectError,
    baseline,
    form,
    period,
    build,
    navigationError,
    setPeriod,
    setForm,
    startBuild,
    refresh,
    openSheet,
    selectCell,
    dismissNavigationError,
  };
}
