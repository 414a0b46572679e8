/**
 * The mapping step's state: the proposal for the open workbook, the mapping the analyst is editing, and each edit
 * sent back through `detect` so the columns and the KPI preview show what a build would read. An edit can make a
 * table unreadable (its KPI names column set to Segment): that table stays in view, marked, so the analyst can set
 * the role back, undo the edit or start again from what was detected; nothing leaves the step without a way back.
 */
import { useCallback, useEffect, useRef, useState } from "react";
import type { DetectedTable } from "../../ingest/detect/tableTypes";
import type { MappingJson } from "../../ingest/mapping/parseMapping";
import type { Settings } from "../../model/kpi";
import type { PaneActions } from "../actions";
import { errorMessage } from "../state/errorMessage";
import type { MappingProposal } from "./proposeMapping";

export interface MappingState {
  readonly proposal: MappingProposal | null;
  /** What the build should use and save: `undefined` until read, or when the workbook needs no mapping. */
  readonly mapping: MappingJson | undefined;
  /** Tables an edit made unreadable, as they were last read, so their roles can be set back. */
  readonly lost: readonly DetectedTable[];
  readonly detecting: boolean;
  readonly error: string | null;
  /** Whether there is an edit to undo. */
  readonly canUndo: boolean;
  /** Applies an edit and reads the workbook again with it. */
  edit(change: (mapping: MappingJson) => MappingJson): void;
  /** Takes back the last edit. */
  undo(): void;
  /** Drops every edit: the mapping is what detection proposes, as if nothing had been chosen. */
  reset(): void;
}

export interface MappingStateOptions {
  /** The settings the pane will build with, so the preview reads the workbook as the build will. */
  readonly settings?: Partial<Settings>;
  /** The period the pane will build, for the preview's figures. */
  readonly period?: string | null;
  /** Changes when the analyst asks to read the workbook again: the step reads it again, edits kept. */
  readonly refreshKey?: number;
}

const sameMapping = (a: MappingJson | undefined, b: MappingJson | undefined) => JSON.stringify(a) === JSON.stringify(b);

/**
 * @param workbookKey changes when another workbook is loaded; `null` while there is none.
 * @example const mapping = useMappingState(actions, "excel", { period: "Q2 2013-14" }); mapping.edit((m) => setReportQuarter(m, "Figure 11", "Q2 2013-14"));
 */
export function useMappingState(actions: PaneActions, workbookKey: string | null, options: MappingStateOptions = {}): MappingState {
  const [proposal, setProposal] = useState<MappingProposal | null>(null);
  const [mapping, setMapping] = useState<MappingJson | undefined>(undefined);
  const [lost, setLost] = useState<readonly DetectedTable[]>([]);
  const [history, setHistory] = useState<readonly (MappingJson | undefined)[]>([]);
  const [detecting, setDetecting] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // Only the newest answer may update the step: edits can come faster than the workbook is read.
  const ticket = useRef(0);
  const proposalRef = useRef(proposal);
  proposalRef.current = proposal;
  const mappingRef = useRef(mapping);
  mappingRef.current = mapping;
  const settingsKey = JSON.stringify(options.settings ?? {});
  const period = options.period ?? undefined;

  const run = useCallback(
    async (next: MappingJson | undefined) => {
      const detect = actions.detect;
      if (!detect) return;
      const mine = ++ticket.current;
      setDetecting(true);
      setError(null);
      try {
        const settings = JSON.parse(settingsKey) as Partial<Settings>;
        const found = await detect.call(actions, next, settings, period);
        if (mine !== ticket.current) return;
        // Tables the last reading showed that this one no longer finds (by sheet): kept in view, with their roles.
        const before = proposalRef.current?.tables ?? [];
        const gone = found.canonical || next === undefined ? [] : before.filter((t) => !found.tables.some((f) => f.sheet === t.sheet && f.kind === t.kind));
        setLost((previous) => [...gone, ...previous.filter((t) => !found.tables.some((f) => f.sheet === t.sheet) && !gone.some((g) => g.sheet === t.sheet))]);
        setProposal(found);
        const chosen = found.canonical ? undefined : (next ?? found.mapping);
        if (!sameMapping(chosen, mappingRef.current)) setMapping(chosen);
      } catch (e) {
        if (mine === ticket.current) setError(errorMessage(e));
      } finally {
        if (mine === ticket.current) setDetecting(false);
      }
    },
    [actions, settingsKey, period],
  );

  useEffect(() => {
    setProposal(null);
    setMapping(undefined);
    setLost([]);
    setHistory([]);
    if (workbookKey === null) {
      ticket.current++;
      return;
    }
    void run(undefined);
    // Only a new workbook starts afresh; settings, period and "Read again" re-read with the mapping as it is.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [workbookKey]);

  const firstRun = useRef(true);
  useEffect(() => {
    if (firstRun.current) {
      firstRun.current = false;
      return;
    }
    if (workbookKey !== null) void run(mappingRef.current);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [settingsKey, period, options.refreshKey]);

  const edit = useCallback(
    (change: (mapping: MappingJson) => MappingJson) => {
      const current = mapping ?? proposal?.mapping ?? {};
      const next = change(current);
      setHistory((h) => [...h, mapping]);
      setMapping(next);
      void run(next);
    },
    [mapping, proposal, run],
  );

  const undo = useCallback(() => {
    const previous = history[history.length - 1];
    setHistory((h) => h.slice(0, -1));
    setMapping(previous);
    void run(previous ?? {});
  }, [history, run]);

  const reset = useCallback(() => {
    setHistory((h) => [...h, mapping]);
    setMapping({});
    setLost([]);
    void run({});
  }, [mapping, run]);

  return { proposal, mapping, lost, detecting, error, canUndo: history.length > 0, edit, undo, reset };
}
