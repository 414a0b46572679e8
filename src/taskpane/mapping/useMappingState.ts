/**
 * The mapping step's state: the proposal for the open workbook, the mapping the analyst is editing, and each edit
 * sent back through `detect` so the columns and the KPI preview show what a build would read.
 */
import { useCallback, useEffect, useRef, useState } from "react";
import type { MappingJson } from "../../ingest/mapping/parseMapping";
import type { PaneActions } from "../actions";
import { errorMessage } from "../state/errorMessage";
import type { MappingProposal } from "./proposeMapping";

export interface MappingState {
  readonly proposal: MappingProposal | null;
  /** What the build should use and save: `undefined` until read, or when the workbook needs no mapping. */
  readonly mapping: MappingJson | undefined;
  readonly detecting: boolean;
  readonly error: string | null;
  /** Applies an edit and reads the workbook again with it. */
  edit(change: (mapping: MappingJson) => MappingJson): void;
}

/**
 * @param workbookKey changes when another workbook is loaded; `null` while there is none.
 * @example const mapping = useMappingState(actions, "excel"); mapping.edit((m) => setReportQuarter(m, "Figure 11", "Q2 2013-14"));
 */
export function useMappingState(actions: PaneActions, workbookKey: string | null): MappingState {
  const [proposal, setProposal] = useState<MappingProposal | null>(null);
  const [mapping, setMapping] = useState<MappingJson | undefined>(undefined);
  const [detecting, setDetecting] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // Only the newest answer may update the step: edits can come faster than the workbook is read.
  const ticket = useRef(0);

  const run = useCallback(
    async (next: MappingJson | undefined) => {
      const detect = actions.detect;
      if (!detect) return;
      const mine = ++ticket.current;
      setDetecting(true);
      setError(null);
      try {
        const found = await detect.call(actions, next);
        if (mine !== ticket.current) return;
        setProposal(found);
        setMapping(found.canonical ? undefined : (next ?? found.mapping));
      } catch (e) {
        if (mine === ticket.current) setError(errorMessage(e));
      } finally {
        if (mine === ticket.current) setDetecting(false);
      }
    },
    [actions],
  );

  useEffect(() => {
    setProposal(null);
    setMapping(undefined);
    if (workbookKey === null) {
      ticket.current++;
      return;
    }
    void run(undefined);
  }, [workbookKey, run]);

  const edit = useCallback(
    (change: (mapping: MappingJson) => MappingJson) => {
      const next = change(mapping ?? proposal?.mapping ?? {});
      setMapping(next);
      void run(next);
    },
    [mapping, proposal, run],
  );

  return { proposal, mapping, detecting, error, edit };
}
