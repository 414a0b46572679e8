import { AccordionHeader, AccordionItem, AccordionPanel, Button, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect } from "react";
import type { MappingJson } from "../../ingest/mapping/parseMapping";
import type { Settings } from "../../model/kpi";
import type { PaneActions } from "../actions";
import { PaneMessage } from "../components/PaneMessage";
import { MAPPING_ITEM } from "../components/paneItems";
import { useSectionStyles } from "../components/useSectionStyles";
import type { DetectedTable } from "../../ingest/detect/tableTypes";
import { parseColumnRole } from "../../ingest/mapping/parseColumnRole";
import { setColumnRole, setKpiSetting, setReportQuarter } from "./editMapping";
import { KpiPreviewTable } from "./KpiPreviewTable";
import { TableMapping } from "./TableMapping";
import { useMappingState } from "./useMappingState";

const useStyles = makeStyles({
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

export interface MappingStepProps {
  /** The pane's actions; the step shows only when they include `detect`. */
  readonly actions: PaneActions;
  readonly workbookKey: string | null;
  /** Told of the mapping to build with and save: `undefined` when the workbook needs none. */
  readonly onMappingChange: (mapping: MappingJson | undefined) => void;
  /** The settings and period the pane will build with, so the preview shows what the build will. */
  readonly settings?: Partial<Settings>;
  readonly period?: string | null;
  /** Changes when the analyst asks to read the workbook again. */
  readonly refreshKey?: number;
  /** Told when the step needs the analyst (a table an edit made unreadable), so the pane can open it. */
  readonly onAttention?: () => void;
}

/**
 * The mapping step, for a workbook whose KPIs are in tables rather than a KPI register: the tables found, a role per
 * column to correct, the report quarter where columns need one, a polarity and unit per KPI, and a preview of the
 * KPIs with the figures the build will show. The mapping is saved in the workbook with the next build, so next quarter
 * is one click again. An item of the pane's accordion; hidden for a workbook in the canonical layout.
 */
export function MappingStep({ actions, workbookKey, onMappingChange, settings, period, refreshKey, onAttention }: MappingStepProps) {
  const styles = useSectionStyles();
  const own = useStyles();
  const state = useMappingState(actions, workbookKey, { settings, period, refreshKey });
  const { proposal, mapping, lost } = state;

  useEffect(() => onMappingChange(mapping), [mapping, onMappingChange]);
  // Open for the analyst: a workbook of tables with no mapping saved yet (its first build), or a table an edit lost.
  const firstLook = proposal !== null && !proposal.canonical && proposal.tables.length > 0 && Object.keys(proposal.mapping).length === 0 && !state.canUndo;
  useEffect(() => {
    if (lost.length > 0 || firstLook) onAttention?.();
  }, [lost, firstLook, onAttention]);

  if (state.error) return <PaneMessage intent="error" title="The tables could not be read" message={state.error} />;
  const edited = mapping !== undefined && Object.keys(mapping).length > 0;
  if (!proposal || proposal.canonical || (proposal.tables.length === 0 && lost.length === 0 && !edited)) return null;
  const tables = proposal.tables;
  const unset = proposal.kpis.filter((k) => k.polarityFrom === "unset").length;
  const mappedQuarter = (sheet: string) => mapping?.tables?.[sheet.trim().toLowerCase()]?.period ?? null;
  const tableProps = (sheet: string) => ({
    mappedQuarter: mappedQuarter(sheet),
    onRole: (key: string, role: Parameters<typeof setColumnRole>[3]) => state.edit((m) => setColumnRole(m, sheet, key, role)),
    onReportQuarter: (q: string) => state.edit((m) => setReportQuarter(m, sheet, q)),
  });

  return (
    <AccordionItem value={MAPPING_ITEM}>
      <AccordionHeader as="h2" size="large">
        Column mapping
      </AccordionHeader>
      <AccordionPanel>
        <div className={styles.panel}>
          <p className={styles.note} role="status">
            {tables.length} {tables.length === 1 ? "table" : "tables"} found, {proposal.kpis.length} KPIs
            {proposal.periodLabel ? ` for ${proposal.periodLabel}` : ""}
            {unset > 0 ? `; ${unset} without a polarity` : ""}
            {state.detecting ? " (reading again…)" : ""}. Your choices are saved in the workbook when you build.
          </p>
          {edited || state.canUndo ? (
            <div className={own.actions}>
              <Button size="small" disabled={!state.canUndo} onClick={state.undo}>
                Undo last change
              </Button>
              <Button size="small" disabled={!edited} onClick={state.reset}>
                Start again from what was found
              </Button>
            </div>
          ) : null}
          {lost.map((t) => (
            <TableMapping key={`lost ${t.sheet}!${t.range}`} table={withMappedRoles(t, mapping)} lost {...tableProps(t.sheet)} />
          ))}
          {tables.map((t) => (
            <TableMapping key={`${t.sheet}!${t.range}`} table={t} {...tableProps(t.sheet)} />
          ))}
          {proposal.kpis.length > 0 ? (
            <KpiPreviewTable
              kpis={proposal.kpis}
              onPolarity={(id, polarity) => state.edit((m) => setKpiSetting(m, id, { polarity }))}
              onUnit={(id, unit) => state.edit((m) => setKpiSetting(m, id, { unit }))}
              onWeight={(id, countId) => state.edit((m) => setKpiSetting(m, id, { weightedBy: countId }))}
            />
          ) : null}
        </div>
      </AccordionPanel>
    </AccordionItem>
  );
}

/** A table as it was last read, with the roles the mapping now gives its columns (what the analyst chose). */
function withMappedRoles(table: DetectedTable, mapping: MappingJson | undefined): DetectedTable {
  const roles = mapping?.tables?.[table.sheet.trim().toLowerCase()]?.columns ?? {};
  return {
    ...table,
    columns: table.columns.map((c) => {
      const chosen = roles[c.key];
      const role = chosen === undefined ? null : parseColumnRole(chosen);
      return role === null ? c : { ...c, role, source: "mapping" as const };
    }),
  };
}
